import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { checkSite, publishable, type Site, type SiteCheck } from "../content/load.ts";
import { writeDataFiles } from "../data/write.ts";
import type { EvidenceView } from "../site/evidence.ts";
import { HtmlStage } from "../site/render-thread.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { BuildCache } from "./cache.ts";
import { onInterrupt } from "./interrupt.ts";
import {
  lazyPrinter,
  locateBrowser,
  type PrintedPdf,
  type PrintOptions,
  printAll,
} from "./printing.ts";
import { recoverOutput, resolveOutput } from "./publish.ts";
import { StagingRun } from "./staging-run.ts";

export { PRINT_CONCURRENCY } from "./printing.ts";

export interface BuildOptions extends PrintOptions {
  contentDir: string;
  outDir: string;
  /** Refuse to publish while any warning is left unaccepted, as CI does. */
  strict?: boolean;
  /**
   * Where PDFs and resized photos are kept between builds (`.cache/artifacts` for the CLI); a PDF
   * whose inputs did not change is reused. No cache when left out.
   */
  cacheDir?: string;
  /**
   * Where the compiled templates are kept (scripts/site/template-cache.ts): `templates.json` in
   * `cacheDir` when left out. Compiled code like the commands' bundle, it changes no output.
   */
  templatesFile?: string;
}

export interface BuildResult {
  site: Site;
  /** The content check, with the warnings that did not stop the build. */
  check: SiteCheck;
  /** Printed documents: path inside outDir, page count, milliseconds, whether the cache had it. */
  pdfs: PrintedPdf[];
  /**
   * Milliseconds: content + HTML, then PDF (including any wait for the browser, and the stages of
   * `stageMs`, which run while it prints), then all.
   */
  htmlMs: number;
  pdfMs: number;
  totalMs: number;
  /**
   * Milliseconds of the stages beside the HTML and the PDF, by name (`data`: the open-data files, `search`: the search index),
   * one after another while the PDFs print, each timed on its own, for `npm run bench`.
   */
  stageMs: Record<string, number>;
}

/**
 * Above this many measures the build collects Eleventy's garbage before printing: in the
 * 10 × 150 archive of `npm run bench` Node's peak stays near 370 MB with it.
 */
const LARGE_SITE_MEASURES = 100;

const measureCount = (site: Site) =>
  site.reports.reduce((count, report) => count + report.measures.length, 0);

/** A full garbage collection, through V8's own flag: `node --expose-gc` is not needed. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** A stage beside the HTML and the PDF: its name (for `stageMs`) and its work. */
type Stage = [string, () => Promise<unknown>];

/** The open-data files, the search index, and the browser editor where agency.yaml asks for it. */
function besideStages(
  site: Site,
  siteDir: string,
  evidence: Promise<Record<string, EvidenceView[]>>,
): Stage[] {
  const stages: Stage[] = [
    ["data", async () => writeDataFiles(site, siteDir, await evidence)],
    ["search", () => writeSearchIndex(site, siteDir)],
  ];
  // The browser editor, when agency.yaml says where it saves (scripts/editor/publish.ts).
  if (site.agency.editor) {
    stages.push([
      "editor",
      async () => (await import("../editor/publish.ts")).publishEditor(site, siteDir),
    ]);
  }
  return stages;
}

/** Runs the stages one after the other, so that each one's time in `stageMs` is its own. */
async function runInTurn(stages: Stage[], stageMs: Record<string, number>): Promise<void> {
  for (const [name, work] of stages) {
    const stageStarted = performance.now();
    await work();
    stageMs[name] = performance.now() - stageStarted;
  }
}

/**
 * The content checked, and what of it is published; after a mistake in it, the writers the build
 * started (the HTML stage's thread, the browser) are stopped before it is told.
 */
async function checkedSite(
  contentDir: string,
  options: BuildOptions,
  stopWriters: () => Promise<void>,
): Promise<{ check: SiteCheck; site: Site }> {
  try {
    const check = await checkSite(contentDir);
    return { check, site: publishable(check, { strict: options.strict }) };
  } catch (error) {
    await stopWriters();
    throw error;
  }
}

/** Where the compiled templates are kept: as asked, or in the build cache. */
const templatesFileOf = (options: BuildOptions) =>
  options.templatesFile ??
  (options.cacheDir ? join(options.cacheDir, "templates.json") : undefined);

/**
 * The whole build: content → validated data → HTML → open data → PDF, all into a staging folder
 * that replaces `outDir` only when every step succeeded. Content mistakes, then a missing browser,
 * stop it before anything is written. The browser starts while the content is checked and the
 * HTML built, unless the cache may hold every PDF: then it waits for the first one that is not.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = resolve(options.contentDir);
  const target = await resolveOutput(options.outDir, contentDir);
  // A build killed while publishing left the last complete site beside the target.
  await recoverOutput(target);
  const cache = options.cacheDir ? new BuildCache(options.cacheDir) : undefined;
  // Started now, its thread (if any) loads Eleventy while the content is checked.
  const html = new HtmlStage();
  const found = locateBrowser(options);
  const printer = lazyPrinter(options, found.location);
  /** Ends what may write into the staging folder: the HTML stage's thread and the browser. */
  const stopWriters = async () => {
    await Promise.all([html.stop(), printer.close()]);
  };
  const { check, site } = await checkedSite(contentDir, options, stopWriters);
  const browser = found.location;
  if (!browser) {
    await stopWriters();
    throw found.missing;
  }
  const run = new StagingRun(target, stopWriters);
  const stopHandling = onInterrupt(run.cleanUp);
  try {
    const siteDir = await run.createStaging();
    const evidence = run.writes(
      html.render({
        site,
        contentDir,
        siteDir,
        cacheDir: options.cacheDir,
        templatesFile: templatesFileOf(options),
      }),
    );
    // The browser starts while the HTML is built (in its own thread where there is one), unless
    // the cache may hold every PDF: then it waits for the first one that is not.
    if (!(await cache?.has("pdf"))) printer.get().catch(() => undefined);
    await evidence;
    const htmlDone = performance.now();
    // The stages beside the HTML and the PDF run while Chromium prints, when Node mostly waits.
    const stageMs: Record<string, number> = {};
    const extras = run.writes(runInTurn(besideStages(site, siteDir, evidence), stageMs));
    // A large site's pages, data and index are written first, and their memory given back
    // before the browser takes its share for printing (about 2 % of the 10 × 150 archive's
    // build, run one after the other). A full collection costs tens of milliseconds, worth it
    // only where there is much to give back.
    if (measureCount(site) > LARGE_SITE_MEASURES) {
      // The HTML stage's thread, when there is one, is ended first, and its memory with it.
      await Promise.all([extras, html.stop()]);
      collectGarbage();
    }
    const pdfs = await printAll(site, siteDir, printer.get, {
      ...options,
      cache,
      browser,
      // The browser closes (about 50 ms) while Node finishes the last PDFs.
      browserDone: () => void printer.close(),
    });
    await extras;
    await cache?.prune("pdf");
    await cache?.prune("evidence");
    const pdfDone = performance.now();
    await run.publish();
    return {
      site,
      check,
      pdfs,
      htmlMs: htmlDone - started,
      pdfMs: pdfDone - htmlDone,
      totalMs: performance.now() - started,
      stageMs,
    };
  } finally {
    await run.cleanUp();
    stopHandling();
  }
}
