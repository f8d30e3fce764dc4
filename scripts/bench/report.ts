import { mkdir, writeFile } from "node:fs/promises";
import { type ArchiveRun, linearFit } from "./archive.ts";
import type { Fy2568Runs } from "./fy2568.ts";
import { check, median, ratio, say, seconds } from "./tools.ts";

export interface BenchFigures {
  browser: { path: string; full?: string };
  runs: { fy2568: number; archive: number };
  quick: boolean;
  fy: Fy2568Runs;
  preview: { rebuild: number[]; pdfLink: number[] };
  archive: {
    points: ArchiveRun[];
    byConcurrency: Record<string, { pdfMs: number; peakMb: number }>;
    printConcurrency: number;
    /** What the stages beside HTML and PDF add to a clean whole-archive build (0.2 = 20 %). */
    stagesShare: number;
    /** Each such stage's median milliseconds on the whole archive. */
    stageMs: Record<string, number>;
  };
}

/** The medians of a run of the bench, as bench/results.json keeps them. */
export function summarize({ browser, runs, quick, fy, preview, archive }: BenchFigures) {
  const cold = median(fy.cold);
  const bare = median(fy.bare);
  const pdfStage = median(fy.pdf);
  const fit =
    archive.points.length > 1
      ? linearFit(archive.points.map((point) => ({ x: point.measures, y: point.totalMs })))
      : undefined;
  return {
    date: new Date().toISOString(),
    browser: browser.path,
    runs: { ...runs, quick },
    fy2568: {
      cleanBuildMs: cold,
      barePrintMs: bare,
      cleanBuildOverBare: cold / bare,
      cleanBuildHtmlStageMs: median(fy.coldHtml),
      cachedBuildHtmlStageMs: median(fy.warmHtml),
      cleanBuildThroughNpmMs: median(fy.npm),
      cleanBuildThroughTsxMs: median(fy.throughTsx),
      cleanBuildFullBrowserMs: browser.full ? median(fy.fullBrowser) : null,
      fullBrowser: browser.full ?? null,
      htmlStageMs: median(fy.html),
      pdfStageMs: pdfStage,
      pdfStageOverBare: pdfStage / bare,
      reusedBuildMs: median(fy.warm),
      checkMs: median(fy.check),
      nodeStartMs: median(fy.nodeStart),
      nodeTsxStartMs: median(fy.tsxStart),
      previewRebuildMs: median(preview.rebuild),
      previewPdfMs: median(preview.pdfLink),
      htmlBytes: fy.htmlBytes,
      pdfBytes: fy.pdfBytes,
    },
    archive: {
      points: archive.points,
      fit: fit ? { interceptMs: fit.intercept, msPerMeasure: fit.slope, r2: fit.r2 } : null,
      printConcurrency: archive.printConcurrency,
      byConcurrency: archive.byConcurrency,
      stagesShare: archive.stagesShare,
      stageMs: archive.stageMs,
    },
  };
}
export type BenchSummary = ReturnType<typeof summarize>;

