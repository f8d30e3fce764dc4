import { toArabicDigits } from "../thai/numbers.ts";
import { type Block, plainText, type SourceRow } from "./document.ts";

/**
 * The table's rows as measures: header rows dropped (Word's repeated header, or a header typed
 * again on each page), a row cut by a page break joined back to the row it continues, each cell
 * given to its column by the header's words.
 */

export const COLUMNS = ["title", "steps", "period", "units", "output", "outcome"] as const;
export type Column = (typeof COLUMNS)[number];

/** One measure's cells, by column. */
export type MeasureRow = Record<Column, Block[]>;

/** Words of each header cell, tried in this order: "ผลลัพธ์…การดำเนินการ" is not "ผลการดำเนินการ". */
const HEADER_WORDS: [Column, RegExp][] = [
  ["period", /ระยะเวลา/],
  ["units", /ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ/],
  ["outcome", /ผลลัพธ์|ผลสัมฤทธิ์|outcome/i],
  ["output", /ผลการดำเนิน|ผลผลิต|output/i],
  ["steps", /ขั้นตอน|วิธีการ|วิธีปฏิบัติ/],
  ["title", /มาตรการ|โครงการ|กิจกรรม/],
];

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The column a header cell names, if any. */
function columnOf(cell: Block[]): Column | undefined {
  const words = squeeze(plainText(cell));
  return HEADER_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}

/** A header row: it names the period and the responsible units, as no measure's cells do. */
export function isHeaderRow(row: SourceRow): boolean {
  const columns = row.cells.map(columnOf);
  return row.header || (columns.includes("period") && columns.includes("units"));
}

/** "๑." "1)" "๑ ." at the start of a title: the measure's number as the report wrote it. */
export const NUMBER_PREFIX = /^\s*(?:\*\*)?([0-9๐-๙]{1,3})\s*[.)](?![0-9๐-๙])\s*/;

/** The number a title starts with. */
export function numberOf(title: Block[]): number | undefined {
  const match = NUMBER_PREFIX.exec(title[0]?.text ?? "");
  return match ? Number(toArabicDigits(match[1] ?? "")) : undefined;
}

/** Cells by column: from the header when it names six columns, otherwise in the usual order. */
function columnOrder(rows: SourceRow[]): Column[] {
  const header = rows.find(isHeaderRow);
  const named = header?.cells.map(columnOf) ?? [];
  const complete = COLUMNS.every((column) => named.filter((name) => name === column).length === 1);
  return complete ? (named as Column[]) : [...COLUMNS];
}

const THAI_END = /[\u0E01-\u0E4E]$/;
const THAI_START = /^[\u0E01-\u0E4E]/;

/**
 * A cell continued on the next page: its first paragraph finishes the last one ("…การไม่" and
 * "รับของขวัญ…"), unless it starts a list item of its own. Thai runs on without a space.
 */
function joinCells(before: Block[], after: Block[]): Block[] {
  const last = before.at(-1);
  const [first, ...rest] = after;
  if (!last || !first) return [...before, ...after];
  if (first.kind !== "paragraph" || NUMBER_PREFIX.test(first.text) || /^[-•●]/.test(first.text)) {
    return [...before, ...after];
  }
  const glue = THAI_END.test(last.text) && THAI_START.test(first.text) ? "" : " ";
  return [...before.slice(0, -1), { ...last, text: `${last.text}${glue}${first.text}` }, ...rest];
}

/**
 * The measures of a table. A row continues the one before when its title cell is empty, or,
 * in a table whose titles are numbered, when its title has no number.
 */
export function measureRows(rows: SourceRow[]): MeasureRow[] {
  const order = columnOrder(rows);
  const body = rows.filter(
    (row) => !isHeaderRow(row) && row.cells.some((cell) => plainText(cell) !== ""),
  );
  const numbered = body.some((row) => numberOf(row.cells[order.indexOf("title")] ?? []));
  const measures: MeasureRow[] = [];
  for (const row of body) {
    const cells = Object.fromEntries(
      COLUMNS.map((column) => [column, row.cells[order.indexOf(column)] ?? []]),
    ) as MeasureRow;
    const previous = measures.at(-1);
    const title = plainText(cells.title);
    const continues =
      previous && (title === "" || (numbered && numberOf(cells.title) === undefined));
    if (continues) {
      for (const column of COLUMNS) previous[column] = joinCells(previous[column], cells[column]);
    } else {
      measures.push(cells);
    }
  }
  return measures;
}

/** Cells beyond the sixth column, which no measure field takes. */
export function extraCells(rows: SourceRow[]): string[] {
  return rows.flatMap((row) =>
    row.cells
      .slice(COLUMNS.length)
      .map(plainText)
      .filter((text) => text !== ""),
  );
}
