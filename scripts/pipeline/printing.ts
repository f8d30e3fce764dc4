import { join } from "node:path";
import type { Site } from "../content/load.ts";
import { type BrowserLocation, findBrowser } from "../pdf/browser.ts";
import { printedDocuments } from "../pdf/documents.ts";
import { printerFingerprint } from "../pdf/fingerprint.ts";
import { pdfPageCount } from "../pdf/post-process.ts";
import type { Printer } from "../pdf/printer.ts";
import type { BuildCache } from "./cache.ts";
import { printInputs } from "./inputs.ts";

/** What printing needs of the build's options (pipeline.ts BuildOptions). */
export interface PrintOptions {
  /** A printer to reuse (tests print many builds with one browser); launched here otherwise. */
  printer?: Printer;
  timeoutMs?: number;
  /** How many PDFs print at once in the one browser (measured by `npm run bench`). */
  concurrency?: number;
}

/** A printed document: path inside the site, page count, milliseconds, whether the cache had it. */
export interface PrintedPdf {
  path: string;
  pages: number;
  ms: number;
  reused: boolean;
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

/**
 * A printer of the build's own, with pages opened ahead while the HTML is built. Puppeteer is
 * loaded here, when the browser is first needed, not at start-up (a tenth of a second).
 */
async function launchPrinter(browser: BrowserLocation, pages: number): Promise<Printer> {
  const { PdfPrinter } = await import("../pdf/printer.ts");
  const printer = await PdfPrinter.launch(browser);
  printer.prepare(pages);
  return printer;
}

/** The browser, launched on first need, or the one the caller lent. */
export function lazyPrinter(options: PrintOptions, browser: BrowserLocation | undefined) {
  let ready: Promise<Printer> | undefined;
  let closing: Promise<void> | undefined;
  return {
    get: () => {
      if (closing) return Promise.reject(new Error("the build's browser is closed"));
      ready ??= options.printer
        ? Promise.resolve(options.printer)
        : browser
          ? launchPrinter(browser, options.concurrency ?? PRINT_CONCURRENCY)
          : Promise.reject(new Error("no browser to print with"));
      return ready;
    },
    /** Closes a browser this build launched, once however often asked; a lent one stays open. */
    close: (): Promise<void> => {
      closing ??=
        ready && !options.printer
          ? ready.then((launched) => launched.close()).catch(() => undefined)
          : Promise.resolve();
      return closing;
    },
  };
}

/**
 * Every printed document of the site into `siteDir`, two at a time; a PDF whose inputs the
 * cache has seen is restored instead, and a cached PDF that cannot be read back is printed again.
 */
export async function printAll(
  site: Site,
  siteDir: string,
  printer: () => Promise<Printer>,
  options: PrintOptions & {
    cache?: BuildCache;
    browser: BrowserLocation;
    /** Called once no document needs the browser any more, while the last ones are finished. */
    browserDone?: () => void;
  },
): Promise<PrintedPdf[]> {
  const { cache } = options;
  const fingerprint = cache ? await printerFingerprint(options.browser) : "";
  const inputsOf = printInputs(siteDir);
  const documents = printedDocuments(site);
  let needBrowser = documents.length;
  const browserPartDone = () => {
    needBrowser -= 1;
    if (needBrowser === 0) options.browserDone?.();
  };
  return mapConcurrent(documents, options.concurrency ?? PRINT_CONCURRENCY, async (document) => {
    const printStarted = performance.now();
    const outFile = join(siteDir, document.path);
    const key = cache
      ? `${await inputsOf(document.pagePath, `${fingerprint} ${JSON.stringify(document.metadata)}`)}.pdf`
      : "";
    const cachedPages =
      cache && (await cache.restore("pdf", key, outFile))
        ? await pdfPageCount(outFile).catch(() => cache.forget("pdf", key).then(() => undefined))
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
          rendered: browserPartDone,
        })
      ).pages;
    if (cachedPages !== undefined) browserPartDone();
    if (cache && cachedPages === undefined) await cache.store("pdf", key, outFile);
    const reused = cachedPages !== undefined;
    return { path: document.path, pages, ms: performance.now() - printStarted, reused };
  });
}

/**
 * The browser the build prints with, or why there is none: told only after the content's own
 * mistakes, which a clerk fixes first.
 */
export function locateBrowser(options: PrintOptions): {
  location?: BrowserLocation;
  missing?: unknown;
} {
  try {
    return { location: options.printer?.location ?? findBrowser() };
  } catch (missing) {
    return { missing };
  }
}
