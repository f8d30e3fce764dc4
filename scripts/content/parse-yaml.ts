import { type Document, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import type { ContentProblem } from "./errors.ts";
import { isGluedTagOrAnchor, quotedExample, refusedYaml } from "./yaml-refused.ts";

/** A parsed YAML text: the document (for lines of fields) and its data as plain values. */
export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/**
 * YAML with the core schema: unlike YAML 1.1 it has no timestamps, so `2568-10-01` stays the text
 * the clerk typed instead of becoming a Gregorian Date in year 2568.
 */
export function parseYaml(text: string, file: string): ParsedYaml | ContentProblem {
  const lines = new LineCounter();
  // logLevel "error": the library's own English warnings must not reach the clerk's terminal.
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: "core",
    prettyErrors: false,
    logLevel: "error",
  });
  const [error] = doc.errors;
  if (error) return syntaxProblem(error, text, lines, file);
  const refused = hashProblem(doc, lines, file) ?? refusedYaml(doc, text, lines, file);
  if (refused) return refused;
  try {
    return { doc, lines, data: doc.toJS() ?? {} };
  } catch (thrown) {
    // The yaml package refuses anchors (&) and aliases (*) that multiply into millions of values.
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    const aliases = /alias/i.test(detail);
    return {
      code: "E_YAML",
      file,
      message: `${aliases ? "ใช้ & และ * (anchor/alias) ซ้อนกันมากเกินไป จนข้อมูลขยายใหญ่ผิดปกติ" : "เขียนข้อมูลไม่ถูกรูปแบบ YAML"} (รายละเอียด: ${detail})`,
      fix: aliases ? "ไม่ต้องใช้ & และ * ในส่วนหัว ให้พิมพ์ค่าของแต่ละช่องตรง ๆ" : GENERAL_FIX,
    };
  }
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

const GENERAL_FIX =
  "ตรวจเครื่องหมาย : หลังชื่อช่อง การย่อหน้าให้ตรงกัน วงเล็บหรือเครื่องหมายคำพูดที่เปิดแล้วต้องปิด และใส่เครื่องหมายคำพูดรอบข้อความที่มี : หรือ #";

/** `title: กิจกรรม: ทดสอบ`: a value with ": " in it, which YAML reads as a second field. */
const COLON_IN_VALUE = /^(\s*(?:- )?[^\s"'#:[{][^:]*):[ \t]+([^"'[{\s].*?:(?:[ \t].*)?)$/;

/** The first YAML error as a clerk reads it: the line to fix, what is wrong there, and how. */
function syntaxProblem(
  error: YAMLError,
  text: string,
  lines: LineCounter,
  file: string,
): ContentProblem {
  // Front matter starts with the newline after the opening `---`, so its lines are the file's.
  const textLines = text.split("\n");
  const lineText = (line: number) => textLines[line - 1] ?? "";
  // An unclosed bracket or quote is noticed only where the text ends; point at the last line
  // that has something on it, which is where the clerk has to look.
  let { line, col } = lines.linePos(error.pos[0]);
  while (line > 1 && lineText(line).trim() === "") {
    line -= 1;
    col = 1;
  }
  // "…must end with a ]" or "Missing closing "quote": the bracket or quote was opened further
  // up, on the last line that has one, since nothing after it closes it; that line is the one
  // to fix.
  const opener = openerOf(error.message);
  if (opener) {
    while (line > 1 && !lineText(line).includes(opener)) line -= 1;
    // The outermost bracket is the open one; of quotes, the last one on the line.
    const isBracket = opener === "[" || opener === "{";
    col = (isBracket ? lineText(line).indexOf(opener) : lineText(line).lastIndexOf(opener)) + 1;
  }
  const colon = error.code === "BLOCK_AS_IMPLICIT_KEY" && COLON_IN_VALUE.exec(lineText(line));
  // `title: !ด่วน …`: the yaml package calls a Thai word after ! or & an unclosed token.
  const glued = isGluedTagOrAnchor(error, lineText(line));
  const explanation = glued
    ? "ข้อความที่ขึ้นต้นด้วย ! & หรือ * ต้องใส่เครื่องหมายคำพูดครอบ เพราะ YAML ถือว่าเป็นสัญลักษณ์พิเศษ"
    : opener
      ? YAML_ERRORS.MISSING_CHAR
      : colon
        ? "ข้อความในช่องนี้มีเครื่องหมาย : ตามด้วยเว้นวรรค ซึ่ง YAML เข้าใจว่าเป็นการเริ่มช่องใหม่"
        : YAML_ERRORS[error.code];
  return {
    code: "E_YAML",
    file,
    line,
    column: col,
    message: `${explanation ?? "เขียนข้อมูลไม่ถูกรูปแบบ YAML"}\n  บรรทัดนั้นคือ: ${excerpt(lineText(line), col)}\n  (รายละเอียด: ${error.message.split("\n")[0]})`,
    fix: colon
      ? `ใส่เครื่องหมายคำพูดครอบข้อความทั้งหมด เช่น ${colon[1]?.trim()}: ${quoted(colon[2] ?? "")}`
      : glued && quotedExample(lineText(line))
        ? `ใส่เครื่องหมายคำพูดครอบข้อความทั้งหมด เช่น ${quotedExample(lineText(line))}`
        : GENERAL_FIX,
  };
}

/** The bracket or quote an "unclosed" error is about, from the yaml package's message. */
function openerOf(message: string): string | undefined {
  const closer = /end with an? ([\]}])/.exec(message)?.[1];
  if (closer) return closer === "]" ? "[" : "{";
  return /^Missing closing (["'])quote/.exec(message)?.[1];
}

/** Text in YAML quotes: double unless it has a double quote, then single (with '' for '). */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}

const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
const EXCERPT_LENGTH = 120;

/**
 * A line cut to about 120 characters around `column`, so a pasted paragraph does not flood
 * the terminal; cut between whole characters, so no Thai vowel is left without its consonant.
 * @example excerpt("ก".repeat(500)) // => the first 120 "ก", then "…"
 */
export function excerpt(line: string, column = 1): string {
  const parts = Array.from(graphemes.segment(line));
  if (parts.length <= EXCERPT_LENGTH) return line.trim();
  const found = parts.findIndex((part) => part.index >= column - 1);
  const at = found < 0 ? parts.length : found;
  const start = Math.max(0, Math.min(at - EXCERPT_LENGTH / 2, parts.length - EXCERPT_LENGTH));
  const end = start + EXCERPT_LENGTH;
  const kept = parts.slice(start, end).map((part) => part.segment);
  return `${start > 0 ? "…" : ""}${kept.join("").trim()}${end < parts.length ? "…" : ""}`;
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
