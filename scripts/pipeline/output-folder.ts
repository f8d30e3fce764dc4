import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { ClerkError } from "../clerk-error.ts";
import { isInside } from "../paths.ts";

/** Raised when the output folder cannot be published; its message is for the clerk. */
export class PublishError extends ClerkError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "PublishError";
  }
}

/**
 * The file that marks a folder as this tool's own output. A build replaces the whole output
 * folder, so it only ever replaces a folder that is absent, empty, or marked so.
 */
export const OUTPUT_MARKER = ".ita-report-output";

export const OUTPUT_MARKER_TEXT =
  "This folder is made by the ITA report generator (npm run build) and is replaced whole by every build.\n" +
  "โฟลเดอร์นี้สร้างโดยระบบจัดทำรายงาน ITA (npm run build) และถูกแทนที่ทั้งโฟลเดอร์ทุกครั้งที่สร้างใหม่\n";

const realOrResolved = (path: string) => realpath(path).catch(() => resolve(path));

/**
 * An output folder built before the marker existed: only what a build writes (the index, the
 * assets with the print stylesheet, year folders), so an upgrade does not ask clerks to delete
 * their dist/ by hand.
 */
async function isEarlierOutput(dir: string, names: string[]): Promise<boolean> {
  const ours = names.every(
    (name) => ["index.html", "assets"].includes(name) || /^\d{4}$/.test(name),
  );
  if (!ours || !names.includes("index.html")) return false;
  return lstat(join(dir, "assets", "print.css")).then(
    (found) => found.isFile(),
    () => false,
  );
}

/** Why `target` may not be replaced, or undefined when it is absent, empty or ours. */
async function refusal(target: string): Promise<string | undefined> {
  const found = await lstat(target).catch(() => undefined);
  if (!found) return undefined;
  if (found.isSymbolicLink()) return "เป็นลิงก์ (ทางลัด) ที่ชี้ไปยังโฟลเดอร์ที่ไม่มีอยู่";
  if (!found.isDirectory()) return "เป็นไฟล์ ไม่ใช่โฟลเดอร์";
  const names = await readdir(target);
  if (names.length === 0) return undefined;
  const marker = await readFile(join(target, OUTPUT_MARKER), "utf8").catch(() => "");
  if (marker.startsWith(OUTPUT_MARKER_TEXT.split("\n")[0] ?? "-")) return undefined;
  if (await isEarlierOutput(target, names)) return undefined;
  return "มีไฟล์อื่นอยู่ และไม่ใช่โฟลเดอร์ที่ระบบนี้สร้างไว้";
}

/**
 * The real folder to publish into: a symlinked `dist` (e.g. to /var/www/ita) is followed, so the
 * site behind the link is the one updated. Publishing replaces the whole folder, so it must be
 * absent, empty, or this tool's own earlier output, and may not hold or lie in the content,
 * the project or a git repository.
 */
export async function resolveOutput(outDir: string, contentDir: string): Promise<string> {
  const target = await realOrResolved(outDir);
  const content = await realOrResolved(contentDir);
  const project = await realOrResolved(process.cwd());
  const refuse = (reason: string) =>
    new PublishError(
      `ไม่สร้างลงโฟลเดอร์ผลลัพธ์ ${outDir} เพราะโฟลเดอร์นี้${reason} การสร้างจะแทนที่ทั้งโฟลเดอร์ จึงไม่แตะต้องอะไรเลย\n` +
        "  วิธีแก้: ใช้โฟลเดอร์ผลลัพธ์ที่ยังไม่มี หรือโฟลเดอร์ว่าง เช่น dist (ค่าเริ่มต้น)",
    );
  if (isInside(content, target) || isInside(project, target)) {
    throw refuse("มีเนื้อหาหรือโครงการอยู่ข้างใน");
  }
  if (isInside(target, content)) throw refuse("อยู่ในโฟลเดอร์เนื้อหา");
  if (target.split(sep).includes(".git")) throw refuse("อยู่ในที่เก็บประวัติ git (.git)");
  const reason = await refusal(target);
  if (reason) throw refuse(reason);
  return target;
}
