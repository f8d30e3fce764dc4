import { open, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type MarkdownIt from "markdown-it";
import { formatThaiNumber } from "../thai/numbers.ts";
import { withAgencyExamples } from "./agency-examples.ts";
import { checkText } from "./checks/index.ts";
import { longCells, numberGaps, titleNumber } from "./checks/measures.ts";
import { type ProblemCode, severityOf } from "./codes.ts";
import { type Listing, listFiles, probe } from "./entries.ts";
import type { ContentProblem } from "./errors.ts";
import type { Problems } from "./problems.ts";
import {
  type Agency,
  type EvidenceItem,
  type MeasureFrontMatter,
  measureSchema,
} from "./schema.ts";
import { type SectionKey, splitSections } from "./sections.ts";
import { displayPath, readSourceFile, type SourceFile } from "./source-file.ts";
import { validate } from "./validate.ts";

/**
 * The measures of one fiscal year: one Markdown file each in `<year>/measures/`, checked one by
 * one and then together (numbering).
 */

/** A piece of evidence with what the build needs: the file on disk, or the web address. */
export type Evidence =
  | { kind: "image" | "pdf"; caption: string; file: string; path: string; bytes: number }
  | { kind: "link"; caption: string; url: string };

export interface Measure extends Omit<MeasureFrontMatter, "evidence">, Record<SectionKey, string> {
  evidence: Evidence[];
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

/**
 * Whether a file is what its name says: a PDF starts with "%PDF-"; a photo is one sharp can read
 * (the header only, so a check stays fast). sharp is loaded only for content with photos.
 */
async function readable(path: string, kind: "image" | "pdf"): Promise<boolean> {
  if (kind === "pdf") {
    const handle = await open(path);
    try {
      const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
      return buffer.toString("latin1") === "%PDF-";
    } finally {
      await handle.close();
    }
  }
  const { default: sharp } = await import("sharp");
  return sharp(path)
    .metadata()
    .then(
      (metadata) => ["jpeg", "png", "webp"].includes(metadata.format ?? ""),
      () => false,
    );
}

/** Above these sizes an original slows every build and bloats the repository. */
export const EVIDENCE_LIMITS = { image: 8 * 1024 * 1024, pdf: 20 * 1024 * 1024 };

/**
 * A measure's evidence, each file found in `<year>/evidence/`: a missing one is an error at its
 * line, an oversized one a warning.
 */
async function loadEvidence(
  source: SourceFile,
  items: EvidenceItem[],
  yearDir: string,
): Promise<{ evidence: Evidence[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const evidence = await Promise.all(
    items.map(async (item, index): Promise<Evidence | undefined> => {
      if (item.url) return { kind: "link", caption: item.caption, url: item.url };
      const file = item.file ?? "";
      const path = join(yearDir, "evidence", file);
      const line = source.lineOf(["evidence", index, "file"]);
      const size = await stat(path).then(
        (found) => (found.isFile() ? found.size : undefined),
        () => undefined,
      );
      if (size === undefined) {
        problems.push({
          code: "E_EVIDENCE_MISSING",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `ไม่พบไฟล์ ${displayPath(path)}`,
          fix: `วางไฟล์ไว้ในโฟลเดอร์ ${displayPath(join(yearDir, "evidence"))} และพิมพ์ชื่อให้ตรงทุกตัวอักษร (รวมนามสกุล .jpg หรือ .pdf)`,
        });
        return undefined;
      }
      const kind = file.endsWith(".pdf") ? "pdf" : "image";
      if (!(await readable(path, kind))) {
        problems.push({
          code: "E_EVIDENCE_FORMAT",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message:
            kind === "pdf"
              ? `ไฟล์ ${file} ไม่ใช่ไฟล์ PDF ที่เปิดได้`
              : `ไฟล์ ${file} ไม่ใช่รูป JPG PNG หรือ WebP ที่เปิดได้ (อาจเป็นรูป HEIC จาก iPhone ที่เปลี่ยนนามสกุล หรืออัปโหลดไม่ครบ)`,
          fix:
            kind === "pdf"
              ? "เปิดไฟล์ในเครื่องให้แน่ใจว่าเปิดได้ แล้วอัปโหลดใหม่ หรือบันทึกเป็น PDF ใหม่"
              : "เปิดรูปในเครื่องแล้วบันทึกใหม่เป็น JPG (Save as / Export) แล้วอัปโหลดแทนไฟล์เดิม",
        });
        return undefined;
      }
      if (size > EVIDENCE_LIMITS[kind]) {
        const megabytes = (bytes: number) => formatThaiNumber(Math.ceil(bytes / 1024 / 1024));
        problems.push({
          code: "W_EVIDENCE_LARGE",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `ไฟล์ ${file} มีขนาด ${megabytes(size)} MB ใหญ่เกิน ${megabytes(EVIDENCE_LIMITS[kind])} MB`,
          fix:
            kind === "image"
              ? "ย่อรูปก่อนวาง เช่น ให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซล (โปรแกรมดูรูปทั่วไปย่อได้) ระบบย่อให้อีกครั้งตอนสร้างเว็บไซต์"
              : "สแกนใหม่ที่ความละเอียด ๒๐๐ dpi แบบขาวดำหรือสีเทา หรือบีบอัดไฟล์ PDF ก่อนวาง",
        });
      }
      return { kind, caption: item.caption, file, path, bytes: size };
    }),
  );
  return { evidence: evidence.filter((item) => item !== undefined), problems };
}

/** Reports the entries of a listing that cannot be opened, except those read on their own. */
export function addUnreadable(listing: Listing, problems: Problems, ...readElsewhere: string[]) {
  for (const [name, problem] of listing.unreadable) {
    if (!readElsewhere.includes(name)) problems.add(problem);
  }
}

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
  const { files, folders } = listing;
  const names = files.filter((name) => name.endsWith(".md"));
  // A measure file that cannot be opened is a measure all the same.
  const unreadableMeasures = [...listing.unreadable.keys()].filter(
    (name) => name === "" || name.endsWith(".md"),
  );
  const problem = (name: string, code: ProblemCode, message: string, fix: string) =>
    problems.add({ code, file: displayPath(join(dir, name)), message, fix });
  if (names.length === 0 && unreadableMeasures.length === 0) {
    problem(
      "",
      "E_MEASURES_MISSING",
      "ยังไม่มีไฟล์มาตรการในปีนี้",
      "สร้างโฟลเดอร์ measures แล้วใส่ไฟล์ .md หนึ่งไฟล์ต่อหนึ่งมาตรการ เช่น 01-ethics-training.md",
    );
  }
  for (const name of [...folders, ...files.filter((name) => !name.endsWith(".md"))]) {
    problem(
      name,
      "E_FILE_IGNORED",
      "โฟลเดอร์ measures ควรมีแต่ไฟล์ .md ของมาตรการ รายการนี้จะไม่ถูกนำไปแสดง",
      "ถ้าเป็นมาตรการ ให้บันทึกเป็นไฟล์ข้อความนามสกุล .md (ไม่ใช่ .md.txt หรือ .docx) ถ้าไม่ใช่ ให้ย้ายออก",
    );
  }
  for (const name of names.filter((name) => !ASCII_MARKDOWN_NAME.test(name))) {
    problem(
      name,
      "E_FILE_NAME",
      "ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด - เท่านั้น เพราะชื่อไฟล์จะเป็นที่อยู่เว็บของมาตรการ",
      "เปลี่ยนชื่อไฟล์ เช่น 01-ethics-training.md (ห้ามเว้นวรรคและห้ามใช้ภาษาไทย)",
    );
  }
  const loaded = await Promise.all(
    names
      .filter((name) => ASCII_MARKDOWN_NAME.test(name))
      .map((name) => loadMeasure(join(dir, name), fiscalYear, markdown, problems, agency)),
  );
  const measures = loaded
    .filter((measure) => measure !== undefined)
    .sort((a, b) => a.number - b.number);
  measures.forEach((measure, index) => {
    const previous = measures[index - 1];
    if (previous?.number === measure.number) {
      problems.add({
        code: "E_MEASURE_NUMBER_DUPLICATE",
        file: measure.sourceFile,
        line: measure.numberLine,
        field: "number",
        message: `ลำดับที่ ${measure.number} ซ้ำกับไฟล์ ${previous.sourceFile}`,
        fix: "แก้ช่อง number ให้แต่ละมาตรการมีลำดับไม่ซ้ำกัน",
      });
    }
  });
  // A measure that failed to load would show up as a gap that is not there.
  if (measures.length === names.length && unreadableMeasures.length === 0) {
    problems.add(...numberGaps(measures));
  }
  return measures;
}
