import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { type Document, isMap } from "yaml";
import { ClerkError } from "../clerk-error.ts";
import type { Measure, Report, Site } from "../content/load.ts";
import { type SectionKey, sectionKeyOf } from "../content/section-titles.ts";
import { displayPath, readSourceFile, type SourceFile } from "../content/source-file.ts";
import { formatThaiNumber, toArabicDigits } from "../thai/numbers.ts";
import { toFill } from "./to-fill.ts";

/**
 * `npm run new-year`: next year's content from the latest year. The measures, their titles, steps
 * and responsible units stay; periods and years written in the text move on by one year; the
 * results are replaced by "[รอกรอก]" notes; the year starts as a draft.
 */

/** What a clerk writes in place of last year's results. */
export const RESULT_PROMPTS: Record<"output" | "outcome", string> = {
  output: toFill("output"),
  outcome: toFill("outcome"),
};

const YEAR_TOKEN = /(?<![0-9๐-๙])[0-9๐-๙]{4}(?![0-9๐-๙])/g;

/**
 * Moves the years a report text speaks of, this fiscal year and the one before it (whose ITA
 * results it answers), on by one, in the digits they were written in. Every other number stays.
 * @example shiftYears("ผลปี ๒๕๖๗ ใช้ในปี ๒๕๖๘", 2568) // => { text: "ผลปี ๒๕๖๘ ใช้ในปี ๒๕๖๙", count: 2 }
 */
export function shiftYears(text: string, fromYear: number): { text: string; count: number } {
  let count = 0;
  const shifted = text.replace(YEAR_TOKEN, (token) => {
    const year = Number(toArabicDigits(token));
    if (year !== fromYear && year !== fromYear - 1) return token;
    count += 1;
    return /[๐-๙]/.test(token) ? formatThaiNumber(year + 1) : String(year + 1);
  });
  return { text: shifted, count };
}

/**
 * A `ปปปป-ดด` or `ปปปป-ดด-วว` date one year later; 29 February becomes the 28th when the next
 * year has none.
 * @example nextYearDate("2567-10") // => "2568-10"
 */
export function nextYearDate(value: string): string {
  const [year = "", ...rest] = value.trim().split("-");
  const next = [String(Number(year) + 1), ...rest];
  const gregorian = Number(year) + 1 - 543;
  const leap = (gregorian % 4 === 0 && gregorian % 100 !== 0) || gregorian % 400 === 0;
  if (rest[0] === "02" && rest[1] === "29" && !leap) next[2] = "28";
  return next.join("-");
}

/** The header of a file that passed the check, to edit with its comments kept. */
function headerOf(source: SourceFile): Document {
  if (!source.yaml) throw new ClerkError(`${source.file}: ไม่มีส่วนหัว ---`);
  return source.yaml.doc.clone();
}

/** Takes a code out of a header's `accept:`, and the field itself once it is empty. */
export function removeAcceptance(doc: Document, code: string): void {
  if (!doc.hasIn(["accept", code])) return;
  doc.deleteIn(["accept", code]);
  const accept = doc.get("accept");
  if (isMap(accept) && accept.items.length === 0) doc.delete("accept");
}

/** A header written back with its comments, and long Thai titles kept on one line. */
export const frontMatter = (doc: Document) => `---\n${doc.toString({ lineWidth: 0 })}---\n`;

/** A line count of changes, per file, for the clerk to proofread. */
export interface YearChange {
  file: string;
  /** Years in the text that were moved on by one. */
  yearsShifted: number;
}

/** The body with each section's text rewritten by `rewrite`, headings and order kept. */
function rewriteSections(
  source: SourceFile,
  rewrite: (key: SectionKey, lines: string[]) => string[],
): string {
  const lines = source.body.split("\n");
  const headings = lines.flatMap((line, index) => {
    const match = /^#{1,2}\s+(.*)$/.exec(line);
    const key = match ? sectionKeyOf(match[1] ?? "") : undefined;
    return key ? [{ index, key }] : [];
  });
  const kept = lines.slice(0, headings[0]?.index ?? lines.length);
  headings.forEach(({ index, key }, order) => {
    const end = headings[order + 1]?.index ?? lines.length;
    kept.push(lines[index] ?? "", ...rewrite(key, lines.slice(index + 1, end)));
  });
  return kept.join("\n");
}

