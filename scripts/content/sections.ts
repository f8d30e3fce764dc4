import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { ProblemCode } from "./codes.ts";
import type { ContentProblem } from "./errors.ts";
import type { SourceFile } from "./source-file.ts";
import { didYouMean } from "./validate.ts";

/** The three long columns of the table, written as Markdown under fixed headings. */
export const SECTIONS = {
  steps: "ขั้นตอนหรือวิธีการปฏิบัติ",
  output: "ผลการดำเนินการ",
  outcome: "ผลลัพธ์หรือผลสัมฤทธิ์",
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** Heading text compared without spaces, case or an English gloss in brackets. */
function sectionKeyOf(heading: string): SectionKey | undefined {
  const bare = heading
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  const found = Object.entries(SECTIONS).find(([, title]) => title === bare);
  return found?.[0] as SectionKey | undefined;
}

/**
 * Pictures are not published yet: a web address would load from outside the site and a file
 * would not be copied. Each one is reported at its line instead of failing the PDF later.
 */
export function imageProblems(tokens: Token[], source: SourceFile): ContentProblem[] {
  return tokens.flatMap((token) =>
    (token.children ?? [])
      .filter((child) => child.type === "image")
      .map((child) => ({
        code: "E_IMAGE",
        file: source.file,
        line: (token.map?.[0] ?? 0) + source.bodyLine,
        message: `ยังใส่รูปภาพในเนื้อหาไม่ได้ (${child.attrGet("src") ?? ""})`,
        fix: "ลบรูปออก แล้วใส่เป็นลิงก์แทน เช่น [ดูภาพกิจกรรม](https://…)",
      })),
  );
}

/** "## ผลการดำเนินงาน" was surely meant to be "## ผลการดำเนินการ". */
function meantSection(heading: string): string | undefined {
  const meant = didYouMean(
    heading.replace(/\(.*?\)/g, "").replace(/\s+/g, ""),
    Object.values(SECTIONS),
  );
  return meant && `แก้เป็น "## ${meant}" (ใช้หัวข้อได้เพียงสามหัวข้อนี้: ${HEADINGS_HELP})`;
}

const HEADINGS_HELP = Object.values(SECTIONS)
  .map((title) => `## ${title}`)
  .join(", ");

/**
 * Splits a measure's body at its `##` headings and renders each section to HTML.
 * Returns the HTML per section, or the problems with the lines where they are.
 */
export function splitSections(
  source: SourceFile,
  markdown: MarkdownIt,
):
  | { sections: Record<SectionKey, string>; lines: Record<SectionKey, number> }
  | { problems: ContentProblem[] } {
  const env = {};
  const tokens = markdown.parse(source.body, env);
  const lineAt = (index: number) => (tokens[index]?.map?.[0] ?? 0) + source.bodyLine;
  const problem = (
    code: ProblemCode,
    index: number,
    message: string,
    fix: string,
  ): ContentProblem => ({
    code,
    file: source.file,
    line: lineAt(index),
    message,
    fix,
  });

  // A section heading is h1 or h2; h3 and smaller stay inside a section's content.
  const headings = tokens.flatMap((token, index) =>
    token.type === "heading_open" && (token.tag === "h1" || token.tag === "h2") ? [index] : [],
  );
  const problems: ContentProblem[] = imageProblems(tokens, source);
  if ((headings[0] ?? tokens.length) > 0 && tokens.length > 0) {
    problems.push(
      problem(
        "E_SECTION_ORPHAN",
        0,
        "มีข้อความก่อนหัวข้อแรก จึงไม่รู้ว่าอยู่ในช่องใดของตาราง",
        `ย้ายข้อความไปไว้ใต้หัวข้อใดหัวข้อหนึ่ง: ${HEADINGS_HELP}`,
      ),
    );
  }
  const found = new Map<SectionKey, number>();
  const sections = {} as Record<SectionKey, string>;
  const lines = {} as Record<SectionKey, number>;
  headings.forEach((index, order) => {
    const title = tokens[index + 1]?.content ?? "";
    const key = sectionKeyOf(title);
    if (!key) {
      problems.push(
        problem(
          "E_SECTION_UNKNOWN",
          index,
          `ไม่รู้จักหัวข้อ "${title}"`,
          meantSection(title) ?? `ใช้หัวข้อได้เพียงสามหัวข้อนี้: ${HEADINGS_HELP}`,
        ),
      );
      return;
    }
    if (found.has(key)) {
      problems.push(
        problem("E_SECTION_DUPLICATE", index, `หัวข้อ "${title}" มีซ้ำสองครั้ง`, "รวมเนื้อหาไว้ใต้หัวข้อเดียว"),
      );
      return;
    }
    found.set(key, index);
    lines[key] = lineAt(index);
    // heading_open, inline, heading_close, then the section's own tokens up to the next heading.
    const content = tokens.slice(index + 3, headings[order + 1] ?? tokens.length);
    sections[key] = markdown.renderer.render(content, markdown.options, env);
    if (sections[key].trim() === "") {
      problems.push(
        problem(
          "E_SECTION_EMPTY",
          index,
          `หัวข้อ "${title}" ยังไม่มีเนื้อหา`,
          "เขียนรายละเอียดใต้หัวข้อ เช่น รายการเลขข้อ 1. 2. 3.",
        ),
      );
    }
  });
  for (const [key, title] of Object.entries(SECTIONS) as [SectionKey, string][]) {
    if (!found.has(key)) {
      problems.push({
        code: "E_SECTION_MISSING",
        file: source.file,
        line: source.bodyLine,
        message: `ยังไม่มีหัวข้อ "## ${title}" ซึ่งเป็นช่องหนึ่งของตาราง`,
        fix: `เพิ่มบรรทัด "## ${title}" แล้วเขียนรายละเอียดใต้หัวข้อนั้น`,
      });
    }
  }
  return problems.length > 0 ? { problems } : { sections, lines };
}
