import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * A fresh staging folder beside `outDir`, on the same disk, so that publishing is a rename and
 * the published folder is never half written.
 */
export async function createStaging(outDir: string): Promise<string> {
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  return mkdtemp(join(dirname(target), `${basename(target)}.staging-`));
}

/** Replaces `outDir` with the finished staging folder. */
export async function publish(staging: string, outDir: string): Promise<void> {
  const target = resolve(outDir);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) return rename(staging, target);
  const old = `${staging}.old`;
  await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}
