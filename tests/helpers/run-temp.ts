import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { sweepFolders } from "../../scripts/pdf/browser-profile.ts";

/** Each run's folder is `<temp>/ita-tests-<pid>-…`. */
const PREFIX = "ita-tests-";

/**
 * One temp folder for a whole `npm test`, removed when it ends: every scratch folder, built
 * site, browser profile and command the tests start is inside it, since they inherit TMPDIR.
 * Before, each run left about 600 folders in /tmp. A run that was killed leaves its folder,
 * which the next run removes.
 */
export function useRunTempDir(): string {
  // vitest reads its configuration more than once in the same process.
  const current = process.env.TMPDIR ?? "";
  if (basename(current).startsWith(`${PREFIX}${process.pid}-`)) return current;
  sweepFolders(PREFIX).catch(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  process.env.TMPDIR = dir;
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
