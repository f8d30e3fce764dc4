import { join } from "node:path";
import type MarkdownIt from "markdown-it";
import { stillToFill } from "../scaffold/to-fill.ts";
import { withAgencyExamples } from "./agency-examples.ts";
import { listFiles } from "./entries.ts";
import { type AgencyRef, addUnreadable, loadMeasures, type Measure } from "./load-measures.ts";
import type { Problems } from "./problems.ts";
import { checkReportYear } from "./report-checks.ts";
import { readRequired } from "./required-file.ts";
import { type ReportFrontMatter, reportSchema } from "./schema.ts";
import { imageProblems } from "./sections.ts";
import { displayPath, readSourceFile } from "./source-file.ts";
import { validate } from "./validate.ts";

/** One fiscal year's report: its report.md, its measures, and the names of its PDFs. */
export interface Report extends ReportFrontMatter {
  /** Buddhist-era fiscal year, from the folder name. */
  fiscalYear: number;
  introHtml: string;
  /** Sorted by number. */
  measures: Measure[];
  /** File name of the printed report inside `dist/<year>/`. */
  pdfFileName: string;
  /** A draft is published with "ร่าง" on its web pages and on every PDF page. */
  draft: boolean;
  /** File name of the printed plan (the measures without results) inside `dist/<year>/`. */
  planPdfFileName: string;
  /** The plan is a draft while a measure's title, steps, period or units are still to be filled. */
  planDraft: boolean;
}

/** Markdown files a clerk may keep in a year folder besides the measures. */
const YEAR_FILES = new Set(["report.md", "corrections.md"]);

export async function loadReport(
  yearDir: string,
  fiscalYear: number,
  agency: AgencyRef,
  markdown: MarkdownIt,
  problems: Problems,
) {
  const path = join(yearDir, "report.md");
  const measures = await loadMeasures(yearDir, fiscalYear, markdown, problems, agency);
  const listing = await listFiles(yearDir);
  addUnreadable(listing, problems, "report.md", "measures");
  for (const name of listing.files.filter(
    (name) => name.endsWith(".md") && !YEAR_FILES.has(name),
  )) {
    problems.add({
      code: "E_FILE_MISPLACED",
      file: displayPath(join(yearDir, name)),
      message: "ไฟล์นี้อยู่นอกโฟลเดอร์ measures จึงจะไม่ถูกนำไปแสดง",
      fix: "ถ้าเป็นมาตรการ ให้ย้ายไปไว้ในโฟลเดอร์ measures ของปีนี้",
    });
  }
  const source = await readRequired(
    path,
    readSourceFile,
    {
      message: "ไม่พบไฟล์รายงานของปีนี้ (ชื่อเรื่อง บทนำ และผู้ลงนาม)",
      fix: "สร้างไฟล์ report.md ในโฟลเดอร์ปีตามตัวอย่างใน README",
    },
    problems,
    agency,
    fiscalYear,
  );
  if (!source) return undefined;
  const checked = validate(reportSchema, source);
  if ("problems" in checked) {
    return problems.add(...withAgencyExamples(checked.problems, agency?.agency));
  }
  const incomplete = checkReportYear(checked.value, yearDir, source, agency, problems);
  if (incomplete) return problems.add(incomplete);
  const env = {};
  const tokens = markdown.parse(source.body, env);
  const images = imageProblems(tokens, source);
  if (images.length > 0) return problems.add(...images);
  const suffix = agency ? `-${agency.agency.id}` : "";
  return {
    ...checked.value,
    fiscalYear,
    introHtml: markdown.renderer.render(tokens, markdown.options, env),
    measures,
    pdfFileName: `ita-${fiscalYear}${suffix}.pdf`,
    draft: checked.value.status === "draft",
    planPdfFileName: `ita-plan-${fiscalYear}${suffix}.pdf`,
    planDraft: measures.some((measure) =>
      [measure.title, measure.steps, ...measure.responsibleUnits].some(stillToFill),
    ),
  } satisfies Report;
}
