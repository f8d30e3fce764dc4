import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { checkSite, publishable, type Site, type SiteCheck } from "../content/load.ts";
import { findBrowser } from "../pdf/browser.ts";
import { type PdfMetadata, PdfPrinter } from "../pdf/printer.ts";
import { SCORES_HEADING } from "../site/score-chart.ts";
import { formatBuddhistYear } from "../thai/dates.ts";
import { fiscalYearRange } from "../thai/fiscal-year.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
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

/** What the PDF says about itself in its document properties. */
export function pdfMetadata(site: Site, report: Site["reports"][number]): PdfMetadata {
  const year = `ประจำปีงบประมาณ ${formatBuddhistYear(report.fiscalYear)}`;
  return {
    title: `${report.draft ? "(ร่าง) " : ""}${report.title} ${year}`,
    author: site.agency.name,
    subject: `${report.tableTitle} ${year} ${site.agency.name} อำเภอ${site.agency.district} จังหวัด${site.agency.province}`,
    keywords: ["ITA", "คุณธรรมและความโปร่งใส", site.agency.name, String(report.fiscalYear)],
    // The year page's headings: the report, its table, each measure (the table's row headings).
    bookmarks: [
      `${report.title} ${year}`,
      ...(site.scores.some((entry) => entry.year <= report.fiscalYear) ? [SCORES_HEADING] : []),
      `${report.tableTitle} ${year}`,
      ...report.measures.map(
        (measure) => `${formatThaiNumber(measure.number)}. ${measure.title.replace(/\s+/g, " ")}`,
      ),
    ],
    language: "th",
    // The day it was published or reported, else the end of the fiscal year it reports on.
    date:
      report.published?.date ?? report.reportDate?.date ?? fiscalYearRange(report.fiscalYear).end,
  };
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
    for (const report of site.reports) {
      const printStarted = performance.now();
      const path = join(String(report.fiscalYear), report.pdfFileName);
      const { pages } = await printer.print({
        siteDir: staging,
        pagePath: `${report.fiscalYear}/index.html`,
        outFile: join(staging, path),
        metadata: pdfMetadata(site, report),
        timeoutMs: options.timeoutMs,
      });
      pdfs.push({ path, pages, ms: performance.now() - printStarted });
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
