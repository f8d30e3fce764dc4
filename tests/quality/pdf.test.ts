import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build/pipeline.ts";
import type { Site } from "../../scripts/content/load.ts";
import { findBrowser, launchBrowser } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";
import { ARCHIVE, REAL_CONTENT, scratch, snapshot } from "../helpers/content.ts";
import { pageText, pdfFonts, pdfInfo, pdfObjects, qpdfCheck } from "../helpers/pdf.ts";
import { skipPdf } from "../helpers/tools.ts";

/** A built site and where its PDFs are. */
interface Built {
  out: string;
  site: Site;
  pdfs: string[];
}

async function buildInto(name: string, contentDir: string, printer: PdfPrinter): Promise<Built> {
  const out = join(await scratch(name), "dist");
  const result = await build({ contentDir, outDir: out, printer });
  return { out, site: result.site, pdfs: result.pdfs.map((pdf) => join(out, pdf.path)) };
}

/** The bookmarks of a PDF, as nested titles. */
interface Bookmark {
  title: string;
  kids: Bookmark[];
}
function bookmarks(file: string): Bookmark[] {
  const json = JSON.parse(execFileSync("qpdf", ["--json", file], { encoding: "utf8" }));
  const tree = (items: Bookmark[]): Bookmark[] =>
    items.map((item) => ({ title: item.title, kids: tree(item.kids) }));
  return tree(json.outlines);
}

const texts = (file: string) =>
  Array.from({ length: Number(pdfInfo(file).Pages) }, (_, index) => pageText(file, index + 1));

const words = new Intl.Segmenter("th", { granularity: "word" });

/**
 * The text a PDF was printed from, with white space removed, and the offsets in it where a word
 * begins or ends, as Intl.Segmenter splits Thai.
 */
function wordBoundaries(source: string) {
  let joined = "";
  const boundaries = new Set<number>([0]);
  for (const { segment } of words.segment(source.normalize("NFC"))) {
    boundaries.add(joined.length);
    joined += segment.replace(/\s+/g, "");
    boundaries.add(joined.length);
  }
  return { joined, boundaries };
}

/** Plain text of rendered HTML. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&[a-z]+;|&#\d+;/g, " ");

/**
 * The quality gate over every PDF the build makes: the archive fixture (final and draft years)
 * and the real FY2568 report, printed in real Chromium and read back with poppler and qpdf.
 */
