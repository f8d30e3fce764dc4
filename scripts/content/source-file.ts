import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import matter from "gray-matter";
import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from "yaml";
import type { ContentProblem } from "./errors.ts";

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

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text as we store it: no byte-order mark, LF line ends, NFC so that Thai vowels typed in
 * different orders compare equal.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/** Reads a file as UTF-8 text, or returns the problem a clerk can fix. */
export async function readText(path: string): Promise<string | ContentProblem> {
  const bytes = await readFile(path);
  try {
    return normaliseText(utf8.decode(bytes));
  } catch {
    return {
      code: "E_ENCODING",
      file: displayPath(path),
      message: "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 จึงอ่านภาษาไทยไม่ได้",
      fix: "เปิดไฟล์ในโปรแกรมแก้ไขข้อความแล้วบันทึกใหม่โดยเลือกการเข้ารหัสแบบ UTF-8",
    };
  }
}

/** A path as the clerk sees it: relative to where the command runs, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/") || path;
}

/**
 * YAML with the core schema: unlike YAML 1.1 it has no timestamps, so `2568-10-01` stays the text
 * the clerk typed instead of becoming a Gregorian Date in year 2568.
 */
export function parseYaml(
  text: string,
  file: string,
): { doc: Document; lines: LineCounter } | ContentProblem {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: "core", prettyErrors: false });
  // The front matter string starts with the newline after the opening `---`, so its first line
  // is the file's first line.
  const [error] = doc.errors;
  if (!error) return hashProblem(doc, lines, file) ?? { doc, lines };
  const textLines = text.split("\n");
  // An unclosed bracket or quote is noticed only where the text ends; point at the last line
  // that has something on it, which is where the clerk has to look.
  let { line, col } = lines.linePos(error.pos[0]);
  while (line > 1 && (textLines[line - 1] ?? "").trim() === "") {
    line -= 1;
    col = 1;
  }
  // "…must end with a ]": the bracket was opened further up; that line is the one to fix.
  const closer = /end with an? ([\]}])/.exec(error.message)?.[1];
  const unclosed = closer === "]" || closer === "}";
  if (unclosed) {
    const opener = closer === "]" ? "[" : "{";
    while (line > 1 && !(textLines[line - 1] ?? "").includes(opener)) line -= 1;
    col = (textLines[line - 1] ?? "").indexOf(opener) + 1;
  }
  const explanation = unclosed ? YAML_ERRORS.MISSING_CHAR : YAML_ERRORS[error.code];
  return {
    code: "E_YAML",
    file,
    line,
    column: col,
    message: `${explanation ?? "เขียนข้อมูลไม่ถูกรูปแบบ YAML"}\n  บรรทัดนั้นคือ: ${(textLines[line - 1] ?? "").trim()}\n  (รายละเอียด: ${error.message.split("\n")[0]})`,
    fix: "ตรวจเครื่องหมาย : หลังชื่อช่อง การย่อหน้าให้ตรงกัน วงเล็บหรือเครื่องหมายคำพูดที่เปิดแล้วต้องปิด และใส่เครื่องหมายคำพูดรอบข้อความที่มี : หรือ #",
  };
}

/**
 * In YAML, " #" starts a comment, so `title: โครงการที่ #1` silently loses "#1 …". A comment
 * glued to its text like that is almost always part of the value, so it is reported.
 */
function hashProblem(doc: Document, lines: LineCounter, file: string): ContentProblem | undefined {
  let found: ContentProblem | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (found || !node.comment || /^\s/.test(node.comment) || !node.range) return;
      found = {
        code: "E_YAML_HASH",
        file,
        line: lines.linePos(node.range[0]).line,
        message: `ข้อความหลังเครื่องหมาย # ("#${node.comment}") จะหายไป เพราะ # ที่มีเว้นวรรคข้างหน้าคือหมายเหตุ`,
        fix: `ใส่เครื่องหมายคำพูดครอบข้อความทั้งหมด เช่น title: "${String(node.value)} #${node.comment}"`,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** The YAML mistakes clerks make most, explained in Thai. */
const YAML_ERRORS: Partial<Record<string, string>> = {
  BAD_INDENT: "ย่อหน้าไม่ตรงกับบรรทัดอื่นในกลุ่มเดียวกัน",
  TAB_AS_INDENT: "ใช้ปุ่ม Tab ย่อหน้า ซึ่ง YAML ไม่รับ ให้ใช้การเว้นวรรคแทน",
  DUPLICATE_KEY: "มีชื่อช่องเดียวกันซ้ำสองครั้ง",
  MISSING_CHAR: "วงเล็บหรือเครื่องหมายคำพูดเปิดไว้แต่ไม่ได้ปิด",
  BLOCK_AS_IMPLICIT_KEY: "บรรทัดนี้ขาดเครื่องหมาย : หลังชื่อช่อง หรือย่อหน้าผิด",
  MULTILINE_IMPLICIT_KEY: "บรรทัดนี้ขาดเครื่องหมาย : หลังชื่อช่อง หรือย่อหน้าผิด",
  UNEXPECTED_TOKEN: "มีเครื่องหมายที่ไม่ควรอยู่ตรงนี้",
  BAD_SCALAR_START: "ข้อความที่ขึ้นต้นด้วยเครื่องหมายพิเศษ (เช่น @ ` % *) ต้องใส่เครื่องหมายคำพูดครอบ",
  MULTIPLE_DOCS: "มีบรรทัด --- เกินมา ส่วนหัวต้องมี --- เปิดและปิดอย่างละหนึ่งบรรทัด",
};

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
  let parsed: { doc: Document; lines: LineCounter } | ContentProblem | undefined;
  let offset = 0;
  const split = matter(text, {
    engines: {
      yaml: (frontMatter: string) => {
        offset = text.indexOf(frontMatter, 3);
        parsed = parseYaml(frontMatter, file);
        return "doc" in parsed ? (parsed.doc.toJS() ?? {}) : {};
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
  const { doc, lines } = parsed;
  return {
    file,
    data: doc.toJS() ?? {},
    body: "",
    bodyLine: 1,
    lineOf: (fieldPath) => lineOfPath(doc, lines, fieldPath),
    text,
    yaml: { doc, offset: 0 },
  };
}
