import { ClerkError } from "../clerk-error.ts";
import { ContentError } from "../content/errors.ts";
import { consoleOutput, type Output, printProblems } from "./problem-output.ts";
import { explainSystemError } from "./system-errors.ts";

/** Mistakes in how a command was typed, as Node's argument parser names them. */
const ARGUMENT_ERRORS: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: "ไม่รู้จักตัวเลือกของคำสั่ง",
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: "ตัวเลือกนี้ต้องมีค่าตามหลัง เช่น --content content",
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL:
    "มีคำเกินมาในคำสั่ง ถ้าจะระบุโฟลเดอร์ ให้เขียน --content หน้าชื่อโฟลเดอร์",
};

/**
 * Tells a clerk why a command stopped, in Thai and without a stack trace (unless --debug).
 * `outDir` is given by commands that publish, to say the published folder was not touched.
 */
export function reportFailure(
  error: unknown,
  options: { debug: boolean; failed: string; outDir?: string },
  output: Output = consoleOutput,
): void {
  const system = explainSystemError(error);
  if (error instanceof ContentError) {
    output.err("✗ เนื้อหายังเผยแพร่ไม่ได้");
    printProblems({ problems: error.problems, accepted: [] }, output);
  } else if (error instanceof ClerkError) {
    output.err(`✗ ${error.message}\n`);
  } else if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code) in ARGUMENT_ERRORS
  ) {
    const explained = ARGUMENT_ERRORS[String(error.code)];
    output.err(`✗ ${explained}\n  (${error.message})\n  ดูตัวเลือกที่ใช้ได้ใน README หัวข้อ "คำสั่ง"\n`);
  } else if (system) {
    const { message, fix } = system;
    output.err(`✗ ${options.failed}: ${message}\n  วิธีแก้: ${fix}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    output.err(`✗ ${options.failed}: ${message}\n`);
    if (!options.debug) output.err("  (สั่งอีกครั้งพร้อม -- --debug เพื่อดูรายละเอียดสำหรับผู้พัฒนา)\n");
  }
  if (options.debug && error instanceof Error && error.stack) output.err(error.stack);
  if (options.outDir) output.err(`ยังไม่ได้เปลี่ยนแปลงโฟลเดอร์ ${options.outDir}/ (เว็บไซต์เดิมยังอยู่ครบ)`);
}
