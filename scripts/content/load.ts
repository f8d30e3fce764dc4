import { join } from "node:path";
import { createMarkdown } from "../markdown/markdown.ts";
import { failsStrict, severityOf } from "./codes.ts";
import { listFiles, probe, withinContent } from "./entries.ts";
import { ContentError } from "./errors.ts";
import { addUnreadable } from "./load-measures.ts";
import { loadReport, type Report } from "./load-report.ts";
import { type CheckedProblems, Problems } from "./problems.ts";
import { readRequired } from "./required-file.ts";
import { type Agency, agencySchema } from "./schema.ts";
import { loadScores, SCORES_FILE, type ScoreYear } from "./scores.ts";
import { displayPath, readYamlFile, unreadableProblem } from "./source-file.ts";
import { validate } from "./validate.ts";
import { YEAR_FOLDER, yearFolderAdvice } from "./year-folder.ts";

export type { Measure } from "./load-measures.ts";
export type { Report } from "./load-report.ts";

export interface Site {
  agency: Agency;
  /** Absolute path of the logo file, when the agency has one. */
  logoFile?: string;
  /** Newest fiscal year first. */
  reports: Report[];
  /** The agency's ITA results, oldest year first (content/ita-scores.yaml; empty without it). */
  scores: ScoreYear[];
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
