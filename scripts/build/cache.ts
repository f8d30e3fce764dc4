import { copyFile, mkdir, readdir, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";

/** Entries not used for this long are removed, so the cache does not grow without end. */
const KEEP_DAYS = 30;

/**
 * Files the build can reuse between runs, named by the fingerprint of what made them: a PDF
 * whose page, styles, fonts, images and metadata are unchanged is copied, not printed again.
 * Lives outside dist/ (by default `.cache/build` in the project), never published.
 */
export class BuildCache {
  constructor(readonly dir: string) {}

  private path(kind: string, key: string) {
    return join(this.dir, kind, key);
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
    try {
      await mkdir(join(this.dir, kind), { recursive: true });
      await copyFile(from, this.path(kind, key));
    } catch {
      // Read-only or full disk: the build itself has succeeded.
    }
  }

  /** Removes entries of a kind not used for KEEP_DAYS. */
  async prune(kind: string): Promise<void> {
    const dir = join(this.dir, kind);
    const names = await readdir(dir).catch(() => []);
    const oldest = Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000;
    for (const name of names) {
      const { mtimeMs } = await stat(join(dir, name));
      if (mtimeMs < oldest) await rm(join(dir, name), { force: true });
    }
  }
}
