import matter from "gray-matter";
import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter } from "yaml";
import type { ContentProblem } from "./errors.ts";
import { type ParsedYaml, parseYaml } from "./parse-yaml.ts";
import { displayPath, readText } from "./read-text.ts";

export { displayPath, normaliseText, readText, unreadableProblem } from "./read-text.ts";

/** A content file read, decoded and split into its parsed front matter and Markdown body. */
export interface SourceFile {
  /** Path shown to clerks, relative to the working folder. */
  file: string;
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts, to turn body offsets into file lines. */
  bodyLine: number;
  /** The file line of a field (or of its nearest existing parent), for messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The whole file as normalised text; offsets in checks refer to it. */
  text: string;
  /** The parsed YAML and where it starts in `text`, to find the text of each field. */
  yaml?: { doc: Document; offset: number };
}

/** Line of the field at `path` (its key, or its item), or of the deepest parent that exists. */
function lineOfPath(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0];
  for (const key of path) {
    let next: unknown;
    let range: readonly number[] | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      next = pair?.value;
      range = isScalar(pair?.key) ? pair.key.range : undefined;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
      range = isNode(next) ? next.range : undefined;
    }
    if (!range) break;
    offset = range[0];
    node = next;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** Reads a Markdown file with YAML front matter between `---` lines. */
export async function readSourceFile(path: string): Promise<SourceFile | ContentProblem> {
  const text = await readText(path);
  return typeof text === "string" ? parseSourceFile(text, displayPath(path)) : text;
}

/** Splits normalised Markdown text into its parsed front matter and body. */
export function parseSourceFile(text: string, file: string): SourceFile | ContentProblem {
  if (text.trim() === "") {
    return {
      code: "E_FILE_EMPTY",
      file,
      message: "ไฟล์นี้ว่างเปล่า",
      fix: "คัดลอกตัวอย่างไฟล์จาก README แล้วกรอกข้อมูล หรือลบไฟล์นี้ออกถ้าไม่ใช้",
    };
  }
  // `---js` asks gray-matter to run the header as JavaScript; it is never run, and said so.
  const language = /^---[ \t]*([^\s-][^\n]*)\n/.exec(text)?.[1]?.trim();
  if (language) {
    return {
      code: "E_YAML",
      file,
      line: 1,
      message: `บรรทัดแรกคือ "---${language}" ซึ่งขอให้อ่านส่วนหัวเป็น ${language} แต่ส่วนหัวต้องเป็นข้อมูลแบบ YAML (ชื่อช่อง: ค่า) เท่านั้น ระบบไม่รันโค้ดในไฟล์`,
      fix: `แก้บรรทัดแรกให้เหลือ --- อย่างเดียว (ลบ "${language}") แล้วเขียนช่องข้อมูลแบบ title: ชื่อโครงการ`,
    };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      code: "E_FRONT_MATTER_MISSING",
      file,
      line: 1,
      message: "ไม่พบส่วนหัวของไฟล์ ซึ่งต้องขึ้นต้นบรรทัดแรกด้วย --- และปิดด้วย --- อีกบรรทัดหนึ่ง",
      fix: "เพิ่มบรรทัด --- ที่บรรทัดแรก ตามด้วยช่องข้อมูล แล้วปิดด้วยบรรทัด --- (ดูตัวอย่างใน README)",
    };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      code: "E_FRONT_MATTER_UNCLOSED",
      file,
      line: 1,
      message: "ส่วนหัวของไฟล์เปิดด้วย --- แล้วแต่ยังไม่ได้ปิด",
      fix: "เพิ่มบรรทัด --- อีกหนึ่งบรรทัดหลังช่องข้อมูลสุดท้าย ก่อนหัวข้อแรก",
    };
  }
  let parsed: ParsedYaml | ContentProblem | undefined;
  let offset = 0;
  const split = matter(text, {
    engines: {
      yaml: (frontMatter: string) => {
        offset = text.indexOf(frontMatter, 3);
        parsed = parseYaml(frontMatter, file);
        return "doc" in parsed ? (parsed.data as object) : {};
      },
    },
  });
  parsed ??= parseYaml("", file);
  if (!("doc" in parsed)) return parsed;
  const { doc, lines } = parsed;
  const bodyLine = text.slice(0, text.length - split.content.length).split("\n").length;
  return {
    file,
    data: split.data,
    body: split.content,
    bodyLine,
    lineOf: (fieldPath) => lineOfPath(doc, lines, fieldPath),
    text,
    yaml: { doc, offset },
  };
}

/** Reads a plain YAML data file (such as agency.yaml) in the same shape as a Markdown file. */
export async function readYamlFile(path: string): Promise<SourceFile | ContentProblem> {
  const file = displayPath(path);
  const text = await readText(path);
  if (typeof text !== "string") return text;
  const parsed = parseYaml(text, file);
  if (!("doc" in parsed)) return parsed;
  const { doc, lines, data } = parsed;
  return {
    file,
    data,
    body: "",
    bodyLine: 1,
    lineOf: (fieldPath) => lineOfPath(doc, lines, fieldPath),
    text,
    yaml: { doc, offset: 0 },
  };
}
