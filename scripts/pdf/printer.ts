import { writeFile } from "node:fs/promises";
import puppeteer, { type Browser, type Page, TimeoutError } from "puppeteer-core";
import { type BrowserLocation, launchBrowser } from "./browser.ts";
import { lastMeasureTooTall, splitLastMeasure } from "./keep-signature.ts";
import { bufferPageCount, finishPdf, loadPdfLib, type PdfMetadata } from "./post-process.ts";
import { SITE_ORIGIN, serveFromSite } from "./site-origin.ts";

export type { PdfMetadata } from "./post-process.ts";
export { pdfPageCount } from "./post-process.ts";

export interface PrintJob {
  /** The built site folder the page and its assets are served from. */
  siteDir: string;
  /** Path of the page to print inside siteDir, e.g. "2568/index.html" (printed with print.css). */
  pagePath: string;
  outFile: string;
  metadata: PdfMetadata;
  /** How long a render may take before it is given up. */
  timeoutMs?: number;
  /**
   * Called when the browser has made its PDF, before Node finishes it (metadata, bookmarks):
   * after the last one the build closes the browser meanwhile.
   */
  rendered?: () => void;
}

/** Raised when the print page asked for something outside the built site, or for a missing file. */
export class PrintRequestError extends Error {
  constructor(readonly blocked: string[]) {
    super(
      `หน้าสำหรับพิมพ์ขอไฟล์ที่อยู่นอกเว็บไซต์ ไม่มีอยู่ หรือถูกปฏิเสธ จึงหยุดสร้าง PDF:\n${blocked.map((url) => `  ${url}`).join("\n")}`,
    );
    this.name = "PrintRequestError";
  }
}

/** What the build prints with: a PdfPrinter, or a stand-in for one in tests. */
export interface Printer {
  /** The browser it prints with, for the build's cache. */
  readonly location: BrowserLocation;
  /** Prints one page to a PDF file; returns its page count. */
  print(job: PrintJob): Promise<{ pages: number }>;
  close(): Promise<void>;
}

/** One browser that prints many PDFs: launch once, print each report, close once. */
export class PdfPrinter implements Printer {
  private constructor(
    private readonly browser: Browser,
    /** The browser it prints with, for the build's cache. */
    readonly location: BrowserLocation,
    /** Whether close() ends the browser, or only this process's connection to another's. */
    private readonly owned = true,
  ) {}

  static async launch(location: BrowserLocation): Promise<PdfPrinter> {
    return new PdfPrinter(await launchBrowser(location), location);
  }

  /**
   * Prints with a browser another process launched (`launchBrowser(location, { pipe: false })`),
   * reached at its WebSocket endpoint; close() then disconnects and leaves it running.
   */
  static async connect(endpoint: string, location: BrowserLocation): Promise<PdfPrinter> {
    return new PdfPrinter(
      await puppeteer.connect({ browserWSEndpoint: endpoint }),
      location,
      false,
    );
  }

  /** Pages opened ahead by prepare(), taken by the next prints. */
  private readonly spare: Promise<Page>[] = [];

  /**
   * Opens `count` pages ahead, while the site is still being built: a new page starts a
   * renderer, about a tenth of a second before the first print could begin.
   */
  prepare(count: number): void {
    // The blank page a browser of its own starts with is the first: a renderer fewer to start
    // (0.04 s of the FY2568 build, 14 runs in turn).
    const first = this.owned
      ? this.browser.pages().then(([blank]) => (blank?.url() === "about:blank" ? blank : undefined))
      : Promise.resolve(undefined);
    for (let index = 0; index < count; index++) {
      const page = index === 0 ? first.then((blank) => this.openPage(blank)) : this.openPage();
      page.catch(() => undefined);
      this.spare.push(page);
    }
  }

  /**
   * A blank page set for printing, whose every request waits for print() to answer it. In print
   * media from the start: the page is laid out for print once, not for the screen first (0.05 s
   * of the FY2568 build, 28 runs in turn; the PDFs are the same to the byte).
   */
  private async openPage(blank?: Page): Promise<Page> {
    const page = blank ?? (await this.browser.newPage());
    // A sharp screen: the photos' srcset then picks its print-quality width (about 250 dpi).
    await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 2 });
    await page.emulateMediaType("print");
    await page.setRequestInterception(true);
    return page;
  }

  /** Prints one page to a PDF file; returns its page count. */
  async print(job: PrintJob): Promise<{ pages: number }> {
    const pdf = await this.render(job);
    job.rendered?.();
    const { bytes, pages } = await finishPdf(pdf, job.metadata);
    await writeFile(job.outFile, bytes);
    return { pages };
  }

  /**
   * The browser's part of print(): Chromium's PDF of the page, whose page is closed before it
   * returns (a page closing while its browser ends would never say it has).
   */
  private async render(job: PrintJob): Promise<Uint8Array> {
    const timeout = job.timeoutMs ?? 60_000;
    const page = await (this.spare.shift() ?? this.openPage());
    const refused: string[] = [];
    try {
      page.on("request", (request) => {
        serveFromSite(request, job.siteDir).catch(() => {
          // A request that cannot be answered is refused and reported, never left to hang.
          refused.push(request.url());
          return request.abort("blockedbyclient").catch(() => undefined);
        });
      });
      // The page's own Content-Security-Policy blocks without a request; Chromium says so in the
      // console ("Loading the stylesheet '…' violates the following Content Security Policy…").
      page.on("console", (message) => {
        if (!message.text().includes("Content Security Policy")) return;
        const url = /'([^']+)'/.exec(message.text())?.[1] ?? "inline";
        refused.push(`${url} (นโยบายความปลอดภัย Content-Security-Policy ของหน้าไม่อนุญาต)`);
      });
      await page
        .goto(`${SITE_ORIGIN}/${job.pagePath}`, { waitUntil: "load", timeout })
        .catch((error) => {
          throw timedOut(error, timeout) ?? error;
        });
      if (refused.length > 0) throw new PrintRequestError(refused);
      const tooTall = await lastMeasureTooTall(page);
      loadPdfLib().catch(() => undefined);
      const options = {
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        outline: true,
        tagged: true,
        waitForFonts: true,
        timeout,
      };
      const print = () =>
        page.pdf(options).catch((error) => {
          throw timedOut(error, timeout) ?? error;
        });
      let pdf = await print();
      if (tooTall) {
        // Rows are kept whole, so a last measure too tall to share a page with the signature
        // leaves the signature alone on the next page. Let the row break instead, and keep that
        // print when it saved the page.
        await splitLastMeasure(page);
        const split = await print();
        if ((await bufferPageCount(split)) < (await bufferPageCount(pdf))) pdf = split;
      }
      // Print media can ask for more (fonts, print-only images) while the PDF is made.
      if (refused.length > 0) throw new PrintRequestError(refused);
      return pdf;
    } finally {
      await page.close();
    }
  }

  /** Whether the browser is still there to print with. */
  get connected(): boolean {
    return this.browser.connected;
  }

  async close(): Promise<void> {
    if (!this.owned) return this.browser.disconnect();
    await this.browser.close();
  }
}

/** A render that hangs becomes a message a clerk can act on. */
function timedOut(error: unknown, timeoutMs: number): Error | undefined {
  if (!(error instanceof TimeoutError)) return undefined;
  return new Error(
    `สร้าง PDF ไม่เสร็จภายใน ${timeoutMs / 1000} วินาที เบราว์เซอร์อาจค้าง ลองสั่งอีกครั้ง หรือปิดโปรแกรมอื่นที่ใช้หน่วยความจำมาก`,
    { cause: error },
  );
}
