import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { bundledEntry, setCommandFlags, useBundle } from "../bundle.mjs";
import { build } from "../pipeline/pipeline.ts";
import { SEARCH_INDEX_PATH } from "../site/search-index.ts";
import { bytesOf } from "./tools.ts";

/**
 * One clean build of an archive, run by `npm run bench` in a process of its own so its memory is
 * its own: prints the figures as JSON. Arguments: content folder, output folder, and how many
 * PDFs print at once (the build's own setting when left out).
 * Chromium's memory is the sum of the proportional set size (PSS: shared pages divided among
 * the processes sharing them, so the sum is real memory) of every browser process this process
 * started, sampled every 100 ms (Linux /proc; elsewhere it reports null).
 */
const [contentDir = "", outDir = "", concurrency = ""] = process.argv.slice(2);

// The build as `npm run build` runs it: with the commands' V8 flags, and the HTML stage in the
// bundle's worker thread, whose memory goes when the pages are written.
setCommandFlags();
const entry = await bundledEntry("build");
if (entry) useBundle(entry);

/** Every process, from /proc: pid → parent pid and command name. */
async function processTree() {
  const processes = new Map<number, { parent: number; command: string }>();
  for (const name of await readdir("/proc").catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, "utf8").catch(() => "");
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    const command = /^Name:\s+(.+)$/m.exec(status)?.[1] ?? "";
    processes.set(Number(name), { parent, command });
  }
  return processes;
}

let chromiumPeakKb: number | null = null;
/** The most the build held at one moment: Node's resident memory plus Chromium's PSS. */
let togetherPeakKb = 0;
const browsers = new Set<number>();
async function sample() {
  const processes = await processTree();
  if (processes.size === 0) return;
  const under = (pid: number): boolean => {
    for (let at = processes.get(pid)?.parent; at; at = processes.get(at)?.parent) {
      if (at === process.pid) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, { parent, command }] of processes) {
    if (!/chrom/i.test(command) || !under(pid)) continue;
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8").catch(() => "");
    total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    // A browser's main process is the one started by this process itself.
    if (parent === process.pid) browsers.add(pid);
  }
  chromiumPeakKb = Math.max(chromiumPeakKb ?? 0, total);
  togetherPeakKb = Math.max(togetherPeakKb, total + process.memoryUsage().rss / 1024);
}
const sampler = setInterval(() => void sample(), 100);

const result = await build({
  contentDir,
  outDir,
  concurrency: concurrency ? Number(concurrency) : undefined,
});
clearInterval(sampler);

const pdfBytesByYear: Record<string, number> = {};
for (const pdf of result.pdfs) {
  const year = pdf.path.split("/")[0] ?? "";
  pdfBytesByYear[year] = (pdfBytesByYear[year] ?? 0) + (await stat(join(outDir, pdf.path))).size;
}
const mb = (kb: number) => Math.round(kb / 1024);
console.log(
  JSON.stringify({
    measures: result.site.reports.reduce((sum, report) => sum + report.measures.length, 0),
    totalMs: result.totalMs,
    htmlMs: result.htmlMs,
    pdfMs: result.pdfMs,
    stageMs: result.stageMs,
    pdfs: result.pdfs.length,
    pages: result.pdfs.reduce((sum, pdf) => sum + pdf.pages, 0),
    nodePeakMb: mb(process.resourceUsage().maxRSS),
    chromiumPeakMb: chromiumPeakKb === null ? null : mb(chromiumPeakKb),
    togetherPeakMb: chromiumPeakKb === null ? null : mb(togetherPeakKb),
    browserLaunches: chromiumPeakKb === null ? null : browsers.size,
    htmlBytes: await bytesOf(outDir, (name) => name.endsWith(".html")),
    pdfBytesByYear,
    searchBytes: (await stat(join(outDir, SEARCH_INDEX_PATH))).size,
  }),
);
