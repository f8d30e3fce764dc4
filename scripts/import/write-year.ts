import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ClerkError } from "../clerk-error.ts";
import { probe } from "../content/entries.ts";
import { displayPath } from "../content/source-file.ts";
import { formatThaiNumber } from "../thai/numbers.ts";

/**
 * Writes an imported year all at once: every file goes into a hidden folder inside content/,
 * which is renamed into place at the end. A year already there is replaced only with `force`,
 * and then the old folder is moved aside first and removed only once the new one is in place.
 */

/** Files of a year, by path inside the year's folder ("report.md", "measures/01-measure.md"). */
export type YearFiles = Map<string, string>;

const OLD_PREFIX = (year: number) => `.import-${year}-old-`;

/**
 * A replaced year left aside by an import stopped between its two renames is put back, so the
 * year is never simply gone.
 */
async function recoverReplaced(contentDir: string, year: number, target: string) {
  const left = (await readdir(contentDir)).filter((name) => name.startsWith(OLD_PREFIX(year)));
  for (const name of left) {
    if ((await probe(target)) === "missing") await rename(join(contentDir, name), target);
    else await rm(join(contentDir, name), { recursive: true, force: true });
  }
}

/** Writes `files` as `<contentDir>/<year>/`; returns the paths written, for the clerk. */
export async function writeYear(
  contentDir: string,
  year: number,
  files: YearFiles,
  force: boolean,
): Promise<string[]> {
  const target = join(contentDir, String(year));
  if ((await probe(contentDir)) !== "folder") {
    throw new ClerkError(
      `ไม่พบโฟลเดอร์เนื้อหา ${displayPath(contentDir)}\n  วิธีแก้: รันคำสั่งจากโฟลเดอร์ของโครงการ หรือระบุ --content ให้ถูก`,
    );
  }
  await recoverReplaced(contentDir, year, target);
  const existing = await probe(target);
  if (existing !== "missing" && !force) {
    throw new ClerkError(
      `มีปีงบประมาณ ${formatThaiNumber(year)} อยู่แล้ว (${displayPath(target)}) จึงไม่นำเข้าทับ\n  วิธีแก้: ถ้าต้องการแทนที่ทั้งปีด้วยไฟล์ที่นำเข้า ให้สั่งอีกครั้งพร้อม --force (ไฟล์เดิมของปีนั้นจะถูกแทนที่ทั้งหมด รวมถึงหลักฐาน)`,
    );
  }
  const staging = await mkdtemp(join(contentDir, `.import-${year}-`));
  try {
    for (const [path, text] of files) {
      await mkdir(join(staging, path, ".."), { recursive: true });
      await writeFile(join(staging, path), text, { flag: "wx" });
    }
    if (existing === "missing") {
      await rename(staging, target);
    } else {
      // Moved aside, not deleted, until the new year is in place: see recoverReplaced.
      const aside = join(contentDir, `${OLD_PREFIX(year)}${process.pid}-${Date.now()}`);
      await rename(target, aside);
      try {
        await rename(staging, target);
      } catch (error) {
        await rename(aside, target);
        throw error;
      }
      await rm(aside, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return [...files.keys()].map((path) => join(target, path));
}