describe.skipIf(skipPdf)(`every printed PDF${skipPdf ? ` (skipped: ${skipPdf})` : ""}`, () => {
  let printer: PdfPrinter;
  let archive: Built;
  let again: Built;
  let real: Built;
  const all = () => [...archive.pdfs, ...real.pdfs];
  const reportOf = (built: Built, pdf: string) => {
    const year = Number(pdf.split("/").at(-2));
    const report = built.site.reports.find((candidate) => candidate.fiscalYear === year);
    if (!report) throw new Error(`no report for ${pdf}`);
    return report;
  };

  beforeAll(async () => {
    printer = await PdfPrinter.launch(findBrowser());
    archive = await buildInto("quality-pdf", ARCHIVE, printer);
    again = await buildInto("quality-pdf-again", ARCHIVE, printer);
    real = await buildInto("quality-pdf-real", REAL_CONTENT, printer);
  });
  afterAll(() => printer?.close());

  it("prints one PDF per year: two for the archive, one for FY2568", () => {
    expect(archive.pdfs.map((pdf) => pdf.split("/").slice(-2).join("/"))).toEqual([
      "2569/ita-2569-testtown.pdf",
      "2568/ita-2568-testtown.pdf",
    ]);
    expect(real.pdfs).toHaveLength(1);
  });

  it("is sound and tagged, in Thai, with title, author, subject and keywords", () => {
    for (const pdf of all()) {
      const built = archive.pdfs.includes(pdf) ? archive : real;
      const report = reportOf(built, pdf);
      expect(qpdfCheck(pdf), pdf).toContain("No syntax or stream encoding errors");
      const info = pdfInfo(pdf);
      expect(info.Tagged, `${pdf}: Tagged`).toBe("yes");
      expect(pdfObjects(pdf), `${pdf}: /Lang`).toContain("/Lang (th)");
      expect(info.Title, `${pdf}: Title`).toContain(report.title);
      expect(info.Author, `${pdf}: Author`).toBe(built.site.agency.name);
      expect(info.Subject, `${pdf}: Subject`).toContain(built.site.agency.province);
      expect(info.Keywords, `${pdf}: Keywords`).toContain("ITA");
    }
  });

  it("has a bookmark for the report, its table and every measure", () => {
    for (const pdf of all()) {
      const built = archive.pdfs.includes(pdf) ? archive : real;
      const report = reportOf(built, pdf);
      const year = `ประจำปีงบประมาณ พ.ศ. ${formatThaiNumber(report.fiscalYear)}`;
      // One tree: the report, its table, and under it every measure, each with its words spaced.
      expect(bookmarks(pdf), pdf).toEqual([
        {
          title: `${report.title} ${year}`,
          kids: [
            ...(built.site.scores.some((entry) => entry.year <= report.fiscalYear)
              ? [{ title: "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง", kids: [] }]
              : []),
            {
              title: `${report.tableTitle} ${year}`,
              kids: report.measures.map((measure) => ({
                title: `${formatThaiNumber(measure.number)}. ${measure.title}`,
                kids: [],
              })),
            },
          ],
        },
      ]);
    }
  });

  it("embeds subsets of Sarabun and no other font, so no Thai glyph falls back", () => {
    for (const pdf of all()) {
      const fonts = pdfFonts(pdf);
      expect(fonts.length, pdf).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, `${pdf}: ${font.name}`).toMatch(/^[A-Z]{6}\+Sarabun-(Regular|Bold)$/);
        expect(font.embedded, `${pdf}: ${font.name} embedded`).toBe(true);
      }
    }
  });

  it("gives clean Thai text: no space inside a word, and every word of each measure in the PDF", async () => {
    for (const built of [archive, real]) {
      for (const pdf of built.pdfs) {
        const report = reportOf(built, pdf);
        // What was printed: the year page's text, plus the page furniture CSS writes.
        const page = await readFile(
          join(built.out, String(report.fiscalYear), "index.html"),
          "utf8",
        );
        const { joined, boundaries } = wordBoundaries(
          `${plain(page)} หน้า จาก ร่าง · ยังไม่ใช่ฉบับสมบูรณ์`,
        );
        const text = texts(pdf).join("\n");
        const broken: string[] = [];
        for (const token of text.split(/\s+/).filter(Boolean)) {
          // Page numbers and list markers ("๓." "-") are CSS counters, not text of the page.
          if (/^([๐-๙]+\.?|-)$/.test(token)) continue;
          let at = joined.indexOf(token);
          while (at >= 0 && !(boundaries.has(at) && boundaries.has(at + token.length))) {
            at = joined.indexOf(token, at + 1);
          }
          if (at < 0) broken.push(token);
        }
        expect(broken, `${pdf}: pieces of words split by the layout`).toEqual([]);
        // Each measure's own words, from its Markdown, in the PDF in their order.
        const printed = text.replace(/^\s*([๐-๙]+\.|-)\s/gm, "").replace(/\s+/g, "");
        for (const measure of report.measures) {
          for (const [field, html] of Object.entries({
            title: measure.title,
            steps: measure.steps,
            output: measure.output,
            outcome: measure.outcome,
          })) {
            const sourceWords = [...words.segment(plain(html).normalize("NFC"))]
              .filter((segment) => segment.isWordLike)
              .map((segment) => segment.segment);
            const missing = sourceWords.filter((word) => !printed.includes(word));
            expect(missing, `${pdf}: measure ${measure.number} ${field}`).toEqual([]);
          }
        }
      }
    }
  });

  it("is reproducible: two builds of the same content give the same HTML and the same PDFs", async () => {
    const [first, second] = [await snapshot(archive.out), await snapshot(again.out)];
    const html = Object.keys(first).filter((file) => file.endsWith(".html"));
    expect(html.length).toBeGreaterThanOrEqual(9);
    for (const file of html) expect(second[file], file).toBe(first[file]);
    for (const [index, pdf] of archive.pdfs.entries()) {
      const other = again.pdfs[index] ?? "";
      expect(texts(other), pdf).toEqual(texts(pdf));
      // Everything pdfinfo says but the byte count, which the font subsets may shift.
      const { "File size": _size, ...info } = pdfInfo(pdf);
      expect(pdfInfo(other), pdf).toMatchObject(info);
    }
    // The dates inside come from the content (published, else the report date), not the clock.
    expect(pdfInfo(join(archive.out, "2568/ita-2568-testtown.pdf")).CreationDate).toMatch(
      /Oct 20 00:00:00 2025/,
    );
  });

  describe("printed from a browser (Ctrl+P)", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser(findBrowser());
    });
    afterAll(() => browser?.close());

    it("gives the year page the same pages as the PDF, with none of the site's screen parts", async () => {
      for (const pdf of archive.pdfs) {
        const year = reportOf(archive, pdf).fiscalYear;
        const page = await browser.newPage();
        const printed = join(archive.out, `ctrl-p-${year}.pdf`);
        try {
          await page.goto(pathToFileURL(join(archive.out, String(year), "index.html")).href, {
            waitUntil: "load",
          });
          // A reader's print dialog: the page's own paper size and margins, no backgrounds.
          await writeFile(printed, await page.pdf({ preferCSSPageSize: true }));
        } finally {
          await page.close();
        }
        const [fromBrowser, fromBuild] = [texts(printed), texts(pdf)];
        expect(fromBrowser.length, `${year}: pages`).toBe(fromBuild.length);
        fromBrowser.forEach((text, index) => {
          expect(text, `${year}: page ${index + 1}`).toBe(fromBuild[index]);
        });
        const all = fromBrowser.join("\n");
        for (const screenOnly of ["ข้ามไปยังเนื้อหา", "ดาวน์โหลด", "หน้าแรก", "ลิงก์สำหรับผู้ประเมิน"]) {
          expect(all, `${year}: ${screenOnly}`).not.toContain(screenOnly);
        }
      }
    });
  });
});
