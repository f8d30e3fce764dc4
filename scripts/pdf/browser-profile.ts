import { rmSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Each browser gets a profile folder of its own, named after the process that started it, and
 * removed when the browser exits. A process killed outright (kill -9, a power cut) cannot remove
 * it; the next launch removes the profiles of processes that are gone.
 */
const PREFIX = "ita-report-browser-";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Removes the folders in the temp folder named `<prefix><pid>-…` whose process no longer runs:
 * the browser profiles here, a test run's folder (tests/helpers/run-temp.ts).
 */
export async function sweepFolders(prefix: string): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .filter((name) => {
        const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
        return pid > 0 && pid !== process.pid && !alive(pid);
      })
      .map((name) => rm(join(tmpdir(), name), { recursive: true, force: true })),
  );
}

/** A new, empty profile folder for one browser; those of killed processes are cleared meanwhile. */
export async function createProfile(): Promise<string> {
  // Not waited for: where the temp folder holds many entries, reading it took 35 ms of every
  // launch. Another process's profile is never the one made here.
  sweepFolders(PREFIX).catch(() => undefined);
  return mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

/** Removes a profile once its browser has exited (sync: the process may be exiting too). */
export function removeProfileOnExit(
  profile: string,
  browserProcess: { once(event: "exit", listener: () => void): unknown } | null,
): void {
  const remove = () => rmSync(profile, { recursive: true, force: true });
  if (browserProcess) browserProcess.once("exit", remove);
  else remove();
}

/** The profile of a browser that failed to start. */
export const removeProfile = (profile: string) => rm(profile, { recursive: true, force: true });
