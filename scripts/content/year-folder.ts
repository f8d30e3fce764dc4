import { toArabicDigits } from "../thai/numbers.ts";

/** A fiscal year folder's name: a Buddhist-era year in four Arabic digits. */
export const YEAR_FOLDER = /^(2[4-6]\d\d)$/;

/** Spaces and the invisible characters that copying a name from a document brings along. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Why a folder in `content/` is not a year folder, naming what cannot be seen in a file list.
 * @example yearFolderAdvice("2568 ").fix // => "เปลี่ยนชื่อโฟลเดอร์เป็น 2568 (ลบเว้นวรรค…)"
 */
export function yearFolderAdvice(name: string): { message: string; fix: string } {
  const visible = name.replace(INVISIBLE, "");
  const arabic = toArabicDigits(visible);
  const start = "ชื่อโฟลเดอร์ในโฟลเดอร์ content ต้องเป็นปีงบประมาณ พ.ศ. เป็นเลขอารบิก 4 หลัก";
  if (visible !== name && YEAR_FOLDER.test(arabic)) {
    return {
      message: `${start} แต่ชื่อ "${name}" มีเว้นวรรคหรืออักขระที่มองไม่เห็นอยู่ด้วย (มักติดมาตอนพิมพ์หรือวางชื่อ)`,
      fix: `เปลี่ยนชื่อโฟลเดอร์เป็น ${arabic} (ลบเว้นวรรคหน้าและท้ายชื่อ)`,
    };
  }
  if (arabic !== visible && YEAR_FOLDER.test(arabic)) {
    return {
      message: `${start} แต่ชื่อ "${name}" ใช้เลขไทย`,
      fix: `เปลี่ยนชื่อโฟลเดอร์เป็น ${arabic} (เลขอารบิก)`,
    };
  }
  if (/^(19|20)\d\d$/.test(arabic)) {
    return {
      message: `${start} แต่ "${name}" ดูเหมือนปี ค.ศ.`,
      fix: `เปลี่ยนชื่อโฟลเดอร์เป็นปี พ.ศ. ${Number(arabic) + 543}`,
    };
  }
  return {
    message: `${start} แต่ชื่อโฟลเดอร์นี้คือ "${name}"`,
    fix: "เปลี่ยนชื่อโฟลเดอร์เป็นปี พ.ศ. เช่น 2568 (ไม่ใช่ปี ค.ศ. และห้ามใช้เลขไทย) หรือย้ายโฟลเดอร์ที่ไม่ใช่ปีออกจาก content",
  };
}