/** The next year's text of one measure file, renumbered `number`. */
export function nextYearMeasure(source: SourceFile, fromYear: number, number: number) {
  const doc = headerOf(source);
  let yearsShifted = 0;
  const shift = (text: string) => {
    const result = shiftYears(text, fromYear);
    yearsShifted += result.count;
    return result.text;
  };
  doc.set("number", number);
  doc.set("title", shift(String(doc.get("title"))));
  for (const end of ["start", "end"]) {
    doc.setIn(["period", end], nextYearDate(String(doc.getIn(["period", end]))));
  }
  // The gap the old numbering had is gone once the measures are numbered again.
  removeAcceptance(doc, "W_NUMBER_GAP");
  // Last year's photos and documents are last year's evidence.
  doc.delete("evidence");
  const body = rewriteSections(source, (key, lines) =>
    key === "steps"
      ? shift(lines.join("\n")).split("\n")
      : ["", RESULT_PROMPTS[key as "output" | "outcome"], ""],
  );
  return { text: `${frontMatter(doc)}${body}`, yearsShifted };
}

/** The next year's report.md: a draft, with no report or publication date yet. */
export function nextYearReport(source: SourceFile, fromYear: number) {
  const doc = headerOf(source);
  doc.set("status", "draft");
  for (const field of ["reportDate", "published"]) doc.delete(field);
  const { text, count } = shiftYears(source.body, fromYear);
  return { text: `${frontMatter(doc)}${text}`, yearsShifted: count };
}

/** `07-ethics-training.md` numbered 6 becomes `06-ethics-training.md`; other names stay. */
export function renumberedName(name: string, number: number): string {
  return name.replace(/^\d+(?=-)/, String(number).padStart(2, "0"));
}

export interface NewYear {
  fromYear: number;
  dir: string;
  changes: YearChange[];
  measures: number;
}

/**
 * Writes `<contentDir>/<year>/` from the newest earlier year of a checked site. Everything is
 * written into a hidden folder first and renamed into place at the end, so a failure leaves no
 * half-made year behind.
 */
export async function createNextYear(
  contentDir: string,
  site: Site,
  year: number,
): Promise<NewYear> {
  const from = site.reports.find((report) => report.fiscalYear < year);
  if (site.reports.some((report) => report.fiscalYear === year)) {
    throw new ClerkError(
      `มีโฟลเดอร์ปี ${formatThaiNumber(year)} อยู่แล้ว (${displayPath(join(contentDir, String(year)))})\n  วิธีแก้: ถ้าต้องการเริ่มใหม่ ให้ลบหรือเปลี่ยนชื่อโฟลเดอร์นั้นก่อน`,
    );
  }
  if (!from) {
    throw new ClerkError(
      `ไม่มีปีงบประมาณก่อนปี ${formatThaiNumber(year)} ให้คัดลอก\n  วิธีแก้: ระบุปีที่อยู่ถัดจากปีล่าสุดที่มีอยู่ เช่น ถ้ามีปี 2568 ให้สั่ง npm run new-year -- 2569`,
    );
  }
  if (from.fiscalYear !== year - 1) {
    throw new ClerkError(
      `ปีล่าสุดที่มีคือ ${formatThaiNumber(from.fiscalYear)} ปีใหม่จึงต้องเป็นปี ${formatThaiNumber(from.fiscalYear + 1)} (พิมพ์ ${year} มา)\n  วิธีแก้: สั่ง npm run new-year -- ${from.fiscalYear + 1} ระยะเวลาและปีในข้อความจะเลื่อนไปทีละหนึ่งปี`,
    );
  }
  const staging = await mkdtemp(join(contentDir, `.new-year-${year}-`));
  try {
    const changes = await writeYear(staging, contentDir, from);
    const dir = join(contentDir, String(year));
    await rename(staging, dir);
    return {
      fromYear: from.fiscalYear,
      dir,
      measures: from.measures.length,
      changes: changes.map((change) => ({
        ...change,
        file: change.file.replace(staging, dir),
      })),
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeYear(staging: string, contentDir: string, from: Report) {
  const changes: YearChange[] = [];
  const read = async (path: string) => {
    const source = await readSourceFile(path);
    if ("code" in source) throw new ClerkError(`${source.file}: ${source.message}`);
    return source;
  };
  const report = nextYearReport(
    await read(join(contentDir, String(from.fiscalYear), "report.md")),
    from.fiscalYear,
  );
  await writeFile(join(staging, "report.md"), report.text);
  changes.push({ file: join(staging, "report.md"), yearsShifted: report.yearsShifted });
  await mkdir(join(staging, "measures"));
  // Numbered again from 1 in their order, so a gap in last year's numbering is not carried on.
  for (const [index, measure] of from.measures.entries()) {
    const next = nextYearMeasure(
      await read(measurePath(contentDir, from, measure)),
      from.fiscalYear,
      index + 1,
    );
    const file = join(staging, "measures", renumberedName(`${measure.slug}.md`, index + 1));
    await writeFile(file, next.text);
    changes.push({ file, yearsShifted: next.yearsShifted });
  }
  return changes;
}

const measurePath = (contentDir: string, report: Report, measure: Measure) =>
  join(contentDir, String(report.fiscalYear), "measures", basename(`${measure.slug}.md`));
