import type { Block, SourceDocument } from "./document.ts";
import { columnStarts, headerAt, isHeaderWords } from "./pdf-columns.ts";
import { joined, type Line, linesOf, type PdfWord } from "./pdf-words.ts";
import { NUMBER_PREFIX } from "./table-rows.ts";

/**
 * A PDF's words as the report's table. The header (on every page) says where each column
 * starts; each printed line is cut there; a row starts where the first column has a number;
 * the lines of a cell are joined again.
 */

const THAI_END = /[\u0E01-\u0E4E]$/;
const THAI_START = /^[\u0E01-\u0E4E]/;
const ITEM_START = /^(?:[0-9๐-๙]{1,2}\s*[.)]|[-•●▪◦])/;
/** A web address cut at the end of a line ("https://" then "www.…"): it runs on unbroken. */
const ADDRESS_END = /https?:\/\/\S*$/;

/** An era before its year ("พ.ศ. ๒๕๖๘"): Thai writing puts a space before it, never runs on. */
const ERA_START = /^(?:พ\.ศ\.|ค\.ศ\.)/;

/** A cell's printed lines joined: Thai wrapped at a line end runs on, an item starts anew. */
function cellBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines.filter(Boolean)) {
    const last = blocks.at(-1);
    if (!last || ITEM_START.test(line)) blocks.push({ kind: "paragraph", text: line });
    else {
      const runsOn =
        (THAI_END.test(last.text) && THAI_START.test(line) && !ERA_START.test(line)) ||
        (ADDRESS_END.test(last.text) && /^[\w./-]/.test(line));
      last.text = `${last.text}${runsOn ? "" : " "}${line}`;
    }
  }
  return blocks;
}

/**
 * Lines outside the table as paragraphs: a line that reaches the right margin was wrapped, and
 * the next one goes on with it; a short line (a title, a name) stands alone.
 */
function prose(lines: Line[]): Block[] {
  const right = Math.max(0, ...lines.flat().map((word) => word.xMax));
  const blocks: Block[] = [];
  let wrapped = false;
  for (const line of lines) {
    const text = joined(line);
    const last = blocks.at(-1);
    if (wrapped && last) {
      const glue = THAI_END.test(last.text) && THAI_START.test(text) ? "" : " ";
      last.text = `${last.text}${glue}${text}`;
    } else {
      blocks.push({ kind: "paragraph", text });
    }
    wrapped = (line.at(-1)?.xMax ?? 0) > right * 0.9;
  }
  return blocks;
}

/** A line's text and height with its numbers blanked: the same on every page for a page's furniture. */
const furnitureKey = (line: Line) =>
  `${Math.round(line[0]?.yMin ?? 0)}:${joined(line).replace(/[0-9๐-๙]+/g, "#")}`;

/**
 * Each page's printed lines without its running head and foot ("หน้า ๓ จาก ๑๐"): lines that
 * stand at the top or foot of two pages or more, at the same height with the same words,
 * numbers aside. The table's header repeats too, and is kept.
 */
function pageLines(words: PdfWord[]): Line[][] {
  const pages = [...new Set(words.map((word) => word.page))].map((page) =>
    linesOf(words.filter((word) => word.page === page)),
  );
  const seen = new Map<string, number>();
  for (const key of pages.flatMap((lines) => [...new Set(lines.map(furnitureKey))])) {
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // Only the first and last two lines of a page can be its head or foot: a list in the table
  // may well repeat a line at the same height on the next page.
  const margin = (lines: Line[], index: number) => index < 2 || index >= lines.length - 2;
  return pages.map((lines) =>
    lines.filter(
      (line, index) =>
        !margin(lines, index) || isHeaderWords(line) || (seen.get(furnitureKey(line)) ?? 0) < 2,
    ),
  );
}

/** A printed line cut at the column starts; the first column takes what stands left of it. */
function cutLine(line: Line, starts: number[]): string[] {
  return starts.map((start, column) =>
    joined(
      line.filter((word) => {
        const next = starts[column + 1] ?? Number.POSITIVE_INFINITY;
        return (column === 0 || word.xMin >= start) && word.xMin < next;
      }),
    ),
  );
}

/** A line running across a column's edge, or starting in the margin: text under the table. */
const outsideTable = (line: Line, starts: number[]) =>
  (line[0]?.xMin ?? 0) < (starts[0] ?? 0) - 20 ||
  line.some((word) => starts.some((start) => word.xMin < start - 1 && word.xMax > start + 6));

/**
 * Reads the words of a PDF into paragraphs and table rows. A page without the header goes on
 * with the columns of the page before; the first line outside the columns ends the table.
 */
export function readPdfWords(words: PdfWord[]): SourceDocument {
  const document: SourceDocument = { before: [], rows: [], after: [], notes: [] };
  let cells: string[][] | undefined;
  let starts: number[] | undefined;
  let ended = false;
  const flush = () => {
    if (cells) document.rows.push({ header: false, cells: cells.map(cellBlocks) });
    cells = undefined;
  };
  for (const lines of pageLines(words)) {
    const first = ended ? -1 : lines.findIndex((_, index) => headerAt(lines, index) !== undefined);
    const end = first >= 0 ? (headerAt(lines, first) ?? first) : 0;
    if (first >= 0) starts = columnStarts(lines.slice(first, end), lines.slice(end)) ?? starts;
    if (!starts || ended) {
      (starts ? document.after : document.before).push(...prose(lines));
      continue;
    }
    if (first > 0 && document.rows.length === 0 && !cells) {
      document.before.push(...prose(lines.slice(0, first)));
    }
    const body = lines.slice(end);
    for (let index = 0; index < body.length; index += 1) {
      const line = body[index] ?? [];
      // The header typed again inside the table, as a Word file made from a PDF has it.
      const header = headerAt(body, index);
      if (header !== undefined) {
        index = header - 1;
      } else if (ended || outsideTable(line, starts)) {
        ended = true;
        flush();
        document.after.push(...prose(body.slice(index)));
        break;
      } else {
        const pieces = cutLine(line, starts);
        if (NUMBER_PREFIX.test(pieces[0] ?? "")) flush();
        cells ??= starts.map(() => []);
        for (const [column, piece] of pieces.entries()) cells[column]?.push(piece);
      }
    }
  }
  flush();
  return document;
}
