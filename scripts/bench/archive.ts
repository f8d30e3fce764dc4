import { cp, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { PRINT_CONCURRENCY } from "../pipeline/pipeline.ts";
import { writeSyntheticArchive } from "./synthetic-archive.ts";
import { median, say, seconds, tsx } from "./tools.ts";

/** What scripts/bench/archive-build.ts prints for one clean build of an archive. */
export interface ArchiveRun {
  measures: number;
  totalMs: number;
  htmlMs: number;
  pdfMs: number;
  /** The stages beside HTML and PDF, by name (BuildResult.stageMs): open data, search index. */
  stageMs: Record<string, number>;
  pdfs: number;
  pages: number;
  nodePeakMb: number;
  chromiumPeakMb: number | null;
  togetherPeakMb: number | null;
  browserLaunches: number | null;
  htmlBytes: number;
  pdfBytesByYear: Record<string, number>;
  /** The size of the search index file (scripts/site/search-index.ts); its time is in stageMs. */
  searchBytes: number;
}

/** Years of the archive built for the straight-line fit; the quick bench builds only all ten. */
const SIZES = [1, 2, 5, 10];
const QUICK_SIZES = [10];
/** PDFs printed at once, tried on the whole archive (not in the quick bench). */
const SETTINGS = [1, 2, 3, 4];

/**
 * What the stages beside HTML and PDF (open data, search index) add to a clean build: their
 * time over the rest of the build's, median over the runs.
 * @example stagesShare([{ totalMs: 1200, stageMs: { data: 200 } }]) // => 0.2
 */
export function stagesShare(runs: Pick<ArchiveRun, "totalMs" | "stageMs">[]): number {
  const shares = runs.map(({ totalMs, stageMs }) => {
    const added = Object.values(stageMs ?? {}).reduce((sum, ms) => sum + ms, 0);
    return added / (totalMs - added);
  });
  return median(shares);
}

/** The run with the median total time. */
function medianRun(runs: ArchiveRun[]): ArchiveRun {
  const middle = [...runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(runs.length / 2)];
  if (!middle) throw new Error("no archive run");
  return middle;
}

/** The archive cut to its newest `count` years, as its own content folder. */
async function firstYears(work: string, archiveDir: string, years: number[], count: number) {
  if (count === years.length) return archiveDir;
  const dir = join(work, `archive-${count}`);
  await mkdir(dir, { recursive: true });
  await cp(join(archiveDir, "agency.yaml"), join(dir, "agency.yaml"));
  for (const year of years.slice(0, count)) {
    await cp(join(archiveDir, String(year)), join(dir, String(year)), { recursive: true });
  }
  return dir;
}

/** One clean build in a process of its own; PDFs at once as the build sets it unless given. */
async function archiveBuild(work: string, content: string, label: string, concurrency?: number) {
  process.stdout.write(`  ${label} … `);
  const out = join(work, `archive-out-${Math.random().toString(36).slice(2)}`);
  const args = [content, out, String(concurrency ?? "")];
  const { stdout } = await tsx("scripts/bench/archive-build.ts", ...args);
  await rm(out, { recursive: true, force: true });
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as ArchiveRun;
  const memory = result.togetherPeakMb ?? result.nodePeakMb;
  const stages = Object.entries(result.stageMs ?? {})
    .map(([name, ms]) => `, ${name} ${seconds(ms)}`)
    .join("");
  say(
    `${seconds(result.totalMs)} (HTML ${seconds(result.htmlMs)}${stages}, PDF ${seconds(result.pdfMs)}, ${result.pages} pages, peak ${memory} MB)`,
  );
  return result;
}

/** Each setting of PDFs at once: its median PDF stage and its highest peak. */
const byConcurrencyOf = (atOnce: Map<number, ArchiveRun[]>) =>
  Object.fromEntries(
    [...atOnce].map(([setting, settingRuns]) => [
      setting,
      {
        pdfMs: median(settingRuns.map((one) => one.pdfMs)),
        peakMb: Math.max(...settingRuns.map((one) => one.togetherPeakMb ?? one.nodePeakMb)),
      },
    ]),
  );

/**
 * The synthetic archive (10 years × 150 measures, scripts/bench/synthetic-archive.ts): clean
 * builds of its newest 1, 2, 5 and 10 years for the fit of time against measures, with memory
 * and browsers launched, then the whole archive printed one to four PDFs at a time. Each size
 * and setting in turn, round after round, so that a slow spell falls on all alike.
 */
export async function benchArchive(work: string, runs: number, quick: boolean) {
  const archiveDir = join(work, "archive");
  const years = await writeSyntheticArchive(archiveDir, { years: 10, measures: 150 });
  const sizes = quick ? QUICK_SIZES : SIZES;
  const sizeContent = new Map<number, string>();
  for (const count of sizes) {
    sizeContent.set(count, await firstYears(work, archiveDir, years, count));
  }
  const sizeRuns = new Map<number, ArchiveRun[]>(sizes.map((count) => [count, []]));
  say("\nSynthetic archive, 150 measures a year: clean builds, each in a process of its own");
  for (let round = 0; round < runs; round++) {
    for (const count of sizes) {
      const label = `round ${round + 1} of ${runs}: ${count} year(s), ${count * 150} measures`;
      sizeRuns.get(count)?.push(await archiveBuild(work, sizeContent.get(count) ?? "", label));
    }
  }
  const points = sizes.map((count) => medianRun(sizeRuns.get(count) ?? []));

  const atOnce = new Map<number, ArchiveRun[]>(SETTINGS.map((setting) => [setting, []]));
  if (!quick) {
    say("\nThe whole archive, printing one to four PDFs at a time");
    for (let round = 0; round < runs; round++) {
      for (const setting of SETTINGS) {
        const label = `round ${round + 1} of ${runs}: ${setting} PDF(s) at a time`;
        atOnce.get(setting)?.push(await archiveBuild(work, archiveDir, label, setting));
      }
    }
  }
  const byConcurrency = quick ? {} : byConcurrencyOf(atOnce);
  // The cost goal is on a clean build of the whole archive: the largest size.
  const whole = sizeRuns.get(sizes.at(-1) ?? 10) ?? [];
  return {
    points,
    byConcurrency,
    printConcurrency: PRINT_CONCURRENCY,
    stagesShare: stagesShare(whole),
    stageMs: Object.fromEntries(
      Object.keys(whole[0]?.stageMs ?? {}).map((name) => [
        name,
        median(whole.map((run) => run.stageMs[name] ?? 0)),
      ]),
    ),
  };
}

/** Least squares: time = intercept + slope × measures, and how well the line fits (R²). */
export function linearFit(points: { x: number; y: number }[]) {
  const n = points.length;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  const sxy = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const sxx = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, p) => sum + (p.y - intercept - slope * p.x) ** 2, 0);
  const total = points.reduce((sum, point) => sum + (point.y - meanY) ** 2, 0);
  return { slope, intercept, r2: 1 - residual / total };
}
