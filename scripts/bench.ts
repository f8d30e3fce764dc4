import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { writeSyntheticArchive } from "./bench/synthetic-archive.ts";
import { findBrowser, isHeadlessShell, systemBrowserPaths } from "./pdf/browser.ts";
import { build, PRINT_CONCURRENCY } from "./pipeline/pipeline.ts";

/**
 * `npm run bench`: speed, measured, with every goal compared to a baseline taken in the same run.
 * - FY2568: a clean build in a new process, split into the HTML and PDF stages; the PDF stage
 *   against a bare `chromium --headless --print-to-pdf` of the same page; the same build again
 *   with the PDF cache filled, to show what reuse saves. Beside it, the same clean build as it
 *   ran before: through tsx instead of the bundle (scripts/run.mjs), and with a full Chromium
 *   instead of the headless shell when one is installed.
 * - `npm run check` against Node starting and doing nothing.
 * - `npm run dev`: from saving a measure to the preview serving the changed page; a PDF link.
 * - A synthetic archive (scripts/bench/synthetic-archive.ts, 10 years × 150 measures) built
 *   at 1, 2, 5 and 10 years for the straight-line fit of time against measures, with the peak
 *   memory of Node and of Chromium, the number of browsers launched, and the PDFs printed one,
 *   two or three at a time.
 * The figures are also written to bench/results.json, to compare runs.
 * Runs: BENCH_RUNS (default 5) for FY2568, BENCH_ARCHIVE_RUNS (default 3) for the archive.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARCHIVE_RUNS = Number(process.env.BENCH_ARCHIVE_RUNS ?? 3);
const run = promisify(execFile);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const check = (pass: boolean) => (pass ? "✓" : "✗");

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

const work = await mkdtemp(join(tmpdir(), "ita-bench-"));
const browser = findBrowser();
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", script, ...args], { maxBuffer: 64 * 1024 * 1024 });
/** A command as `npm run <command>` runs it, without npm's own start-up. */
const command = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, ["scripts/run.mjs", name, ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
/** A full Chromium or Chrome beside the headless shell, to show what the shell saves. */
const fullBrowser = browser.shell
  ? systemBrowserPaths().find((path) => !isHeadlessShell(path) && existsSync(path))
  : undefined;

/** Bytes of the files under a folder that pass `test`. */
async function bytesOf(dir: string, test: (name: string) => boolean): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter(test);
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

// FY2568 ---------------------------------------------------------------------------------------
const fy = {
  cold: [] as number[],
  warm: [] as number[],
  html: [] as number[],
  pdf: [] as number[],
  bare: [] as number[],
  check: [] as number[],
  nodeStart: [] as number[],
  tsxStart: [] as number[],
  throughTsx: [] as number[],
  fullBrowser: [] as number[],
  npm: [] as number[],
};
const warmCache = join(work, "warm-cache");
await command("build", ["--out", join(work, "warm-up"), "--cache", warmCache]);
let fySizes = { htmlBytes: 0, pdfBytes: {} as Record<string, number> };
for (let round = 0; round < RUNS; round++) {
  const out = join(work, `dist-${round}`);
  // As a clerk runs it: a new process, Node and tsx start-up included, nothing cached.
  fy.cold.push(await timed(() => command("build", ["--out", join(out, "cold"), "--cache", ""])));
  fy.warm.push(
    await timed(() => command("build", ["--out", join(out, "warm"), "--cache", warmCache])),
  );
  fy.npm.push(
    await timed(() =>
      run("npm", ["run", "--silent", "build", "--", "--out", join(out, "npm"), "--cache", ""]),
    ),
  );
  fy.throughTsx.push(
    await timed(() => tsx("scripts/build.ts", "--out", join(out, "tsx"), "--cache", "")),
  );
  if (fullBrowser) {
    fy.fullBrowser.push(
      await timed(() =>
        command("build", ["--out", join(out, "full"), "--cache", ""], {
          PUPPETEER_EXECUTABLE_PATH: fullBrowser,
        }),
      ),
    );
  }
  fy.check.push(await timed(() => command("check", [])));
  fy.nodeStart.push(await timed(() => run(process.execPath, ["-e", ""])));
  fy.tsxStart.push(await timed(() => run(process.execPath, ["--import", "tsx", "-e", ""])));
  const result = await build({ contentDir: "content", outDir: join(out, "api") });
  fy.html.push(result.htmlMs);
  fy.pdf.push(result.pdfMs);
  const pdfBytes: Record<string, number> = {};
  for (const pdf of result.pdfs) pdfBytes[pdf.path] = (await stat(join(out, "api", pdf.path))).size;
  fySizes = {
    htmlBytes: await bytesOf(join(out, "api"), (name) => name.endsWith(".html")),
    pdfBytes,
  };
  // The same pages Chromium prints for the build, each printed bare.
  fy.bare.push(
    await timed(async () => {
      for (const page of ["2568/index.html", "2568/plan/index.html"]) {
        await run(browser.path, [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--no-pdf-header-footer",
          `--print-to-pdf=${join(out, "bare.pdf")}`,
          pathToFileURL(join(out, "api", page)).href,
        ]);
      }
    }),
  );
}

// The live preview -------------------------------------------------------------------------------
/** Asks until `done` says yes; the time it took. */
async function until(ask: () => Promise<boolean>, limitMs = 20_000): Promise<number> {
  const started = performance.now();
  while (!(await ask().catch(() => false))) {
    if (performance.now() - started > limitMs) throw new Error("the preview did not answer");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

async function previewTimings() {
  const content = join(work, "preview-content");
  await cp("content", content, { recursive: true });
  const port = 8700 + Math.floor(Math.random() * 200);
  const base = `http://localhost:${port}`;
  const dev = spawn(
    process.execPath,
    ["scripts/run.mjs", "dev", "--content", content, "--port", String(port)],
    { detached: true, stdio: "ignore" },
  );
  const rebuild: number[] = [];
  const pdfLink: number[] = [];
  try {
    await until(() => fetch(`${base}/`).then((response) => response.ok), 60_000);
    const file = join(content, "2568/measures/01-ethics-training.md");
    const original = await readFile(file, "utf8");
    for (let round = 0; round < RUNS; round++) {
      const marker = `รอบที่${round}`;
      await writeFile(file, original.replace("title: ", `title: ${marker} `));
      rebuild.push(
        await until(() =>
          fetch(`${base}/2568/measures/01-ethics-training/`)
            .then((response) => response.text())
            .then((html) => html.includes(marker)),
        ),
      );
      pdfLink.push(
        await timed(() =>
          fetch(`${base}/2568/ita-2568-muangkong.pdf`).then((response) => response.arrayBuffer()),
        ),
      );
    }
  } finally {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  }
  return { rebuild, pdfLink };
}
const preview = await previewTimings();

// The synthetic archive --------------------------------------------------------------------------
interface ArchiveRun {
  measures: number;
  totalMs: number;
  htmlMs: number;
  pdfMs: number;
  pdfs: number;
  pages: number;
  nodePeakMb: number;
  chromiumPeakMb: number | null;
  togetherPeakMb: number | null;
  browserLaunches: number | null;
  htmlBytes: number;
  pdfBytesByYear: Record<string, number>;
}

const archiveDir = join(work, "archive");
const years = await writeSyntheticArchive(archiveDir, { years: 10, measures: 150 });

/** The archive cut to its newest `count` years, as its own content folder. */
async function firstYears(count: number): Promise<string> {
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
async function archiveBuild(content: string, concurrency?: number): Promise<ArchiveRun> {
  const out = join(work, `archive-out-${Math.random().toString(36).slice(2)}`);
  const { stdout } = await tsx(
    "scripts/bench/archive-build.ts",
    content,
    out,
    String(concurrency ?? ""),
  );
  await rm(out, { recursive: true, force: true });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as ArchiveRun;
}

// Each size in turn, round after round, so that a slow spell of this machine falls on all alike.
const SIZES = [1, 2, 5, 10];
const sizeContent = new Map<number, string>();
for (const count of SIZES) sizeContent.set(count, await firstYears(count));
const sizeRuns = new Map<number, ArchiveRun[]>(SIZES.map((count) => [count, []]));
for (let round = 0; round < ARCHIVE_RUNS; round++) {
  for (const count of SIZES) {
    sizeRuns.get(count)?.push(await archiveBuild(sizeContent.get(count) ?? ""));
  }
}
/** For each size, the run with the median total time. */
const fitPoints = SIZES.map((count) => {
  const runs = [...(sizeRuns.get(count) ?? [])].sort((a, b) => a.totalMs - b.totalMs);
  const middle = runs[Math.floor(runs.length / 2)];
  if (!middle) throw new Error("no archive run");
  return middle;
});
const fullMedian = fitPoints.at(-1) as ArchiveRun;
// PDFs at once: each setting in turn, round after round, so that a slow spell of this machine
// falls on all of them alike.
const SETTINGS = [1, 2, 3, 4];
const atOnce = new Map<number, ArchiveRun[]>(SETTINGS.map((setting) => [setting, []]));
for (let round = 0; round < ARCHIVE_RUNS; round++) {
  for (const setting of SETTINGS)
    atOnce.get(setting)?.push(await archiveBuild(archiveDir, setting));
}
const byConcurrency = Object.fromEntries(
  [...atOnce].map(([setting, runs]) => [
    setting,
    {
      pdfMs: median(runs.map((run) => run.pdfMs)),
      peakMb: Math.max(...runs.map((run) => run.togetherPeakMb ?? run.nodePeakMb)),
    },
  ]),
);
await rm(work, { recursive: true, force: true });

/** Least squares: time = intercept + slope × measures, and how well the line fits (R²). */
function linearFit(points: { x: number; y: number }[]) {
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
const line = linearFit(fitPoints.map((point) => ({ x: point.measures, y: point.totalMs })));

// Report ---------------------------------------------------------------------------------------
const cold = median(fy.cold);
const warm = median(fy.warm);
const pdfStage = median(fy.pdf);
const bare = median(fy.bare);
const rebuild = median(preview.rebuild);
const fyPdfBytes = Object.values(fySizes.pdfBytes).reduce((sum, size) => sum + size, 0);
const memoryMb = fullMedian.togetherPeakMb ?? fullMedian.nodePeakMb;
// The build's setting should be the fastest that stays under 1 GB, or within 5% of it: fewer
// pages open at once hold less memory.
const underOneGb = Object.values(byConcurrency).filter((setting) => setting.peakMb < 1024);
const fastest = Math.min(...underOneGb.map((setting) => setting.pdfMs));
const ownSetting = byConcurrency[PRINT_CONCURRENCY];
const settingIsBest =
  ownSetting !== undefined && ownSetting.peakMb < 1024 && ownSetting.pdfMs <= fastest * 1.05;

console.log(
  `ITA report benchmark (browser: ${browser.path}; ${RUNS} runs FY2568, ${ARCHIVE_RUNS} archive)`,
);
console.log("\nFY2568 (median):");
console.table({
  "clean build, new process": seconds(cold),
  "  the same through npm run build": seconds(median(fy.npm)),
  "  the same through tsx (no bundle)": seconds(median(fy.throughTsx)),
  ...(fullBrowser ? { [`  the same with ${fullBrowser}`]: seconds(median(fy.fullBrowser)) } : {}),
  "HTML stage (content + Eleventy + photos)": seconds(median(fy.html)),
  "PDF stage (report + plan)": seconds(pdfStage),
  "bare chromium --print-to-pdf, both pages": seconds(bare),
  "build with unchanged PDFs reused": seconds(warm),
  "npm run check, new process": seconds(median(fy.check)),
  "node doing nothing": seconds(median(fy.nodeStart)),
  "node + tsx doing nothing": seconds(median(fy.tsxStart)),
  "npm run dev: save → page rewritten": seconds(rebuild),
  "npm run dev: PDF link (fresh print)": seconds(median(preview.pdfLink)),
  "HTML bytes": fySizes.htmlBytes,
  ...Object.fromEntries(Object.entries(fySizes.pdfBytes).map(([path, size]) => [path, size])),
});
console.log(
  `\nSynthetic archive, 150 measures a year (median of ${ARCHIVE_RUNS} clean builds each):`,
);
console.table(
  fitPoints.map((point) => ({
    measures: point.measures,
    total: seconds(point.totalMs),
    HTML: seconds(point.htmlMs),
    PDF: seconds(point.pdfMs),
    pages: point.pages,
    "ms per PDF page": (point.pdfMs / point.pages).toFixed(1),
    "Node peak MB": point.nodePeakMb,
    "Chromium peak MB (PSS)": point.chromiumPeakMb,
    "both at once, peak MB": point.togetherPeakMb,
    browsers: point.browserLaunches,
  })),
);
console.table(
  Object.fromEntries(
    Object.entries(byConcurrency).map(([setting, { pdfMs, peakMb }]) => [
      `10 years, ${setting} PDF(s) at a time`,
      { "PDF stage": seconds(pdfMs), "peak MB, Node and Chromium": peakMb },
    ]),
  ),
);
console.log(`\nGoals (this machine):
  FY2568 clean build ${seconds(cold)} (< 2 s) ${check(cold < 2000)}
  PDF stage / bare Chromium ${ratio(pdfStage, bare)} (≤ 1.3×) ${check(pdfStage / bare <= 1.3)}
  archive time = ${(line.intercept / 1000).toFixed(2)} s + ${line.slope.toFixed(2)} ms × measures, R² = ${line.r2.toFixed(4)} (linear: R² ≥ 0.99) ${check(line.r2 >= 0.99)}
  10-year archive peak memory, Node and Chromium at the same moment: ${memoryMb} MB (< 1024 MB) ${check(memoryMb < 1024)}
    (each at its own peak: Node ${fullMedian.nodePeakMb} MB, Chromium ${fullMedian.chromiumPeakMb ?? "n/a"} MB)
  browsers launched per archive build: ${fullMedian.browserLaunches ?? "n/a"} (1) ${check(fullMedian.browserLaunches === 1)}
  PDFs at once: ${PRINT_CONCURRENCY} (the build's setting) within 5% of the fastest under 1 GB ${check(settingIsBest)}
  preview rebuild after a save ${seconds(rebuild)} (< 300 ms) ${check(rebuild < 300)}
  PDF reuse: unchanged build ${seconds(warm)} vs clean ${seconds(cold)}, saves ${seconds(cold - warm)}
  FY2568 PDFs ${(fyPdfBytes / 1024).toFixed(0)} KB (< 1 MB) ${check(fyPdfBytes < 1024 * 1024)}`);

await mkdir("bench", { recursive: true });
await writeFile(
  "bench/results.json",
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      browser: browser.path,
      runs: { fy2568: RUNS, archive: ARCHIVE_RUNS },
      fy2568: {
        cleanBuildMs: cold,
        cleanBuildThroughNpmMs: median(fy.npm),
        cleanBuildThroughTsxMs: median(fy.throughTsx),
        cleanBuildFullBrowserMs: fullBrowser ? median(fy.fullBrowser) : null,
        fullBrowser: fullBrowser ?? null,
        htmlStageMs: median(fy.html),
        pdfStageMs: pdfStage,
        barePrintMs: bare,
        pdfStageOverBare: pdfStage / bare,
        reusedBuildMs: warm,
        checkMs: median(fy.check),
        nodeStartMs: median(fy.nodeStart),
        nodeTsxStartMs: median(fy.tsxStart),
        previewRebuildMs: rebuild,
        previewPdfMs: median(preview.pdfLink),
        ...fySizes,
      },
      archive: {
        points: fitPoints,
        fit: { interceptMs: line.intercept, msPerMeasure: line.slope, r2: line.r2 },
        printConcurrency: PRINT_CONCURRENCY,
        byConcurrency,
      },
    },
    null,
    2,
  )}\n`,
);
console.log("\nFigures written to bench/results.json");
