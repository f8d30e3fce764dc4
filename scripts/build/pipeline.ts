import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PDFDocument } from "pdf-lib";
import { checkSite, publishable, type Site, type SiteCheck } from "../content/load.ts";
import { findBrowser } from "../pdf/browser.ts";
import { PdfPrinter } from "../pdf/printer.ts";
import { prepareEvidence } from "../site/evidence.ts";
import { BuildCache } from "./cache.ts";
import { printedDocuments } from "./documents.ts";
import { printInputsHash } from "./inputs.ts";
import { createStaging, publish, resolveOutput } from "./publish.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** A printer to reuse (tests print many builds with one browser); launched here otherwise. */
  printer?: PdfPrinter;
  timeoutMs?: number;
  /** Refuse to publish while any warning is left unaccepted, as CI does. */
  strict?: boolean;
  /**
   * Where PDFs and resized photos are kept between builds (`.cache/build` for the CLI); a PDF
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

/** Two PDFs at once: measured on 2 cores by `npm run bench`, see its concurrency figures. */
const DEFAULT_CONCURRENCY = 2;

/** Runs `task` on every item, at most `limit` at a time; results in the items' order. */
async function mapConcurrent<Item, Result>(
  items: Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** The page count of a PDF already made. */
async function pageCount(file: string): Promise<number> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return document.getPageCount();
}

/**
 * The whole build: content → validated data → HTML → PDF, all into a staging folder that
 * replaces `outDir` only when every step succeeded. Content mistakes, then a missing browser, stop
 * it before anything is written; the browser then starts while the HTML is built.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = resolve(options.contentDir);
  const target = await resolveOutput(options.outDir, contentDir);
  const check = await checkSite(contentDir);
  const site = publishable(check, { strict: options.strict });
  const browser = options.printer ? undefined : findBrowser();
  const printerReady = browser
    ? PdfPrinter.launch(browser)
    : Promise.resolve(options.printer as PdfPrinter);
  // Until it is awaited, a failed launch must not surface as an unhandled rejection.
  printerReady.catch(() => undefined);
  let staging: string | undefined;
  try {
    staging = await createStaging(target);
    // Photos are resized while Eleventy loads (a quarter second), which overlaps the browser's
    // start-up in turn.
    const evidence = prepareEvidence(site, staging, options.cacheDir);
    evidence.catch(() => undefined);
    const { renderSite } = await import("../site/render-site.ts");
    await renderSite(site, contentDir, staging, evidence);
    const htmlDone = performance.now();
    const printer = await printerReady;
    const cache = options.cacheDir ? new BuildCache(options.cacheDir) : undefined;
    const fingerprint = cache ? await printer.fingerprint() : "";
    const pdfs = await mapConcurrent(
      printedDocuments(site),
      options.concurrency ?? DEFAULT_CONCURRENCY,
      async (document) => {
        const printStarted = performance.now();
        const outFile = join(staging as string, document.path);
        const key = cache
          ? `${await printInputsHash(staging as string, document.pagePath, `${fingerprint} ${JSON.stringify(document.metadata)}`)}.pdf`
          : "";
        const reused = cache ? await cache.restore("pdf", key, outFile) : false;
        const pages = reused
          ? await pageCount(outFile)
          : (
              await printer.print({
                siteDir: staging as string,
                pagePath: document.pagePath,
                outFile,
                metadata: document.metadata,
                timeoutMs: options.timeoutMs,
              })
            ).pages;
        if (cache && !reused) await cache.store("pdf", key, outFile);
        return { path: document.path, pages, ms: performance.now() - printStarted, reused };
      },
    );
    await cache?.prune("pdf");
    const pdfDone = performance.now();
    await publish(staging, target);
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
    if (staging) await rm(staging, { recursive: true, force: true });
    if (browser) await printerReady.then((printer) => printer.close()).catch(() => undefined);
  }
}
