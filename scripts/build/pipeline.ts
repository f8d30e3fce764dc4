import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { checkSite, publishable, type Site, type SiteCheck } from "../content/load.ts";
import { findBrowser } from "../pdf/browser.ts";
import { PdfPrinter } from "../pdf/printer.ts";
import { printedDocuments } from "./documents.ts";
import { createStaging, publish, resolveOutput } from "./publish.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** A printer to reuse (tests print many builds with one browser); launched here otherwise. */
  printer?: PdfPrinter;
  timeoutMs?: number;
  /** Refuse to publish while any warning is left unaccepted, as CI does. */
  strict?: boolean;
}

export interface BuildResult {
  site: Site;
  /** The content check, with the warnings that did not stop the build. */
  check: SiteCheck;
  /** Printed reports: path inside outDir, page count, milliseconds to print. */
  pdfs: { path: string; pages: number; ms: number }[];
  /** Milliseconds: content + HTML, then PDF (including any wait for the browser), then all. */
  htmlMs: number;
  pdfMs: number;
  totalMs: number;
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
    // Loading Eleventy takes a quarter second; done here, it overlaps the browser's start-up.
    const { renderSite } = await import("../site/render-site.ts");
    await renderSite(site, contentDir, staging);
    const htmlDone = performance.now();
    const printer = await printerReady;
    const pdfs = [];
    for (const document of printedDocuments(site)) {
      const printStarted = performance.now();
      const { pages } = await printer.print({
        siteDir: staging,
        pagePath: document.pagePath,
        outFile: join(staging, document.path),
        metadata: document.metadata,
        timeoutMs: options.timeoutMs,
      });
      pdfs.push({ path: document.path, pages, ms: performance.now() - printStarted });
    }
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
