import { basename, dirname, join } from "node:path";
import type MarkdownIt from "markdown-it";
import { withAgencyExamples } from "./agency-examples.ts";
import { checkText } from "./checks/index.ts";
import { longCells, numberGaps, titleNumber } from "./checks/measures.ts";
import { type ProblemCode, severityOf } from "./codes.ts";
import { type Listing, listFiles, probe } from "./entries.ts";
import type { ContentProblem } from "./errors.ts";
import { type Evidence, loadEvidence } from "./load-evidence.ts";
import type { Problems } from "./problems.ts";
import { type Agency, type MeasureFrontMatter, measureSchema } from "./schema.ts";
import { type SectionKey, splitSections } from "./sections.ts";
import { displayPath, readSourceFile } from "./source-file.ts";
import { validate } from "./validate.ts";

/**
 * The measures of one fiscal year: one Markdown file each in `<year>/measures/`, checked one by
 * one and then together (numbering).
 */

export type { Evidence } from "./load-evidence.ts";

export interface Measure extends Omit<MeasureFrontMatter, "evidence">, Record<SectionKey, string> {
  evidence: Evidence[];
  /** The three sections' Markdown as typed (the fields named by SectionKey hold their HTML). */
  markdown: Record<SectionKey, string>;
  /** The file name without `.md`; the measure's page is `<year>/measures/<slug>/`. */
  slug: string;
  sourceFile: string;
  /** Line of the number field, for messages about numbering. */
  numberLine?: number;
}

const ASCII_MARKDOWN_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

/** The agency's names, which every other file is checked against. */
export type AgencyRef = { agency: Agency; file: string } | undefined;

async function loadMeasure(
  path: string,
  fiscalYear: number,
  markdown: MarkdownIt,
  problems: Problems,
  agency: AgencyRef,
) {
  const source = await readSourceFile(path);
  if ("code" in source) return problems.add(source);
  problems.accept(source);
  problems.add(...checkText(source, agency, fiscalYear));
  const checked = validate(measureSchema(fiscalYear), source);
  const split = splitSections(source, markdown);
  if ("problems" in checked) problems.add(...withAgencyExamples(checked.problems, agency?.agency));
  if ("problems" in split) problems.add(...split.problems);
  if ("problems" in checked || "problems" in split) return undefined;
  const measure = {
    ...checked.value,
    ...split.sections,
    markdown: split.markdown,
    evidence: [] as Evidence[],
    slug: basename(path, ".md"),
    sourceFile: source.file,
    numberLine: source.lineOf(["number"]),
  } satisfies Measure;
  problems.add(...longCells(measure, { ...split.lines, title: source.lineOf(["title"]) }));
  problems.add(...titleNumber(measure, source.lineOf(["title"])));
  const evidence = await loadEvidence(source, checked.value.evidence ?? [], dirname(dirname(path)));
  problems.add(...evidence.problems);
  if (evidence.problems.some((problem) => severityOf(problem.code) === "error")) return undefined;
  return { ...measure, evidence: evidence.evidence };
}

/** Reports the entries of a listing that cannot be opened, except those read on their own. */
export function addUnreadable(listing: Listing, problems: Problems, ...readElsewhere: string[]) {
  for (const [name, problem] of listing.unreadable) {
    if (!readElsewhere.includes(name)) problems.add(problem);
  }
}

/**
 * The measures of one year, sorted by number: every `.md` file in `<year>/measures/`, with a
 * problem for what else is there, a name that cannot be an address, a duplicate number, and a gap.
 */
export async function loadMeasures(
  yearDir: string,
  fiscalYear: number,
  markdown: MarkdownIt,
  problems: Problems,
  agency: AgencyRef,
) {
  const dir = join(yearDir, "measures");
  const kind = await probe(dir);
  if (typeof kind === "object") {
    problems.add(kind);
    return [];
  }
  const listing: Listing =
    kind === "folder" ? await listFiles(dir) : { files: [], folders: [], unreadable: new Map() };
  addUnreadable(listing, problems);
  const names = listing.files.filter((name) => name.endsWith(".md"));
  // A measure file that cannot be opened is a measure all the same.
  const unreadableMeasures = [...listing.unreadable.keys()].filter(
    (name) => name === "" || name.endsWith(".md"),
  );
  checkListing(dir, listing, names.length + unreadableMeasures.length, problems);
  const loaded = await Promise.all(
    names
      .filter((name) => ASCII_MARKDOWN_NAME.test(name))
      .map((name) => loadMeasure(join(dir, name), fiscalYear, markdown, problems, agency)),
  );
  const measures = loaded
    .filter((measure) => measure !== undefined)
    .sort((a, b) => a.number - b.number);
  problems.add(...duplicateNumbers(measures));
  // A measure that failed to load would show up as a gap that is not there.
  if (measures.length === names.length && unreadableMeasures.length === 0) {
    problems.add(...numberGaps(measures));
  }
  return measures;
}

/** What the measures folder holds besides measures, or lacks: no measure, other files, bad names. */
function checkListing(dir: string, listing: Listing, measureFiles: number, problems: Problems) {
  const problem = (name: string, code: ProblemCode, message: string, fix: string) =>
    problems.add({ code, file: displayPath(join(dir, name)), message, fix });
  if (measureFiles === 0) {
    problem(
      "",
      "E_MEASURES_MISSING",
      "ยังไม่มีไฟล์มาตรการในปีนี้",
      "สร้างโฟลเดอร์ measures แล้วใส่ไฟล์ .md หนึ่งไฟล์ต่อหนึ่งมาตรการ เช่น 01-ethics-training.md",
    );
  }
  const { files, folders } = listing;
  for (const name of [...folders, ...files.filter((name) => !name.endsWith(".md"))]) {
    problem(
      name,
      "E_FILE_IGNORED",
      "โฟลเดอร์ measures ควรมีแต่ไฟล์ .md ของมาตรการ รายการนี้จะไม่ถูกนำไปแสดง",
      "ถ้าเป็นมาตรการ ให้บันทึกเป็นไฟล์ข้อความนามสกุล .md (ไม่ใช่ .md.txt หรือ .docx) ถ้าไม่ใช่ ให้ย้ายออก",
    );
  }
  for (const name of files.filter(
    (name) => name.endsWith(".md") && !ASCII_MARKDOWN_NAME.test(name),
  )) {
    problem(
      name,
      "E_FILE_NAME",
      "ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด - เท่านั้น เพราะชื่อไฟล์จะเป็นที่อยู่เว็บของมาตรการ",
      "เปลี่ยนชื่อไฟล์ เช่น 01-ethics-training.md (ห้ามเว้นวรรคและห้ามใช้ภาษาไทย)",
    );
  }
}

/** Each measure whose number the one before it already has (measures sorted by number). */
function duplicateNumbers(measures: Measure[]): ContentProblem[] {
  return measures.flatMap((measure, index) => {
    const previous = measures[index - 1];
    if (previous?.number !== measure.number) return [];
    return [
      {
        code: "E_MEASURE_NUMBER_DUPLICATE",
        file: measure.sourceFile,
        line: measure.numberLine,
        field: "number",
        message: `ลำดับที่ ${measure.number} ซ้ำกับไฟล์ ${previous.sourceFile}`,
        fix: "แก้ช่อง number ให้แต่ละมาตรการมีลำดับไม่ซ้ำกัน",
      },
    ];
  });
}
