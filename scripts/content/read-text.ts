import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { relative } from "node:path";
import { formatThaiNumber } from "../thai/numbers.ts";
import type { ContentProblem } from "./errors.ts";

/**
 * Reading a content file's bytes as the text we store: only a regular file of a bounded size,
 * decoded as UTF-8 (other encodings named), normalised; or the problem a clerk can fix.
 */

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text as we store it: no byte-order mark, LF line ends, NFC so that Thai vowels typed in
 * different orders compare equal.
 */
export function normaliseText(text: string): string {
  return (
    text
      // A byte-order mark, and the zero-width spaces that text copied from the web or Word
      // carries: invisible, yet they split "เทศบาลตำบล\u200Bเมืองคอง" for every search and check.
      .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, "")
      // A no-break space from Word or a web page is an ordinary space in clerk text.
      .replace(/\u00A0/g, " ")
      .replace(/\r\n?/g, "\n")
      .normalize("NFC")
  );
}

/**
 * The most a content text file may hold: a measure is a few kilobytes, so a file this size is a
 * mistake (a pasted export, a wrong file), and it is refused before it is read.
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * Reads a file as UTF-8 text, or returns the problem a clerk can fix. The file is opened without
 * waiting (a pipe would block forever) and looked at before it is read: only a regular file of
 * at most MAX_TEXT_BYTES is.
 */
export async function readText(path: string): Promise<string | ContentProblem> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const found = await handle.stat();
      if (found.isDirectory()) return unreadableProblem(path, { code: "EISDIR" });
      if (!found.isFile()) {
        return {
          code: "E_FILE_SPECIAL",
          file: displayPath(path),
          message: "รายการนี้ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์ ท่อ หรือซ็อกเก็ตของระบบ) จึงไม่อ่าน",
          fix: "ลบรายการนี้ออกจากโฟลเดอร์เนื้อหา แล้ววางไฟล์ข้อความจริงไว้แทน",
        };
      }
      if (found.size > MAX_TEXT_BYTES) {
        return {
          code: "E_FILE_TOO_BIG",
          file: displayPath(path),
          message: `ไฟล์นี้ใหญ่ ${formatThaiNumber(Math.round(found.size / 1024))} KB เกินกว่าไฟล์ข้อความของรายงาน (ไม่เกิน ${formatThaiNumber(MAX_TEXT_BYTES / 1024)} KB) อาจเป็นไฟล์อื่นที่ตั้งชื่อผิด`,
          fix: "ตรวจว่าเป็นไฟล์ที่ถูกต้อง ถ้าวางข้อความมาจากที่อื่น ให้เหลือเฉพาะเนื้อหาของมาตรการนี้",
        };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadableProblem(path, error);
  }
  const problem = {
    code: "E_ENCODING",
    file: displayPath(path),
    message: "ไฟล์นี้ไม่ได้บันทึกเป็น UTF-8 จึงอ่านภาษาไทยไม่ได้",
    fix: "เปิดไฟล์ในโปรแกรมแก้ไขข้อความแล้วบันทึกใหม่โดยเลือกการเข้ารหัสแบบ UTF-8",
  } as const;
  // UTF-16 (Notepad's "Unicode") puts a zero byte beside every English letter. Without its
  // byte-order mark those bytes still decode as UTF-8, into text with no "---" anywhere.
  if (isUtf16(bytes)) {
    return {
      ...problem,
      message: "ไฟล์นี้บันทึกเป็น UTF-16 (บางโปรแกรมเรียกว่า Unicode) ไม่ใช่ UTF-8 จึงอ่านไม่ได้",
      fix: "เปิดไฟล์ในโปรแกรมแก้ไขข้อความ เลือกบันทึกเป็น (Save as) แล้วเลือกการเข้ารหัส UTF-8 แทน UTF-16 หรือ Unicode",
    };
  }
  // Zero bytes that are not UTF-16: a document of another kind (Word, zip, a picture) renamed.
  if (bytes.subarray(0, 4096).includes(0)) {
    return {
      ...problem,
      message: "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (อาจเป็นไฟล์ Word รูปภาพ หรือไฟล์ zip ที่เปลี่ยนนามสกุลเป็น .md หรือ .yaml)",
      fix: "คัดลอกข้อความจากไฟล์เดิมไปวางในโปรแกรมแก้ไขข้อความ (เช่น Notepad) แล้วบันทึกเป็น UTF-8",
    };
  }
  try {
    return normaliseText(utf8.decode(bytes));
  } catch {
    return problem;
  }
}

/**
 * UTF-16 text: a byte-order mark (FF FE or FE FF), or a zero beside every English letter, digit
 * and line end, so on one side of the byte pairs (LE: odd bytes, BE: even ones) only.
 * @example isUtf16(Buffer.from("---\ntitle: ก", "utf16le")) // => true
 */
function isUtf16(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  // Thai letters (U+0E01…) have no zero byte, so a Thai text may have few; a binary file has
  // them on both sides alike.
  const [fewer, more] = even < odd ? [even, odd] : [odd, even];
  return more >= 8 && fewer * 20 <= more;
}

const NO_PERMISSION = {
  message: "เครื่องนี้ไม่ให้สิทธิ์เปิดอ่านไฟล์หรือโฟลเดอร์นี้",
  fix: "ขอให้ผู้ดูแลเครื่องเปิดสิทธิ์อ่าน หรือคัดลอกเนื้อหาไปบันทึกเป็นไฟล์ใหม่",
};

/** Why the system could not open an entry, in the clerk's words, and what to do about it. */
const UNREADABLE: Partial<Record<string, { message: string; fix: string }>> = {
  EISDIR: {
    message: "ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์ จึงอ่านข้อมูลไม่ได้",
    fix: "ลบหรือเปลี่ยนชื่อโฟลเดอร์นี้ แล้วสร้างเป็นไฟล์ข้อความตามตัวอย่างใน README",
  },
  ENOTDIR: {
    message: "ชื่อนี้เป็นไฟล์ แต่ต้องเป็นโฟลเดอร์",
    fix: "ตรวจชื่อโฟลเดอร์ที่สั่งตรวจ หรือย้ายไฟล์นี้ออกแล้วสร้างเป็นโฟลเดอร์แทน",
  },
  ENOENT: {
    message: "รายการนี้เป็นลิงก์ (ทางลัด) ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่แล้ว",
    fix: "ลบลิงก์นี้แล้ววางไฟล์จริงไว้แทน หรือแก้ลิงก์ให้ชี้ไปยังไฟล์ที่มีอยู่",
  },
  ELOOP: {
    message: "รายการนี้เป็นลิงก์ (ทางลัด) ที่ชี้วนกลับมาหาตัวเอง จึงเปิดไม่ได้",
    fix: "ลบลิงก์นี้แล้ววางไฟล์จริงไว้แทน",
  },
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
};

/**
 * The problem for an entry that cannot be opened (a folder where a file should be, a broken
 * link, no permission), so one bad entry does not stop the check of everything else.
 */
export function unreadableProblem(path: string, error: unknown): ContentProblem {
  const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const known = UNREADABLE[reason];
  return {
    code: "E_FILE_UNREADABLE",
    file: displayPath(path),
    message: known?.message ?? `อ่านไฟล์หรือโฟลเดอร์นี้ไม่ได้ (รายละเอียด: ${reason || String(error)})`,
    fix: known?.fix ?? "ตรวจว่าไฟล์ยังอยู่และเปิดในโปรแกรมอื่นได้ แล้วสั่งตรวจอีกครั้ง",
  };
}

/** A path as the clerk sees it: relative to where the command runs, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/") || path;
}
