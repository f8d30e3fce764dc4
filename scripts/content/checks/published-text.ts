import { isMap, isScalar, isSeq, LineCounter } from "yaml";
import type { SourceFile } from "../source-file.ts";

/**
 * Header fields that are not prose: codes, numbers, dates, file names and the clerk's own notes
 * in `accept:`. Their text is never checked for spelling or typography.
 */
const NOT_PROSE = new Set([
  "accept",
  "period",
  "number",
  "id",
  "logo",
  "reportDate",
  "published",
  "status",
  // An evidence item's file name and web address.
  "file",
  "url",
]);

/** Markdown syntax at the start of a line: list markers ("1." "-"), heading marks, quotes. */
const LINE_SYNTAX = /^([ \t]*)((?:\d+[.)]|[-*+>]|#{1,6})(?=[ \t]|$))/gm;

function markText(node: unknown, offset: number, keep: Uint8Array): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && NOT_PROSE.has(String(pair.key.value))) continue;
      markText(pair.value, offset, keep);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) markText(item, offset, keep);
  } else if (isScalar(node) && typeof node.value === "string" && node.range) {
    keep.fill(1, offset + node.range[0], offset + node.range[1]);
  }
}

/**
 * The text of a file that readers will see, at the same offsets as in the file: the header's
 * prose fields and the Markdown body. Everything else (field names, comments, dates, list
 * markers) is blanked with spaces, so a check can search it and still report the right line.
 */
export function publishedText(source: SourceFile): string {
  const { text } = source;
  const keep = new Uint8Array(text.length);
  const contents = source.yaml?.doc.contents;
  if (source.yaml && isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && NOT_PROSE.has(String(pair.key.value))) continue;
      markText(pair.value, source.yaml.offset, keep);
    }
  }
  const bodyStart = text.length - source.body.length;
  keep.fill(1, bodyStart);
  for (const match of source.body.matchAll(LINE_SYNTAX)) {
    const start = bodyStart + match.index + (match[1]?.length ?? 0);
    keep.fill(0, start, start + (match[2]?.length ?? 0));
  }
  return text.replace(/[^\n]/g, (char, index: number) => (keep[index] ? char : " "));
}

/**
 * Where the header's given fields are in the file, as [start, end) offsets: every text under
 * them, list items and nested fields included.
 * @example headerRanges(source, ["title"]) // => [[15, 27]]
 */
export function headerRanges(source: SourceFile, fields: readonly string[]): [number, number][] {
  const contents = source.yaml?.doc.contents;
  if (!source.yaml || !isMap(contents)) return [];
  const ranges: [number, number][] = [];
  for (const pair of contents.items) {
    const value = pair.value as { range?: [number, number] } | null;
    if (!isScalar(pair.key) || !fields.includes(String(pair.key.value)) || !value?.range) continue;
    ranges.push([source.yaml.offset + value.range[0], source.yaml.offset + value.range[1]]);
  }
  return ranges;
}

/** Web addresses, link targets and e-mail addresses, whose letters and digits are not prose. */
const ADDRESSES =
  /https?:\/\/[^\s<>)\]]+|www\.[^\s<>)\]]+|\]\([^)\n]*\)|<[a-z][a-z0-9+.-]*:[^\s>]*>|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/** The published text with addresses blanked too, for checks about how Thai prose is typed. */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESSES, (address) => " ".repeat(address.length));
}

/**
 * Turns offsets in a file's text into 1-based line and column numbers.
 * @example locator("ab\ncd")(4) // => { line: 2, column: 2 }
 */
export function locator(text: string): (offset: number) => { line: number; column: number } {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    lines.addNewLine(index + 1);
  }
  return (offset) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}

/**
 * Text quoted in a message, cut short so a pasted page never fills the terminal.
 * @example clip("ก".repeat(50), 5) // => "กกกกก…"
 */
export function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/**
 * The whole word (up to the spaces around it) that contains a match, for quoting in a message.
 * @example wordAround("ดูที่ การรับรู้ITA นี้", 13, 16) // => "การรับรู้ITA"
 */
export function wordAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && start - from < 30 && !/\s/.test(text[from - 1] ?? " ")) from -= 1;
  while (to < text.length && to - end < 30 && !/\s/.test(text[to] ?? " ")) to += 1;
  return text.slice(from, to);
}
