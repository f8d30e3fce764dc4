import type { Block, SourceDocument } from "./document.ts";
import type { PdfWord } from "./pdf-words.ts";
import { NUMBER_PREFIX } from "./table-rows.ts";

/**
 * A PDF's words as the report's table. The header (on every page) says where each column
 * starts; each printed line is cut there; a row starts where the first column has a number;
 * the lines of a cell are joined again. Words closer than a space are one word that the font
 * split ("ดำเนิ" "นการ").
 */

/** Narrower than this (points) is not a space but a split inside a word. */
const SPACE = 1.5;
/** Lines whose tops are this close (points) are one printed line. */
const SAME_LINE = 2;

/** Thai vowels and tone marks above and below the line, which a PDF often sets out of order. */
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const bare = (text: string) =>
  text
    .replace(MARKS, "")
    .replace(/[\s/()]/g, "")
    .toLowerCase();

/** The words of the six headers, longest first, without marks; a line of only these is a header. */
const HEADER_WORDS = [
  "มาตรการ",
  "โครงการ",
  "กิจกรรม",
  "ขั้นตอน",
  "หรือ",
  "วิธีการ",
  "วิธี",
  "ปฏิบัติ",
  "ระยะเวลา",
  "ดำเนินการ",
  "ดำเนิน",
  "ขั้น",
  "ตอน",
  "ผู้รับผิดชอบ",
  "ผลการ",
  "ผลลัพธ์",
  "ผลสัมฤทธิ์",
  "สัมฤทธิ์",
  "ผล",
  "การ",
  "ใน",
  "output",
  "outcome",
  "result",
]
  .map(bare)
  .sort((a, b) => b.length - a.length);

/** Column starts, from where the header's first words stand. */
const ANCHORS = [/^มาตรการ/, /^ขั/, /^ระยะ/, /^ผู้รับ/, /^ผลการ/, /^ผลลัพธ์/];

type Line = PdfWord[];

const ONLY_MARKS = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+$/;

/**
 * A tone mark the PDF set apart as a word of its own ("ชี" "แ" "้" "จง") belongs to the letter
 * it stands over: the word that starts before it.
 */
function attachMarks(line: Line): Line {
  const words: Line = [];
  for (const word of line) {
    const under = words.findLast((other) => other.xMin < word.xMin - 0.5);
    if (ONLY_MARKS.test(word.text) && under) {
      under.text = `${under.text}${word.text}`.normalize("NFC");
    } else {
      words.push({ ...word });
    }
  }
  return words;
}

function linesOf(words: PdfWord[]): Line[] {
  const lines: Line[] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.yMin ?? 0) - word.yMin) <= SAME_LINE) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => attachMarks(line.sort((a, b) => a.xMin - b.xMin)));
}

/** Words joined as they print: a space only where the gap is one. */
function joined(words: PdfWord[]): string {
  return words
    .map((word, index) => {
      const before = words[index - 1];
      return before && word.xMin - before.xMax >= SPACE ? ` ${word.text}` : word.text;
    })
    .join("");
}

/** A line of header words only: a letter or two left over is a word the PDF cut apart. */
const isHeaderWords = (line: Line) => {
  let rest = bare(joined(line));
  for (const word of HEADER_WORDS) rest = rest.replaceAll(word, "");
  return rest.length <= 2 && !/[0-9๐-๙]/.test(rest);
};

/** The first line of a header row: it starts three or more of the columns' titles. */
const startsHeader = (line: Line) =>
  ANCHORS.filter((anchor) => line.some((word) => anchor.test(word.text))).length >= 3;

/** Where the header row that starts at `first` ends (the index of the line after it). */
function headerEnd(lines: Line[], first: number): number {
  let end = first + 1;
  while (end < lines.length && isHeaderWords(lines[end] ?? [])) end += 1;
  return end;
}

/** The left edge of each column on a page, from its header words; undefined without all six. */
function columnStarts(header: Line[]): number[] | undefined {
  const words = header.flat();
  const starts = ANCHORS.map((anchor) => words.find((word) => anchor.test(word.text))?.xMin);
  if (starts.some((start) => start === undefined)) return undefined;
  return (starts as number[]).map((start) => start - 3);
}

const THAI_END = /[\u0E01-\u0E4E]$/;
const THAI_START = /^[\u0E01-\u0E4E]/;
const ITEM_START = /^(?:[0-9๐-๙]{1,2}\s*[.)]|[-•●▪◦])/;

/** A cell's printed lines joined: Thai wrapped at a line end runs on, an item starts anew. */
function cellBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines.filter(Boolean)) {
    const last = blocks.at(-1);
    if (!last || ITEM_START.test(line)) blocks.push({ kind: "paragraph", text: line });
    else {
      const glue = THAI_END.test(last.text) && THAI_START.test(line) ? "" : " ";
      last.text = `${last.text}${glue}${line}`;
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
  for (const page of [...new Set(words.map((word) => word.page))]) {
    const lines = linesOf(words.filter((word) => word.page === page));
    const first = ended ? -1 : lines.findIndex(startsHeader);
    const end = first >= 0 ? headerEnd(lines, first) : 0;
    if (first >= 0) starts = columnStarts(lines.slice(first, end)) ?? starts;
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
      if (startsHeader(line)) {
        index = headerEnd(body, index) - 1;
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
