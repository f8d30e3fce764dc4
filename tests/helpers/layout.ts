import { pageWords } from "./pdf.ts";

/** The top of an A4 landscape page's 16 mm bottom margin, in points; only the page number sits below. */
const FOOTER_TOP = 594.96 - (16 * 72) / 25.4;

/**
 * Text in a page's bottom margin other than its number ("หน้า ๒ จาก ๗"): a glyph fragment such
 * as "ชื่" is the ink of the next page's first line, which Chromium paints on this one.
 */
export const strayInBottomMargin = (file: string, page: number): string[] =>
  pageWords(file, page)
    .filter((word) => word.yMax > FOOTER_TOP && !/^(หน้า|จาก|[๐-๙]+)$/.test(word.text))
    .map((word) => word.text);

/**
 * Each known word that two consecutive lines split between them, as "ช่อ / ระกา": one line
 * ends with the start of the word and the next begins with the rest.
 */
export function wordsSplitAcrossLines(lines: string[], words: readonly string[]): string[] {
  const split: string[] = [];
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1] ?? "";
    for (const word of words) {
      for (let at = 1; at < word.length; at++) {
        if (line.endsWith(word.slice(0, at)) && next.startsWith(word.slice(at))) {
          split.push(`${word.slice(0, at)} / ${word.slice(at)} (${word})`);
        }
      }
    }
  }
  return split;
}

/** The column headings a table page repeats, which keep a signature no company. */
const TABLE_HEADINGS = [
  "มาตรการ/โครงการ/กิจกรรม",
  "ขั้นตอนหรือวิธีการปฏิบัติ",
  "ระยะเวลาดำเนินการ",
  "ผู้รับผิดชอบ",
  "ผลการดำเนินการ(output)",
  "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ(outcome/result)",
];

/**
 * Whether a page's signature block ("ลงชื่อ …") stands alone: nothing before it on its page but
 * the page furniture (running head, page number, draft mark) and the repeated table headings.
 */
export function signatureAlone(lines: string[], runningHead: string): boolean {
  const at = lines.findIndex((line) => line.startsWith("ลงชื่อ"));
  if (at < 0) return false;
  const squash = (text: string) => text.replace(/\s+/g, "");
  let before = squash(lines.slice(0, at).join(""));
  for (const furniture of [runningHead, "ร่าง·ยังไม่ใช่ฉบับสมบูรณ์", ...TABLE_HEADINGS]) {
    before = before.replace(squash(furniture), "");
  }
  return before.replace(/หน้า[๐-๙]+จาก[๐-๙]+/, "") === "";
}
