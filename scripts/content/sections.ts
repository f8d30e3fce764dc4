import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { ProblemCode } from "./codes.ts";
import type { ContentProblem } from "./errors.ts";
import {
  HEADINGS_HELP,
  meantSectionKey,
  SECTIONS,
  type SectionKey,
  sectionKeyOf,
} from "./section-titles.ts";
import type { SourceFile } from "./source-file.ts";

export { SECTIONS, type SectionKey } from "./section-titles.ts";

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

/**
 * Lines like `##ผลลัพธ์หรือผลสัมฤทธิ์`, which Markdown reads as text, not as a heading, since the
 * space after ## is missing. A single # glued to a word is usually a hashtag (#เทศบาลโปร่งใส),
 * so it counts only when the word is a section's title.
 */
function unspacedHeadings(tokens: Token[]) {
  return tokens.flatMap((token, index) => {
    if (token.type !== "inline" || tokens[index - 1]?.type !== "paragraph_open") return [];
    return token.content.split("\n").flatMap((text, offset) => {
      const [, hashes = "", title = ""] = /^(#{1,6})([^\s#].*)$/.exec(text) ?? [];
      const exact = sectionKeyOf(title);
      const key = exact ?? meantSectionKey(title);
      if (!title || (hashes.length === 1 && !key)) return [];
      return [{ index, offset, hashes, key, exact: exact !== undefined }];
    });
  });
}

/**
 * Splits a measure's body at its `##` headings and renders each section to HTML.
 * Returns the HTML per section, or the problems with the lines where they are.
 */
export function splitSections(
  source: SourceFile,
  markdown: MarkdownIt,
):
  | {
      sections: Record<SectionKey, string>;
      /** Each section's own Markdown, as the clerk typed it under its heading (open data). */
      markdown: Record<SectionKey, string>;
      lines: Record<SectionKey, number>;
    }
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
  // Sections a wrong heading stands for: its own problem says what to fix, "missing" would not.
  const meant = new Set<SectionKey>();
  const unspaced = unspacedHeadings(tokens);
  for (const { index, offset, hashes, key, exact } of unspaced) {
    if (key) meant.add(key);
    const heading = key ? `"## ${SECTIONS[key]}"` : "";
    problems.push({
      ...problem(
        "E_SECTION_UNKNOWN",
        index,
        `บรรทัดนี้ไม่ได้เว้นวรรคหลัง ${hashes} จึงยังไม่เป็นหัวข้อ`,
        !key
          ? `ต้องเว้นวรรคหลัง ${hashes} (หัวข้อของตารางใช้ได้เพียงสามหัวข้อ: ${HEADINGS_HELP} ถ้าเป็นหัวข้อย่อยให้ใช้ ### แล้วเว้นวรรค)`
          : exact
            ? `ต้องเว้นวรรคหลัง ## เป็น ${heading}`
            : `ต้องเว้นวรรคหลัง ## และแก้ชื่อหัวข้อเป็น ${heading}`,
      ),
      line: lineAt(index) + offset,
    });
  }
  // `##ขั้นตอน…` on the first line is a heading with a missing space, not text before one.
  const startsUnspaced = unspaced.some(({ index, offset }) => index === 1 && offset === 0);
  if ((headings[0] ?? tokens.length) > 0 && tokens.length > 0 && !startsUnspaced) {
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
  const sources = {} as Record<SectionKey, string>;
  const bodyLines = source.body.split(/\r?\n/);
  headings.forEach((index, order) => {
    const title = tokens[index + 1]?.content ?? "";
    const key = sectionKeyOf(title);
    if (!key) {
      const meantKey = meantSectionKey(title);
      if (meantKey) meant.add(meantKey);
      problems.push(
        problem(
          "E_SECTION_UNKNOWN",
          index,
          `ไม่รู้จักหัวข้อ "${title}"`,
          meantKey
            ? `แก้เป็น "## ${SECTIONS[meantKey]}" (ใช้หัวข้อได้เพียงสามหัวข้อนี้: ${HEADINGS_HELP})`
            : `ใช้หัวข้อได้เพียงสามหัวข้อนี้: ${HEADINGS_HELP}`,
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
    // From the line after the heading to the next heading's line (or the end of the body).
    const next = headings[order + 1];
    const until = next === undefined ? bodyLines.length : tokens[next]?.map?.[0];
    sources[key] = bodyLines
      .slice(tokens[index]?.map?.[1] ?? 0, until)
      .join("\n")
      .trim();
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
    if (!found.has(key) && !meant.has(key)) {
      problems.push({
        code: "E_SECTION_MISSING",
        file: source.file,
        line: source.bodyLine,
        message: `ยังไม่มีหัวข้อ "## ${title}" ซึ่งเป็นช่องหนึ่งของตาราง`,
        fix: `เพิ่มบรรทัด "## ${title}" แล้วเขียนรายละเอียดใต้หัวข้อนั้น`,
      });
    }
  }
  return problems.length > 0 ? { problems } : { sections, markdown: sources, lines };
}
