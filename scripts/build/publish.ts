import { chmod, mkdir, mkdtemp, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { ClerkError } from "../clerk-error.ts";

/** Raised when the output folder cannot be published; its message is for the clerk. */
export class PublishError extends ClerkError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "PublishError";
  }
}

/** Whether `child` is `parent` or lies below it (across drives on Windows it does not). */
const isInside = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
};

/**
 * The real folder to publish into: a symlinked `dist` (e.g. to /var/www/ita) is followed, so the
 * site behind the link is the one updated. Refuses a folder that holds the content or the
 * project, which publishing would replace.
 */
export async function resolveOutput(outDir: string, contentDir: string): Promise<string> {
  const target = await realpath(outDir).catch(() => resolve(outDir));
  const protectedDirs = [
    await realpath(contentDir).catch(() => resolve(contentDir)),
    process.cwd(),
  ];
  if (protectedDirs.some((dir) => isInside(dir, target))) {
    throw new PublishError(
      `โฟลเดอร์ผลลัพธ์ ${outDir} มีเนื้อหาหรือโครงการอยู่ข้างใน การสร้างจะลบทิ้งทั้งหมด จึงหยุดไว้\n` +
        "  วิธีแก้: ใช้โฟลเดอร์ผลลัพธ์แยกต่างหาก เช่น dist",
    );
  }
  return target;
}

/**
 * A fresh staging folder beside the target, on the same disk, so that publishing is a rename
 * and the published folder is never half written. Readable by a web server, unlike mkdtemp's 0700.
 */
export async function createStaging(target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `${basename(target)}.staging-`));
  await chmod(staging, 0o755);
  return staging;
}

/** Replaces the target with the finished staging folder, putting the old one back on failure. */
export async function publish(staging: string, target: string): Promise<void> {
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  const old = `${staging}.old`;
  try {
    if (exists) await rename(target, old);
    try {
      await rename(staging, target);
    } catch (error) {
      if (exists) await rename(old, target);
      throw error;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PublishError(
      `แทนที่โฟลเดอร์ ${target} ไม่ได้ (${code ?? "unknown"}) เว็บไซต์เดิมยังอยู่\n` +
        "  วิธีแก้: ปิดโปรแกรมที่เปิดไฟล์ในโฟลเดอร์นั้นอยู่ (เช่นไฟล์ PDF หรือหน้าต่างโฟลเดอร์) แล้วสั่งอีกครั้ง",
      { cause: error },
    );
  }
  await rm(old, { recursive: true, force: true });
}
