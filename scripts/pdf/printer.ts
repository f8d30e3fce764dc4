import { createHash } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { PDFDict, PDFDocument } from "pdf-lib";
import { type Browser, type HTTPRequest, TimeoutError } from "puppeteer";
import { type BrowserLocation, launchBrowser } from "./browser.ts";
import { lastMeasureTooTall, splitLastMeasure } from "./keep-signature.ts";

/**
 * The page is served from this made-up origin by request interception, straight from the built
 * folder: no server, no file:// quirks, and any other request is refused.
 */
const ORIGIN = "http://report.localhost";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
};

/** Document information written into the PDF, as readers and archives show it. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  /**
   * The document's date, from the content: two builds of the same content give the same
   * metadata, whatever the clock says.
   */
  date: Date;
  /**
   * The bookmarks' titles in document order (depth first). Chromium makes the bookmarks from the
   * page's headings but drops the spaces where a heading wraps ("หน่วยงานประจำปี"); these put
   * the words back. Left as Chromium made them if the count differs.
   */
  bookmarks?: string[];
}

export interface PrintJob {
  /** The built site folder the page and its assets are served from. */
  siteDir: string;
  /** Path of the page to print inside siteDir, e.g. "2568/index.html" (printed with print.css). */
  pagePath: string;
  outFile: string;
  metadata: PdfMetadata;
  /** How long a render may take before it is given up. */
  timeoutMs?: number;
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

/** One browser that prints many PDFs: launch once, print each report, close once. */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    /** The browser it prints with, for the build's cache. */
    readonly location: BrowserLocation,
  ) {}

  static async launch(location: BrowserLocation): Promise<PdfPrinter> {
    return new PdfPrinter(await launchBrowser(location), location);
  }

  /** Prints one page to a PDF file; returns its page count. */
  async print(job: PrintJob): Promise<{ pages: number }> {
    const timeout = job.timeoutMs ?? 60_000;
    const page = await this.browser.newPage();
    // A sharp screen: the photos' srcset then picks its print-quality width (about 250 dpi).
    await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 2 });
    const refused: string[] = [];
    try {
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        serve(request, job.siteDir).catch(() => {
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
        .goto(`${ORIGIN}/${job.pagePath}`, { waitUntil: "load", timeout })
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
      const { bytes, pages } = await withMetadata(pdf, job.metadata);
      await writeFile(job.outFile, bytes);
      return { pages };
    } finally {
      await page.close();
    }
  }

  /** Whether the browser is still there to print with. */
  get connected(): boolean {
    return this.browser.connected;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * What a PDF depends on besides its page, known without starting the browser: the browser
 * (its file, which an update replaces) and this printer's own code (metadata, bookmarks), for
 * the build's cache.
 */
export async function printerFingerprint(location: BrowserLocation): Promise<string> {
  const browser = await stat(location.path).then(
    (found) => `${found.size} ${found.mtimeMs}`,
    () => "",
  );
  // The code that shapes the printed page: a change to it prints every PDF again.
  const hash = createHash("sha256");
  for (const module of [import.meta.url, new URL("./keep-signature.ts", import.meta.url)]) {
    hash.update(await readFile(new URL(module)));
  }
  return `${location.path} ${browser} ${hash.digest("hex")}`;
}

/** A render that hangs becomes a message a clerk can act on. */
function timedOut(error: unknown, timeoutMs: number): Error | undefined {
  if (!(error instanceof TimeoutError)) return undefined;
  return new Error(
    `สร้าง PDF ไม่เสร็จภายใน ${timeoutMs / 1000} วินาที เบราว์เซอร์อาจค้าง ลองสั่งอีกครั้ง หรือปิดโปรแกรมอื่นที่ใช้หน่วยความจำมาก`,
    { cause: error },
  );
}

/** Answers a request from the site folder; throws for anything else, which is then refused. */
async function serve(request: HTTPRequest, siteDir: string) {
  const url = new URL(request.url());
  if (url.protocol === "data:") return request.continue();
  if (url.origin !== ORIGIN) throw new Error("outside the site");
  const path = normalize(join(siteDir, decodeURIComponent(url.pathname)));
  if (!path.startsWith(normalize(siteDir) + sep)) throw new Error("outside the site");
  const body = await readFile(path);
  return request.respond({
    status: 200,
    contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
    body,
  });
}

type PdfLib = typeof import("pdf-lib");
let pdfLib: Promise<PdfLib> | undefined;
/**
 * pdf-lib takes a tenth of a second to load. It is not loaded at start-up, where it would delay
 * the pages, nor while a page loads, whose every file Node serves, but while Chromium makes the
 * first PDF, when Node has nothing else to do.
 */
const loadPdfLib = () => {
  pdfLib ??= import("pdf-lib");
  return pdfLib;
};

/** The page count of a PDF already made (one the build's cache kept). */
export async function pdfPageCount(file: string): Promise<number> {
  return bufferPageCount(await readFile(file));
}

async function bufferPageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument, ParseSpeeds } = await loadPdfLib();
  const document = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  return document.getPageCount();
}

/** Chromium writes only the title; the author, subject, keywords and producer are set here. */
async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata) {
  const pdfLib = await loadPdfLib();
  // All at once: pdf-lib's default pauses for a timer every 100 objects it reads and every 50
  // it writes, which only adds waiting to a build.
  const document = await pdfLib.PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: pdfLib.ParseSpeeds.Fastest,
  });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.language);
  document.setCreator("ITA report generator");
  document.setProducer("ITA report generator (Chromium, pdf-lib)");
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  if (metadata.bookmarks) retitleBookmarks(pdfLib, document, metadata.bookmarks);
  return {
    bytes: await document.save({ objectsPerTick: Number.POSITIVE_INFINITY }),
    pages: document.getPageCount(),
  };
}

/** The outline's items, depth first. */
function outlineItems({ PDFDict, PDFName }: PdfLib, document: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  const outlines = document.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  walk(outlines?.lookupMaybe(PDFName.of("First"), PDFDict));
  return items;
}

function retitleBookmarks(pdfLib: PdfLib, document: PDFDocument, titles: string[]): void {
  const { PDFHexString, PDFName } = pdfLib;
  const items = outlineItems(pdfLib, document);
  if (items.length !== titles.length) return;
  items.forEach((item, index) => {
    item.set(PDFName.of("Title"), PDFHexString.fromText(titles[index] ?? ""));
  });
}
