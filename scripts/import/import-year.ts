import { join } from "node:path";
import { readYamlFile } from "../content/source-file.ts";
import { TO_FILL } from "../scaffold/to-fill.ts";
import { headTitle } from "../thai/local-government.ts";
import type { SourceDocument } from "./document.ts";
import { joinKnownNames } from "./known-names.ts";
import { measureFile } from "./measure-file.ts";
import { reportFile, reportParts } from "./report-file.ts";
import { extraCells, measureRows } from "./table-rows.ts";
import { writeYear, type YearFiles } from "./write-year.ts";

/**
 * `npm run import`: one report (Word, or a PDF's text) as a year of content: report.md and one
 * measure file per row of the table, written together.
 */

/** Something the clerk must look at, and the file (inside the year) it is about. */
export interface ImportNote {
  file: string;
  note: string;
}

/** The year's files from a read document, with what could not be placed. */
export function yearFiles(
  document: SourceDocument,
  year: number,
  fallbackPosition: string,
): { files: YearFiles; notes: ImportNote[]; measures: number } {
  const files: YearFiles = new Map();
  const notes: ImportNote[] = document.notes.map((note) => ({ file: "", note }));
  const report = reportFile(reportParts(document.before, document.after), fallbackPosition);
  files.set("report.md", report.text);
  notes.push(...report.notes.map((note) => ({ file: "report.md", note })));
  const rows = measureRows(document.rows);
  rows.forEach((row, index) => {
    const measure = measureFile(row, year, index + 1);
    let name = `measures/${measure.name}`;
    // Two rows numbered alike (a typing slip in the original) both keep their text.
    for (let copy = 2; files.has(name); copy += 1) {
      name = `measures/${measure.name.replace(/\.md$/, `-${copy}.md`)}`;
    }
    files.set(name, measure.text);
    notes.push(...measure.notes.map((note) => ({ file: name, note })));
  });
  for (const cell of extraCells(document.rows)) {
    notes.push({ file: "", note: `ข้อความในคอลัมน์เกินหกคอลัมน์ไม่ได้นำเข้า: "${cell.slice(0, 80)}"` });
  }
  return { files, notes, measures: rows.length };
}

/** What agency.yaml says of the agency: its head's title and the names to mend. */
async function agencyFacts(contentDir: string): Promise<{ head: string; names: string[] }> {
  const source = await readYamlFile(join(contentDir, "agency.yaml"));
  const data = ("code" in source ? {} : (source.data ?? {})) as Record<string, unknown>;
  const names = ["name", "district", "province"]
    .map((field) => data[field])
    .filter((value): value is string => typeof value === "string");
  const head =
    typeof data.name === "string" ? headTitle({ name: data.name }) : `${TO_FILL} ตำแหน่งผู้ลงนาม`;
  return { head, names };
}

/** Writes the year from `document`; returns the files written and the notes. */
export async function importYear(
  document: SourceDocument,
  options: { year: number; contentDir: string; force: boolean },
) {
  const agency = await agencyFacts(options.contentDir);
  const { files, notes, measures } = yearFiles(document, options.year, agency.head);
  for (const [path, text] of files) files.set(path, joinKnownNames(text, agency.names));
  const written = await writeYear(options.contentDir, options.year, files, options.force);
  return { written, notes, measures, dir: join(options.contentDir, String(options.year)) };
}