/** The tables of medians and the goals, each with ✓ or ✗. */
export function printSummary({ fy2568: fy, archive, runs }: BenchSummary, fullBrowser?: string) {
  say(`\nFY2568 (median of ${runs.fy2568}):`);
  console.table({
    "clean build, new process": seconds(fy.cleanBuildMs),
    "  its HTML stage (photos resized)": seconds(fy.cleanBuildHtmlStageMs),
    "bare print, headless shell --print-to-pdf, both pages": seconds(fy.barePrintMs),
    "  the same through npm run build": seconds(fy.cleanBuildThroughNpmMs),
    "  the same through tsx (no bundle)": seconds(fy.cleanBuildThroughTsxMs),
    ...(fullBrowser
      ? { [`  the same with ${fullBrowser}`]: seconds(fy.cleanBuildFullBrowserMs ?? 0) }
      : {}),
    "build with photos and PDFs cached": seconds(fy.reusedBuildMs),
    "  its HTML stage (photos cached)": seconds(fy.cachedBuildHtmlStageMs),
    "build() in-process, modules loaded: HTML stage": seconds(fy.htmlStageMs),
    "build() in-process, modules loaded: PDF stage": seconds(fy.pdfStageMs),
    "npm run check, new process": seconds(fy.checkMs),
    "node doing nothing": seconds(fy.nodeStartMs),
    "node + tsx doing nothing": seconds(fy.nodeTsxStartMs),
    "npm run dev: save → page rewritten": seconds(fy.previewRebuildMs),
    "npm run dev: PDF link (fresh print)": seconds(fy.previewPdfMs),
    "HTML bytes": fy.htmlBytes,
    ...fy.pdfBytes,
  });
  say(`\nSynthetic archive, 150 measures a year (median of ${runs.archive} clean builds each):`);
  console.table(
    archive.points.map((point) => ({
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
  const settings = Object.entries(archive.byConcurrency);
  if (settings.length > 0) {
    console.table(
      Object.fromEntries(
        settings.map(([setting, { pdfMs, peakMb }]) => [
          `10 years, ${setting} PDF(s) at a time`,
          { "PDF stage": seconds(pdfMs), "peak MB, Node and Chromium": peakMb },
        ]),
      ),
    );
  }
  say("\nGoals (this machine):");
  for (const line of goals({ fy2568: fy, archive })) say(`  ${line}`);
}

function goals({ fy2568: fy, archive }: Pick<BenchSummary, "fy2568" | "archive">): string[] {
  const whole = archive.points.at(-1);
  const memoryMb = whole ? (whole.togetherPeakMb ?? whole.nodePeakMb) : 0;
  const { fit } = archive;
  // The build's setting should be the fastest that stays under 1 GB, or within 5% of it: fewer
  // pages open at once hold less memory.
  const settings: Record<string, { pdfMs: number; peakMb: number }> = archive.byConcurrency;
  const underOneGb = Object.values(settings).filter((setting) => setting.peakMb < 1024);
  const fastest = Math.min(...underOneGb.map((setting) => setting.pdfMs));
  const own = settings[String(archive.printConcurrency)];
  const ownIsBest = own !== undefined && own.peakMb < 1024 && own.pdfMs <= fastest * 1.05;
  const cold = fy.cleanBuildMs;
  return [
    `FY2568 clean build ${seconds(cold)} / bare print ${seconds(fy.barePrintMs)} = ${ratio(cold, fy.barePrintMs)} (≤ 1.5×) ${check(fy.cleanBuildOverBare <= 1.5)}`,
    `FY2568 HTML stage with photos cached ${seconds(fy.cachedBuildHtmlStageMs)} (< 0.3 s) ${check(fy.cachedBuildHtmlStageMs < 300)}`,
    `FY2568 clean build ${seconds(cold)} (< 2 s) ${check(cold < 2000)}`,
    `PDF stage / bare print ${ratio(fy.pdfStageMs, fy.barePrintMs)} (≤ 1.3×) ${check(fy.pdfStageOverBare <= 1.3)}`,
    fit
      ? `archive time = ${(fit.interceptMs / 1000).toFixed(2)} s + ${fit.msPerMeasure.toFixed(2)} ms × measures, R² = ${fit.r2.toFixed(4)} (linear: R² ≥ 0.99) ${check(fit.r2 >= 0.99)}`
      : "archive fit: needs the full bench (several sizes)",
    `10-year archive peak memory, Node and Chromium at the same moment: ${memoryMb} MB (< 1024 MB) ${check(memoryMb < 1024)}`,
    `  (each at its own peak: Node ${whole?.nodePeakMb ?? "n/a"} MB, Chromium ${whole?.chromiumPeakMb ?? "n/a"} MB)`,
    `10-year archive: ${stageList(archive.stageMs)} add ${(archive.stagesShare * 100).toFixed(1)} % to a clean build (< 20 %) ${check(archive.stagesShare < 0.2)}`,
    `browsers launched per archive build: ${whole?.browserLaunches ?? "n/a"} (1) ${check(whole?.browserLaunches === 1)}`,
    whole
      ? `10-year archive search index file: ${(whole.searchBytes / 1024 / 1024).toFixed(1)} MB`
      : "search index: needs the archive",
    own
      ? `PDFs at once: ${archive.printConcurrency} (the build's setting) within 5% of the fastest under 1 GB ${check(ownIsBest)}`
      : "PDFs at once: needs the full bench",
    `preview rebuild after a save ${seconds(fy.previewRebuildMs)} (< 300 ms) ${check(fy.previewRebuildMs < 300)}`,
    `PDF reuse: cached build ${seconds(fy.reusedBuildMs)} vs clean ${seconds(cold)}, saves ${seconds(cold - fy.reusedBuildMs)}`,
    `FY2568 PDFs ${(totalBytes(fy.pdfBytes) / 1024).toFixed(0)} KB (< 1 MB) ${check(totalBytes(fy.pdfBytes) < 1024 * 1024)}`,
  ];
}

/** "data 0.12 s, search 0.30 s": the stages beside HTML and PDF, as the goal names them. */
const stageList = (stageMs: Record<string, number>) =>
  Object.entries(stageMs)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(", ") || "no extra stage";

const totalBytes = (sizes: Record<string, number>) =>
  Object.values(sizes).reduce((sum, size) => sum + size, 0);

export async function writeResults(summary: BenchSummary): Promise<void> {
  await mkdir("bench", { recursive: true });
  await writeFile("bench/results.json", `${JSON.stringify(summary, null, 2)}\n`);
}
