import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { deflateSync } from "node:zlib";
import type { PDFDict, PDFDocument } from "pdf-lib";
import { SITE_ORIGIN } from "./site-origin.ts";
import { stabiliseStructure } from "./stable-structure.ts";

/**
 * What Chromium's PDF lacks and the printer adds afterwards, the way pagedjs-cli separates
 * printing from post-processing: document information, bookmark titles with their spaces,
 * links that work for the reader, and structure ids that do not depend on the renderer's past.
 */

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
  /**
   * Where the site is published (`siteUrl` of agency.yaml). The page's links to its own site
   * point there in the PDF; without it they are taken out, since the printer's address means
   * nothing to a reader.
   */
  siteUrl?: string;
}

type PdfLib = typeof import("pdf-lib");
let pdfLib: Promise<PdfLib> | undefined;
/**
 * pdf-lib takes a tenth of a second to load. It is not loaded at start-up, where it would delay
 * the pages, nor while a page loads, whose every file Node serves, but while Chromium makes the
 * first PDF, when Node has nothing else to do.
 */
export const loadPdfLib = () => {
  pdfLib ??= import("pdf-lib").then((lib) => {
    compressWithZlib(lib);
    return lib;
  });
  return pdfLib;
};

/**
 * pdf-lib compresses the streams it writes (the object streams, the cross-reference stream)
 * with pako, zlib in JavaScript: half the time of saving a ten-page report (65 of 100 ms on
 * first use, `npm run bench`). Node's own zlib makes the same Deflate format in a tenth of that.
 * pdf-lib 1.17 is the last release; its PDFFlateStream computes the compressed bytes in
 * getContents() and getContentsSize(), which are replaced here, once, with the same meaning.
 */
function compressWithZlib({ PDFFlateStream }: PdfLib): void {
  type Flate = InstanceType<typeof PDFFlateStream> & { encode: boolean };
  const compressed = new WeakMap<Flate, Uint8Array>();
  const contents = (stream: Flate): Uint8Array => {
    if (!stream.encode) return stream.getUnencodedContents();
    let bytes = compressed.get(stream);
    if (!bytes) {
      bytes = deflateSync(stream.getUnencodedContents());
      compressed.set(stream, bytes);
    }
    return bytes;
  };
  PDFFlateStream.prototype.getContents = function (this: Flate) {
    return contents(this);
  };
  PDFFlateStream.prototype.getContentsSize = function (this: Flate) {
    return contents(this).length;
  };
}

/** All at once: pdf-lib's default pauses for a timer every 100 objects it reads. */
async function loadDocument(bytes: Uint8Array) {
  const lib = await loadPdfLib();
  const document = await lib.PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: lib.ParseSpeeds.Fastest,
  });
  return { lib, document };
}

/** The page count of a PDF already made (one the build's cache kept). */
export async function pdfPageCount(file: string): Promise<number> {
  return bufferPageCount(await readFile(file));
}

/** The page count of a PDF in memory. */
export async function bufferPageCount(bytes: Uint8Array): Promise<number> {
  return (await loadDocument(bytes)).document.getPageCount();
}

/** Chromium's PDF made final: metadata, bookmarks, links, stable structure ids. */
export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata) {
  const { lib, document } = await loadDocument(pdf);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.language);
  document.setCreator("ITA report generator");
  document.setProducer("ITA report generator (Chromium, pdf-lib)");
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  if (metadata.bookmarks) retitleBookmarks(lib, document, metadata.bookmarks);
  publishLinks(lib, document, metadata.siteUrl);
  stabiliseStructure(lib, document.context);
  const placeholder = "0".repeat(32);
  const id = lib.PDFHexString.of(placeholder);
  document.context.trailerInfo.ID = document.context.obj([id, id]);
  // pdf-lib's default pauses for a timer every 50 objects it writes.
  const bytes = await document.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes: withContentId(bytes, placeholder), pages: document.getPageCount() };
}

/**
 * The file identifier (trailer /ID) as a digest of the file itself: Chromium's is a digest of
 * what it wrote before the structure was made stable, so it would differ where nothing else does.
 */
function withContentId(bytes: Uint8Array, placeholder: string): Uint8Array {
  const digest = createHash("md5").update(bytes).digest("hex");
  const patched = Buffer.from(bytes);
  const from = Buffer.from(`<${placeholder}>`, "latin1");
  for (let at = patched.indexOf(from); at >= 0; at = patched.indexOf(from, at + 1)) {
    patched.write(`<${digest}>`, at, "latin1");
  }
  return patched;
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

function retitleBookmarks(lib: PdfLib, document: PDFDocument, titles: string[]): void {
  const items = outlineItems(lib, document);
  if (items.length !== titles.length) return;
  items.forEach((item, index) => {
    item.set(lib.PDFName.of("Title"), lib.PDFHexString.fromText(titles[index] ?? ""));
  });
}

/**
 * The address a reader's link should open instead of the printer's made-up origin: the same
 * page under `siteUrl`, without "index.html"; undefined when the site's address is not known.
 * @example publishedUrl("http://report.localhost/2568/measures/a/index.html", "https://x.go.th/ita/") // => "https://x.go.th/ita/2568/measures/a/"
 */
export function publishedUrl(printed: string, siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const url = new URL(printed);
  const path = url.pathname.replace(/^\//, "").replace(/(^|\/)index\.html$/, "$1");
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(`${path}${url.search}${url.hash}`, base).href;
}

/**
 * Chromium writes the page's links to its own site with the printer's origin
 * (http://report.localhost/…), which opens nothing for a reader. They point to the published
 * site when its address is known, and are taken out otherwise; links elsewhere stay.
 */
function publishLinks(lib: PdfLib, document: PDFDocument, siteUrl: string | undefined): void {
  const { PDFArray, PDFDict, PDFName, PDFString } = lib;
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annotations) continue;
    const kept = annotations.asArray().filter((entry) => {
      const action = document.context
        .lookupMaybe(entry, PDFDict)
        ?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookup(PDFName.of("URI"));
      const target =
        uri && "decodeText" in uri ? (uri as { decodeText(): string }).decodeText() : "";
      if (!action || !target.startsWith(`${SITE_ORIGIN}/`)) return true;
      const published = publishedUrl(target, siteUrl);
      if (published) action.set(PDFName.of("URI"), PDFString.of(published));
      return published !== undefined;
    });
    if (kept.length !== annotations.size()) {
      page.node.set(PDFName.of("Annots"), document.context.obj(kept));
    }
  }
}
