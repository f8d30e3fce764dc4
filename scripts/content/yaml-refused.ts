import {
  type Document,
  isAlias,
  isPair,
  isScalar,
  type LineCounter,
  type Node,
  Scalar,
  visit,
  type YAMLError,
} from "yaml";
import type { ContentProblem } from "./errors.ts";

/** `\u003C`, `\x3C`, `\U0000003C`: a character typed as its code inside double quotes. */
const CODE_ESCAPE = /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/;
const HTML_TAG = /<\/?[A-Za-z][^<>\n]*>/;

/**
 * A header line with its value in double quotes, for a fix to show.
 * @example quotedExample("title: !ด่วน งาน") // => 'title: "!ด่วน งาน"'
 */
export function quotedExample(line: string): string {
  const [, key = "", value = ""] = /^(\s*(?:- )?[^\s:][^:]*:[ \t]*)(.*)$/.exec(line) ?? [];
  const typed = value.trim();
  return typed ? `${key.trim()} "${typed.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"` : "";
}

/**
 * Whether a syntax error comes from text that starts with `!`, `&` or `*`, which YAML reads as a
 * tag, an anchor or an alias: `title: !ด่วน …` or `title: *โครงการ ที่สอง`.
 */
export const isGluedTagOrAnchor = (error: YAMLError, line: string) =>
  /^Tags and anchors must be separated/.test(error.message) ||
  /^\s*(?:- )?[^\s:][^:]*:[ \t]*[!&*]/.test(line);

/**
 * What the header may not use, though YAML allows it: a tag (`!!binary`, `!!js/function`), which
 * turns the value into something other than text; text that starts with `&` or `*`, which YAML
 * reads as an anchor or alias; and a character typed as its code (`"\u003Cscript>"`), which the
 * checks of the text as typed would not see.
 */
export function refusedYaml(
  doc: Document,
  text: string,
  lines: LineCounter,
  file: string,
): ContentProblem | undefined {
  const textLines = text.split("\n");
  let found: ContentProblem | undefined;
  visit(doc, {
    Node(_key, node, path) {
      if (found || !node.range) return;
      const line = lines.linePos(node.range[0]).line;
      const parent = path.at(-1);
      const field = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : "ช่องนี้";
      const mark = refusedMark(doc, node);
      const problem = mark
        ? markProblem(mark, Boolean(node.tag), field, textLines[line - 1] ?? "")
        : escapeProblem(node, text);
      if (!problem) return;
      found = { ...problem, file, line };
      return visit.BREAK;
    },
  });
  return found;
}

type Finding = Pick<ContentProblem, "code" | "message" | "fix">;

/**
 * A tag on any value, or an anchor or alias a clerk typed as text: `&โครงการ ที่สอง` names an
 * anchor on the text after it (which alone would be kept), `*โครงการ` one that does not exist.
 * Anchors on lists and groups, and aliases that resolve, are left to the size check.
 */
function refusedMark(doc: Document, node: Node): string | undefined {
  if (node.tag) return node.tag.replace("tag:yaml.org,2002:", "!!");
  if (isAlias(node) && !node.resolve(doc)) return `*${node.source}`;
  if (node.anchor && isScalar(node)) return `&${node.anchor}`;
  return undefined;
}

function markProblem(mark: string, isTag: boolean, field: string, textLine: string): Finding {
  const example = quotedExample(textLine);
  const quote = example ? `ใส่เครื่องหมายคำพูดครอบทั้งข้อความ เช่น ${example}` : "";
  const kind = isTag ? "แท็ก" : "จุดอ้างอิง (& และ * ของ YAML)";
  return {
    code: "E_YAML",
    message: `ค่าของ ${field} ขึ้นต้นด้วย "${mark}" ซึ่ง YAML อ่านเป็น${kind} ไม่ใช่ข้อความ ส่วนหัวรับเฉพาะข้อความ ตัวเลข รายการ และกลุ่มช่องย่อยที่พิมพ์ตรง ๆ`,
    fix: `ลบ "${mark}" ออก${quote ? ` หรือถ้าเป็นส่วนหนึ่งของข้อความ ให้${quote}` : ""}`,
  };
}

/** Text in double quotes with a character typed as its code, worse when it makes a tag. */
function escapeProblem(node: Node, text: string): Finding | undefined {
  if (!(node instanceof Scalar) || node.type !== Scalar.QUOTE_DOUBLE || !node.range) return;
  const charCode = CODE_ESCAPE.exec(text.slice(node.range[0], node.range[1]))?.[0];
  if (!charCode) return undefined;
  const value = String(node.value);
  const tag = HTML_TAG.exec(value)?.[0];
  return {
    code: tag ? "E_HTML_TAG" : "E_YAML",
    message: tag
      ? `ข้อความในเครื่องหมายคำพูดใช้รหัส ${charCode} แทนตัวอักษร เมื่อแปลงแล้วมีแท็ก HTML "${tag}" ซึ่งจะแสดงเป็นตัวอักษรตามที่เห็น ไม่ถูกนำไปใช้`
      : `ข้อความในเครื่องหมายคำพูดใช้รหัส ${charCode} แทนตัวอักษร ระบบตรวจข้อความได้เฉพาะตัวอักษรที่พิมพ์ตรง ๆ`,
    fix: tag
      ? "ลบแท็กออก แล้วพิมพ์ข้อความเป็นตัวอักษรธรรมดา ไม่ใช้รหัสที่ขึ้นต้นด้วย \\"
      : `พิมพ์ตัวอักษรที่ต้องการตรง ๆ แทน ${charCode} (เมื่อแปลงแล้วข้อความคือ "${value.slice(0, 60)}")`,
  };
}
