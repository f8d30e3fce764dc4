import { joined, type Line, type PdfWord } from "./pdf-words.ts";

/**
 * Where the table's columns are on a PDF page. The header row names them; its words may be
 * centred in their cells and set on different lines, so the header is found as a run of lines
 * of header words only, and each column's edge is where the fewest words cross between two
 * headers.
 */

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

/** The first word of each column's header, in the usual order. */
const ANCHORS = [/^มาตรการ/, /^ขั/, /^ระยะ/, /^ผู้รับ/, /^ผลการ/, /^ผลลัพธ์/];

/** A line of header words only: a letter or two left over is a word the PDF cut apart. */
export const isHeaderWords = (line: Line) => {
  let rest = bare(joined(line));
  for (const word of HEADER_WORDS) rest = rest.replaceAll(word, "");
  return rest.length <= 2 && !/[0-9๐-๙]/.test(rest);
};

/** The first word of each column's header among `words`, or undefined without all six. */
function anchorsIn(words: PdfWord[]): PdfWord[] | undefined {
  const found = ANCHORS.map((anchor) => words.find((word) => anchor.test(word.text)));
  return found.every((word) => word !== undefined) ? (found as PdfWord[]) : undefined;
}

/**
 * The header row starting at line `first`: the index of the line after it, when the run of
 * header-word lines from there names all six columns; otherwise undefined.
 */
export function headerAt(lines: Line[], first: number): number | undefined {
  let end = first;
  while (end < lines.length && isHeaderWords(lines[end] ?? [])) end += 1;
  return end > first && anchorsIn(lines.slice(first, end).flat()) ? end : undefined;
}

/** Width (points) of the slices in which a page's width is counted. */
const STEP = 0.5;

/**
 * Where the text of the column right of `from`..`to` starts: the end of the longest stretch
 * that the fewest words cross (the cell border: no table text crosses it, only, at most, a
 * signature line under the table).
 */
function border(words: PdfWord[], from: number, to: number): number {
  const slices = Math.max(1, Math.ceil((to - from) / STEP));
  const crossing = Array.from({ length: slices }, (_, slice) => {
    const x = from + slice * STEP;
    return words.filter((word) => word.xMin <= x && word.xMax >= x).length;
  });
  const fewest = Math.min(...crossing);
  let best = { end: slices, length: 0 };
  let run = 0;
  crossing.forEach((count, slice) => {
    run = count === fewest ? run + 1 : 0;
    if (run >= best.length) best = { end: slice + 1, length: run };
  });
  return from + best.end * STEP;
}

/**
 * The left edge of each column: the first from its header word, each other at the border
 * between its header and the one before.
 */
export function columnStarts(header: Line[], body: Line[]): number[] | undefined {
  const anchors = anchorsIn(header.flat());
  if (!anchors) return undefined;
  const centre = (word: PdfWord) => (word.xMin + word.xMax) / 2;
  const words = body.flat();
  return anchors.map((anchor, column) => {
    const before = anchors[column - 1];
    if (!before) return anchor.xMin - 3;
    return border(words, centre(before), centre(anchor)) - 1;
  });
}
