import type { Block, SourceDocument, SourceRow } from "./document.ts";

/**
 * A report's text as copied out of its PDF (pdftotext, or a PDF viewer's copy): each table row on
 * one line with its cells separated by tabs, the header row again on every page, a row that ran
 * over a page break cut in two, and line breaks inside a cell turned into spaces. Some copies
 * keep the `<p>` marks of the tagged PDF; they mark the cell's paragraphs.
 */

/** A line of prose long enough to have been wrapped: the next line continues it. */
const WRAPPED = 60;

/** The paragraphs of a cell: a `</p>` mark ends one. */
function cellBlocks(cell: string): Block[] {
  return cell
    .split(/<\/p>/i)
    .map((part) =>
      part
        .replace(/<\/?p\b[^>]*>/gi, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((text) => text !== "")
    .map((text) => ({ kind: "paragraph" as const, text }));
}

/** Lines of text outside the table as paragraphs: short lines (titles) stay apart. */
function proseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line) {
      open = false;
      continue;
    }
    const last = blocks.at(-1);
    if (open && last)
      last.text = `${last.text}${/[\u0E01-\u0E4E]$/.test(last.text) ? "" : " "}${line}`;
    else blocks.push({ kind: "paragraph", text: line });
    open = line.length >= WRAPPED;
  }
  return blocks;
}

/**
 * Reads the text form: lines before the first table row are the title and the introduction,
 * lines after the last are the signature. Each tab-separated line is a row as the page showed it.
 */
export function readPdfText(text: string): SourceDocument {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  const isRow = (line: string) => line.includes("\t");
  const first = lines.findIndex(isRow);
  const last = lines.findLastIndex(isRow);
  if (first < 0) {
    return { before: proseBlocks(lines), rows: [], after: [], notes: [] };
  }
  const rows: SourceRow[] = [];
  const notes: string[] = [];
  for (const line of lines.slice(first, last + 1)) {
    if (!isRow(line)) {
      if (line.trim()) notes.push(`บรรทัดระหว่างตารางไม่ได้นำเข้า: "${line.trim().slice(0, 80)}"`);
      continue;
    }
    rows.push({ header: false, cells: line.split("\t").map(cellBlocks) });
  }
  return {
    before: proseBlocks(lines.slice(0, first)),
    rows,
    after: proseBlocks(lines.slice(last + 1)),
    notes,
  };
}
