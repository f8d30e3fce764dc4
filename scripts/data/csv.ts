import { stringify } from "csv-stringify/sync";
import { type ColumnKey, measureColumns } from "../site/view/columns.ts";
import type { ReportExport } from "./export.ts";

/** The columns after the table's six: the period in both calendars, for sorting and for people. */
export const PERIOD_HEADERS = [
  "วันเริ่มต้น (ค.ศ.)",
  "วันสิ้นสุด (ค.ศ.)",
  "วันเริ่มต้น (พ.ศ.)",
  "วันสิ้นสุด (พ.ศ.)",
] as const;

/** The first column: the measure's number, as the table's rows are numbered. */
export const NUMBER_HEADER = "ลำดับที่";

type ExportMeasure = ReportExport["measures"][number];

/** One cell of the table's columns, as plain text. */
function cell(measure: ExportMeasure, key: ColumnKey): string {
  switch (key) {
    case "title":
      return measure.title;
    case "period":
      return measure.period.text;
    case "units":
      return measure.responsibleUnits.join("\n");
    default:
      return measure.sections[key].text;
  }
}

/**
 * One year's measures as CSV: UTF-8 with a BOM and CRLF line ends, so Excel on Windows opens it
 * with Thai intact; fields with commas, quotes or any line break quoted, and a
 * field a spreadsheet would run as a formula (=, +, -, @) prefixed with an apostrophe.
 * @example reportCsv(data).startsWith("\uFEFFลำดับที่,มาตรการ/โครงการ/กิจกรรม,") // => true
 */
export function reportCsv(data: ReportExport): string {
  const columns = measureColumns("report");
  const header = [NUMBER_HEADER, ...columns.map(({ label }) => label), ...PERIOD_HEADERS];
  const rows = data.measures.map((measure) => [
    String(measure.number),
    ...columns.map(({ key }) => cell(measure, key)),
    measure.period.start,
    measure.period.end,
    measure.period.startText,
    measure.period.endText,
  ]);
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: "windows",
    // csv-stringify quotes a field holding the record delimiter (CRLF), not one holding a bare
    // line break as the sections' lines do; Excel and most readers end a row at either.
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
