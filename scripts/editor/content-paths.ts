import { basename, posix } from "node:path";
import { EVIDENCE_FILE } from "../content/schema.ts";

/**
 * Which files of the content folder the browser editor may open and save: the content's own
 * kinds of file, by path relative to the content folder, and nothing else.
 */

const YEAR = "2[4-6]\\d\\d";
const MEASURE = "[a-z0-9]+(?:-[a-z0-9]+)*\\.md";
/** Files the editor may write, relative to the content folder. */
export const WRITABLE = [
  /^agency\.yaml$/,
  /^ita-scores\.yaml$/,
  new RegExp(`^${YEAR}/report\\.md$`),
  new RegExp(`^${YEAR}/measures/${MEASURE}$`),
  new RegExp(`^${YEAR}/evidence/${EVIDENCE_FILE.source.slice(1, -1)}$`),
];
/** Folders the editor may list. */
export const LISTABLE = [new RegExp(`^${YEAR}/(measures|evidence)$`)];
/** An upload's largest size: a photo from a phone, base64 in JSON. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** A request the backend refuses, with the Thai reason the editor shows. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly status = 422,
  ) {
    super(message);
  }
}

/**
 * `2568/measures/01-a.md` as it is, or a Refused for anything that is not one of the content's
 * own kinds of file: `../x`, `/etc/passwd`, `2568/measures/ก.md`.
 */
export function contentPath(path: unknown, allowed = WRITABLE): string {
  const text = typeof path === "string" ? path.replace(/^\/+/, "") : "";
  const normal = posix.normalize(text);
  if (normal !== text || !allowed.some((pattern) => pattern.test(normal))) {
    if (/\/evidence\/[^/]+$/.test(text)) {
      throw new Refused(
        `ชื่อไฟล์ "${basename(text)}" ใช้ไม่ได้: ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด - ลงท้ายด้วย .jpg .png .webp หรือ .pdf เช่น 01-training.jpg เปลี่ยนชื่อไฟล์ในเครื่องแล้วอัปโหลดอีกครั้ง`,
      );
    }
    throw new Refused(`ตัวแก้ไขเปิดหรือบันทึก "${text}" ไม่ได้ เพราะไม่ใช่ไฟล์เนื้อหาของรายงาน`);
  }
  return normal;
}
