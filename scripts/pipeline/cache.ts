import { copyFile, mkdir, readdir, rename, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";

/** Entries not used for this long are removed, so the cache does not grow without end. */
const KEEP_DAYS = 30;

/**
 * Files the build can reuse between runs, named by the fingerprint of what made them: a PDF
 * whose page, styles, fonts, images and metadata are unchanged is copied, not printed again.
 * Lives outside dist/ (by default `.cache/artifacts` in the project), never published. An entry is
 * written whole or not at all, and one that turns out broken is forgotten, so a stopped build
 * never leaves a file that would fail the next one.
 */
export class BuildCache {
  constructor(readonly dir: string) {}

  private path(kind: string, key: string) {
    return join(this.dir, kind, key);
  }

  /** Whether the cache holds anything of a kind yet (a first build has nothing to reuse). */
  async has(kind: string): Promise<boolean> {
    return (await readdir(join(this.dir, kind)).catch(() => [])).length > 0;
  }

  /** Copies a cached file to `to`; false when there is none. */
  async restore(kind: string, key: string, to: string): Promise<boolean> {
    const from = this.path(kind, key);
    try {
      await copyFile(from, to);
      const now = new Date();
      await utimes(from, now, now);
      return true;
    } catch {
      return false;
    }
  }

  /** Keeps a copy of a file just made; a cache that cannot be written only costs speed. */
  async store(kind: string, key: string, from: string): Promise<void> {
    const temporary = `${this.path(kind, key)}.${process.pid}.${Date.now()}.partial`;
    try {
      await mkdir(join(this.dir, kind), { recursive: true });
      await copyFile(from, temporary);
      // A rename is all or nothing: another build sees the whole file or none.
      await rename(temporary, this.path(kind, key));
    } catch {
      await rm(temporary, { force: true });
    }
  }

  /** Drops an entry that could not be used. */
  async forget(kind: string, key: string): Promise<void> {
    await rm(this.path(kind, key), { force: true });
  }

  /** Removes entries of a kind not used for KEEP_DAYS, and partial ones left by a stopped build. */
  async prune(kind: string): Promise<void> {
    const dir = join(this.dir, kind);
    const oldest = Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000;
    for (const name of await readdir(dir).catch(() => [])) {
      const path = join(dir, name);
      const modified = await stat(path).then(
        (found) => found.mtimeMs,
        () => Number.POSITIVE_INFINITY,
      );
      const stale = name.endsWith(".partial")
        ? modified < Date.now() - 60 * 60 * 1000
        : modified < oldest;
      if (stale) await rm(path, { force: true });
    }
  }
}
