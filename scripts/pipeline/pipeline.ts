import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { checkSite, publishable, type Site, type SiteCheck } from "../content/load.ts";
import { findBrowser } from "../pdf/browser.ts";
import { printedDocuments } from "../pdf/documents.ts";
import { PdfPrinter, pdfPageCount, printerFingerprint } from "../pdf/printer.ts";
import { prepareImages } from "../site/evidence.ts";
import { BuildCache } from "./cache.ts";
import { printInputs } from "./inputs.ts";
import { onInterrupt } from "./interrupt.ts";
import { assertNoLinks, createStaging, publish, recoverOutput, resolveOutput } from "./publish.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** A printer to reuse (tests print many builds with one browser); launched here otherwise. */
  printer?: PdfPrinter;
  timeoutMs?: number;
  /** Refuse to publish while any warning is left unaccepted, as CI does. */
  strict?: boolean;
  /**
   * Where PDFs and resized photos are kept between builds (`.cache/artifacts` for the CLI); a PDF
   * whose inputs did not change is reused. No cache when left out.
   */
  cacheDir?: string;
  /** How many PDFs print at once in the one browser (measured by `npm run bench`). */
  concurrency?: number;
}

export interface BuildResult {
  site: Site;
  /** The content check, with the warnings that did not stop the build. */
  check: SiteCheck;
  /** Printed documents: path inside outDir, page count, milliseconds, whether the cache had it. */
  pdfs: { path: string; pages: number; ms: number; reused: boolean }[];
  /** Milliseconds: content + HTML, then PDF (including any wait for the browser), then all. */
  htmlMs: number;
  pdfMs: number;
  totalMs: number;
}

/**
 * Two PDFs at once. On 2 cores (`npm run bench`, 10 × 150 measures) one at a time took 25.7 s,
 * two 16.2 s, three or four 16.1–16.5 s but with 1 GB of memory or more, Chromium's pages open.
 */
export const PRINT_CONCURRENCY = 2;

/**
 * Runs `task` on every item, at most `limit` at a time; results in the items' order. After a
 * failure no new item starts, the running ones finish, and the first error is thrown: nothing
 * keeps printing into a folder the build is about to remove.
 */
async function mapConcurrent<Item, Result>(
  items: Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as Item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** A full garbage collection, through V8's own flag: `node --expose-gc` is not needed. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/**
 * The whole build: content → validated data → HTML → PDF, all into a staging folder that
 * replaces `outDir` only when every step succeeded. Content mistakes, then a missing browser, stop
 * it before anything is written; the browser then starts while the HTML is built, unless the
 * cache may hold every PDF.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = resolve(options.contentDir);
  const target = await resolveOutput(options.outDir, contentDir);
  // A build killed while publishing left the last complete site beside the target.
  await recoverOutput(target);
  const check = await checkSite(contentDir);
  const site = publishable(check, { strict: options.strict });
  // A missing browser stops the build before anything is written.
  const browser = options.printer?.location ?? findBrowser();
  const cache = options.cacheDir ? new BuildCache(options.cacheDir) : undefined;
  let printerReady: Promise<PdfPrinter> | undefined;
  const printer = () => {
    printerReady ??= options.printer
      ? Promise.resolve(options.printer)
      : PdfPrinter.launch(browser);
    return printerReady;
  };
  let staging: string | undefined;
  // A stop while the folders are being swapped waits for the swap: it takes milliseconds, and
  // half of it would leave no published site.
  let publishing: Promise<boolean> | undefined;
  // What writes into the staging folder; on Ctrl+C it is let finish before the folder goes, or
  // it would make the folder again as it writes.
  const writing: Promise<unknown>[] = [];
  const cleanUp = async () => {
    // The browser first: it stops printing into the folder about to go.
    if (printerReady && !options.printer) {
      await printerReady.then((launched) => launched.close()).catch(() => undefined);
    }
    await Promise.allSettled(writing);
    const published = await publishing?.catch(() => false);
    // Eleventy may still be copying into it after its first failure (a full disk): retry while
    // files appear, and never let the clean-up hide the error that stopped the build. What is
    // left is removed by the next build (recoverOutput).
    if (staging && !published) {
      await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }).catch(
        () => undefined,
      );
    }
  };
  const stopHandling = onInterrupt(cleanUp);
  try {
    // Started now, Chromium's launch overlaps the HTML stage; with PDFs in the cache it may not
    // be needed at all, so it waits for the first one that is not.
    if (!(await cache?.has("pdf"))) printer().catch(() => undefined);
    staging = await createStaging(target);
    const siteDir = staging;
    // Photos are resized while Eleventy loads (a quarter second), which overlaps the browser's
    // start-up in turn.
    const evidence = prepareImages(site, siteDir, options.cacheDir);
    evidence.catch(() => undefined);
    const { renderSite } = await import("../site/render-site.ts");
    const html = renderSite(site, contentDir, siteDir, evidence);
    writing.push(evidence, html);
    await html;
    // The browser editor, when agency.yaml says where it saves (scripts/editor/publish.ts).
    if (site.agency.editor)
      await (await import("../editor/publish.ts")).publishEditor(site, siteDir);
    const htmlDone = performance.now();
    // Eleventy's pages are written and no longer needed: give their memory back before the
    // browser takes its share for printing.
    collectGarbage();
    const fingerprint = cache ? await printerFingerprint(browser) : "";
    const inputsOf = printInputs(siteDir);
    const pdfs = await mapConcurrent(
      printedDocuments(site),
      options.concurrency ?? PRINT_CONCURRENCY,
      async (document) => {
        const printStarted = performance.now();
        const outFile = join(siteDir, document.path);
        const key = cache
          ? `${await inputsOf(document.pagePath, `${fingerprint} ${JSON.stringify(document.metadata)}`)}.pdf`
          : "";
        // A cached PDF that cannot be read back is forgotten and printed again.
        const cachedPages =
          cache && (await cache.restore("pdf", key, outFile))
            ? await pdfPageCount(outFile).catch(() =>
                cache.forget("pdf", key).then(() => undefined),
              )
            : undefined;
        const pages =
          cachedPages ??
          (
            await (
              await printer()
            ).print({
              siteDir,
              pagePath: document.pagePath,
              outFile,
              metadata: document.metadata,
              timeoutMs: options.timeoutMs,
            })
          ).pages;
        if (cache && cachedPages === undefined) await cache.store("pdf", key, outFile);
        const reused = cachedPages !== undefined;
        return { path: document.path, pages, ms: performance.now() - printStarted, reused };
      },
    );
    await cache?.prune("pdf");
    await cache?.prune("evidence");
    const pdfDone = performance.now();
    await assertNoLinks(staging);
    publishing = publish(staging, target).then(() => true);
    publishing.catch(() => undefined);
    await publishing;
    staging = undefined;
    return {
      site,
      check,
      pdfs,
      htmlMs: htmlDone - started,
      pdfMs: pdfDone - htmlDone,
      totalMs: performance.now() - started,
    };
  } finally {
    await cleanUp();
    stopHandling();
  }
}
