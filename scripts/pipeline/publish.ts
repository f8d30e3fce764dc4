import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, PublishError } from "./output-folder.ts";

export { PublishError, resolveOutput } from "./output-folder.ts";

/**
 * Publishing swaps whole folders beside the target, on the same disk: the build writes into
 * `<target>.staging-<pid>-<random>`, then the target moves aside to `<staging>.old` and the
 * staging folder takes its name. Between those two renames there is no target for an instant; a
 * build killed right there leaves both folders, and the next build puts the complete one back
 * (recoverOutput) before it does anything else.
 */
const stagingPrefix = (target: string) => `${basename(target)}.staging-`;

/**
 * A fresh staging folder beside the target, named after this process so that another build can
 * tell a folder in use from one left by a build that was killed. Readable by a web server,
 * unlike mkdtemp's 0700, and marked as this tool's output.
 */
export async function createStaging(target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `${stagingPrefix(target)}${process.pid}-`));
  await chmod(staging, 0o755);
  await writeFile(join(staging, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  return staging;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Whether the process that made a staging folder is still running (then it is not a leftover). */
function runningOwner(name: string, prefix: string): boolean {
  const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Puts the last complete site back and removes what killed builds left beside the target. A
 * staging folder with a `.old` beside it had finished (the swap starts only then), so it is the
 * newest complete site; without one it is half written and removed.
 */
export async function recoverOutput(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = stagingPrefix(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.startsWith(prefix) && !runningOwner(name, prefix));
  for (const old of leftovers.filter((name) => name.endsWith(".old"))) {
    const staging = old.slice(0, -".old".length);
    if (await exists(target)) continue;
    const complete = leftovers.includes(staging) ? staging : old;
    await rename(join(parent, complete), target);
  }
  for (const name of leftovers) {
    await rm(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Refuses to publish a folder holding a link: a web server or a zip of the site would follow it
 * to whatever it points at. Nothing the build writes is a link; this makes sure of it.
 */
export async function assertNoLinks(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const link = entries.find((entry) => entry.isSymbolicLink());
  if (link) {
    throw new PublishError(
      `ไม่เผยแพร่ เพราะในเว็บไซต์ที่สร้างมีลิงก์ (ทางลัด) ${join(link.parentPath, link.name)} ซึ่งอาจพาไปยังไฟล์อื่นในเครื่อง\n` +
        "  วิธีแก้: แจ้งผู้ดูแลระบบ (ระบบไม่ควรสร้างลิงก์เลย)",
    );
  }
}

/** Replaces the target with the finished staging folder, putting the old one back on failure. */
export async function publish(staging: string, target: string): Promise<void> {
  const hadTarget = await exists(target);
  const old = `${staging}.old`;
  try {
    if (hadTarget) await rename(target, old);
    // A seam for the test that kills a build at the worst instant (tests/pipeline/crash.test.ts).
    if (process.env.ITA_REPORT_FAULT === "kill-between-renames")
      process.kill(process.pid, "SIGKILL");
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadTarget) await rename(old, target);
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
