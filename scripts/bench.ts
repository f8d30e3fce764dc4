import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchArchive } from "./bench/archive.ts";
import { benchFy2568 } from "./bench/fy2568.ts";
import { benchPreview } from "./bench/preview.ts";
import { printSummary, summarize, writeResults } from "./bench/report.ts";
import { say } from "./bench/tools.ts";
import { findBrowser, isHeadlessShell, systemBrowserPaths } from "./pdf/browser.ts";

/**
 * `npm run bench`: speed, measured, every goal against a baseline taken in the same run, each
 * figure printed as it is taken.
 * - FY2568 (scripts/bench/fy2568.ts): the clean build in a new process against the bare print
 *   of the same pages by the same browser binary, round after round; the build with photos and
 *   PDFs cached; the clean build through npm, through tsx and with a full Chromium.
 * - `npm run dev` (scripts/bench/preview.ts): from saving a measure to the changed page.
 * - A synthetic archive of 10 years × 150 measures (scripts/bench/archive.ts): time against
 *   measures, peak memory, browsers launched, and PDFs printed one to four at a time.
 * The medians go to bench/results.json, to compare runs.
 *
 * `npm run bench -- --quick`: one run of each, and the archive built once at its full size
 * (no fit, no PDFs-at-once series), in a few minutes; bench/results.json is left as it was.
 * Otherwise BENCH_RUNS (default 5) and BENCH_ARCHIVE_RUNS (default 3) set the rounds.
 */
const quick = process.argv.includes("--quick");
const runs = {
  fy2568: quick ? 1 : Number(process.env.BENCH_RUNS ?? 5),
  archive: quick ? 1 : Number(process.env.BENCH_ARCHIVE_RUNS ?? 3),
};
const found = findBrowser();
/** A full Chromium or Chrome beside the headless shell, to show what the shell saves. */
const full = found.shell
  ? systemBrowserPaths().find((path) => !isHeadlessShell(path) && existsSync(path))
  : undefined;
const browser = { path: found.path, full };

say(
  `ITA report benchmark${quick ? " (quick)" : ""}: browser ${browser.path}; ${runs.fy2568} run(s) of FY2568, ${runs.archive} of the archive`,
);
const work = await mkdtemp(join(tmpdir(), "ita-bench-"));
try {
  const fy = await benchFy2568(work, runs.fy2568, browser);
  const preview = await benchPreview(work, runs.fy2568);
  const archive = await benchArchive(work, runs.archive, quick);
  const summary = summarize({ browser, runs, quick, fy, preview, archive });
  printSummary(summary, full);
  if (quick) {
    say("\nQuick run: bench/results.json left as it was (run `npm run bench` for its figures)");
  } else {
    await writeResults(summary);
    say("\nFigures written to bench/results.json");
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
