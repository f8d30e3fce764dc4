import { join } from "node:path";
import type MarkdownIt from "markdown-it";
import { createMarkdown } from "../markdown/markdown.ts";
import { withAgencyExamples } from "./agency-examples.ts";
import { checkText } from "./checks/index.ts";
import { failsStrict, severityOf } from "./codes.ts";
import { listFiles, probe, withinContent } from "./entries.ts";
import { ContentError, type ContentProblem } from "./errors.ts";
import { type AgencyRef, addUnreadable, loadMeasures, type Measure } from "./load-measures.ts";
import { type CheckedProblems, Problems } from "./problems.ts";
import { checkReportYear } from "./report-checks.ts";
import { type Agency, agencySchema, type ReportFrontMatter, reportSchema } from "./schema.ts";
import { loadScores, SCORES_FILE, type ScoreYear } from "./scores.ts";
import { imageProblems } from "./sections.ts";
import {
  displayPath,
  readSourceFile,
  readYamlFile,
  type SourceFile,
  unreadableProblem,
} from "./source-file.ts";
import { stillToFill } from "./to-fill.ts";
import { validate } from "./validate.ts";
import { YEAR_FOLDER, yearFolderAdvice } from "./year-folder.ts";

export type { Measure } from "./load-measures.ts";

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

export interface Site {
  agency: Agency;
  /** Absolute path of the logo file, when the agency has one. */
  logoFile?: string;
  /** Newest fiscal year first. */
  reports: Report[];
  /** The agency's ITA results, oldest year first (content/ita-scores.yaml; empty without it). */
  scores: ScoreYear[];
}

/**
 * Reads a file the content must have (agency.yaml, a year's report.md): reports it missing or
 * unreadable, or takes its `accept:` list and checks its text.
 */
async function readRequired(
  path: string,
  read: (path: string) => Promise<SourceFile | ContentProblem>,
  missing: { message: string; fix: string },
  problems: Problems,
  agency?: AgencyRef,
  fiscalYear?: number,
): Promise<SourceFile | undefined> {
  const kind = await probe(path);
  const source =
    kind === "missing"
      ? ({ code: "E_FILE_MISSING", file: displayPath(path), ...missing } as const)
      : typeof kind === "object"
        ? kind
        : await read(path);
  if ("code" in source) {
    problems.add(source);
    return undefined;
  }
  problems.accept(source);
  problems.add(...checkText(source, agency, fiscalYear));
  return source;
}

async function loadAgency(contentDir: string, problems: Problems) {
  const source = await readRequired(
    join(contentDir, "agency.yaml"),
    readYamlFile,
    {
      message: "ไม่พบไฟล์ข้อมูลหน่วยงาน",
      fix: "สร้างไฟล์ agency.yaml ในโฟลเดอร์ content ตามตัวอย่างใน README",
    },
    problems,
  );
  if (!source) return undefined;
  const checked = validate(agencySchema, source);
  if ("problems" in checked) return problems.add(...checked.problems);
  const agency = checked.value;
  const logoFile = agency.logo ? join(contentDir, agency.logo) : undefined;
  const logo = logoFile ? await probe(logoFile) : "file";
  if (typeof logo === "object") {
    problems.add(logo);
  } else if (logoFile && logo !== "file") {
    problems.add({
      code: "E_LOGO_MISSING",
      file: source.file,
      line: source.lineOf(["logo"]),
      field: "logo",
      message: `ไม่พบไฟล์ตราสัญลักษณ์ ${displayPath(logoFile)}`,
      fix: "วางไฟล์รูปไว้ในโฟลเดอร์ content แล้วพิมพ์ชื่อไฟล์ให้ตรง หรือลบช่อง logo ออก",
    });
  }
  return { agency, logoFile, file: source.file };
}

/** Markdown files a clerk may keep in a year folder besides the measures. */
const YEAR_FILES = new Set(["report.md", "corrections.md"]);

async function loadReport(
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

/** Everything `npm run check` reports; `site` is there when nothing is an error. */
export interface SiteCheck extends CheckedProblems {
  site?: Site;
}

/**
 * Reads and checks a whole content folder: `agency.yaml` and one folder per fiscal year.
 * Every file is read and every problem collected, errors and warnings alike.
 */
export function checkSite(contentDir: string): Promise<SiteCheck> {
  return withinContent(contentDir, () => checkContent(contentDir));
}

async function checkContent(contentDir: string): Promise<SiteCheck> {
  const problems = new Problems();
  const markdown = createMarkdown();
  const kind = await probe(contentDir);
  if (kind !== "folder") {
    problems.add(
      kind === "missing"
        ? {
            code: "E_FILE_MISSING",
            file: displayPath(contentDir),
            message: "ไม่พบโฟลเดอร์เนื้อหา",
            fix: "ตรวจชื่อโฟลเดอร์ หรือรันคำสั่งจากโฟลเดอร์ของโครงการ",
          }
        : kind === "file"
          ? unreadableProblem(contentDir, { code: "ENOTDIR" })
          : kind,
    );
    return problems.checked();
  }
  const loadedAgency = (await loadAgency(contentDir, problems)) || undefined;
  const listing = await listFiles(contentDir);
  // The logo's own check already says when it cannot be found.
  addUnreadable(listing, problems, "agency.yaml", SCORES_FILE, loadedAgency?.agency.logo ?? "");
  const { folders } = listing;
  // A folder named agency.yaml is already reported as a file that cannot be read.
  for (const folder of folders.filter(
    (name) => !YEAR_FOLDER.test(name) && name !== "agency.yaml",
  )) {
    problems.add({
      code: "E_YEAR_FOLDER",
      file: displayPath(join(contentDir, folder)),
      ...yearFolderAdvice(folder),
    });
  }
  const years = folders.filter((name) => YEAR_FOLDER.test(name)).map(Number);
  if (years.length === 0) {
    problems.add({
      code: "E_YEAR_MISSING",
      file: displayPath(contentDir),
      message: "ยังไม่มีโฟลเดอร์ปีงบประมาณ",
      fix: "สร้างโฟลเดอร์ชื่อปี พ.ศ. เช่น content/2568 แล้ววางไฟล์ report.md และโฟลเดอร์ measures ไว้ข้างใน",
    });
  }
  const scores = await loadScores(contentDir, problems, loadedAgency);
  const reports = await Promise.all(
    years.map((year) =>
      loadReport(join(contentDir, String(year)), year, loadedAgency, markdown, problems),
    ),
  );
  const checked = problems.checked();
  // An accepted mention of another agency is an error the clerk has explained: it does not block.
  const blocked = checked.problems.some((problem) => severityOf(problem.code) === "error");
  if (blocked || !loadedAgency) return checked;
  const site: Site = {
    agency: loadedAgency.agency,
    logoFile: loadedAgency.logoFile,
    reports: reports
      .filter((report) => report !== undefined)
      .sort((a, b) => b.fiscalYear - a.fiscalYear),
    scores,
  };
  return { ...checked, site };
}

/**
 * The checked content, ready to publish. Throws a ContentError listing every problem when
 * anything is an error, or, with `strict`, when any warning is left unaccepted.
 */
export async function loadSite(contentDir: string, options: { strict?: boolean } = {}) {
  return publishable(await checkSite(contentDir), options);
}

/** The site from a check, or a ContentError with what stands in the way. */
export function publishable(check: SiteCheck, options: { strict?: boolean } = {}): Site {
  if (!check.site || (options.strict && check.problems.some(({ code }) => failsStrict(code)))) {
    throw new ContentError(check.problems);
  }
  return check.site;
}
