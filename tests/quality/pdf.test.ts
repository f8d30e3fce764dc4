import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Site } from "../../scripts/content/load.ts";
import { type PrintedDocument, printedDocuments } from "../../scripts/pdf/documents.ts";
import type { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { siteWords } from "../../scripts/site/eleventy-plugin.ts";
import { HEADINGS } from "../../scripts/site/headings.ts";
import { COMPARISON_HEADINGS } from "../../scripts/site/view/comparison.ts";
import { formatBuddhistYear } from "../../scripts/thai/dates.ts";
import { knownWords } from "../../scripts/thai/known-words.ts";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";
import { eachTwoAtOnce } from "../helpers/concurrent.ts";
import { ARCHIVE, scratch, snapshot } from "../helpers/content.ts";
import {
  lengthenLastMeasure,
  overflowingWords,
  signatureAlone,
  strayInBottomMargin,
  wordsSplitAcrossLines,
} from "../helpers/layout.ts";
import {
  pageLines,
  pageText,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfObjects,
  qpdfCheck,
} from "../helpers/pdf.ts";
import { sharedBrowser, sharedBuild, sharedPrinter } from "../helpers/shared.ts";
import { TAMBON } from "../helpers/tambon.ts";
import { skipPdf } from "../helpers/tools.ts";

/** A built site, and each PDF with the document it is. */
interface Built {
  out: string;
  site: Site;
  documents: (PrintedDocument & { file: string })[];
}

/** The PDFs of a built site, each with the document it is. */
const withDocuments = (out: string, site: Site): Built => ({
  out,
  site,
  documents: printedDocuments(site).map((document) => ({
    ...document,
    file: join(out, document.path),
  })),
});

/** One of the builds the integration tier shares, read-only. */
async function shared(name: "archive" | "real" | "tambon"): Promise<Built> {
  const { out, site } = await sharedBuild(name);
  return withDocuments(out, site);
}

async function buildInto(
  name: string,
  contentDir: string,
  printer: PdfPrinter,
  concurrency?: number,
): Promise<Built> {
  const out = join(await scratch(name), "dist");
  const { site } = await build({ contentDir, outDir: out, printer, concurrency });
  return withDocuments(out, site);
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

const pageNumbers = (file: string) =>
  Array.from({ length: Number(pdfInfo(file).Pages) }, (_, index) => index + 1);
const texts = (file: string) => pageNumbers(file).map((page) => pageText(file, page));

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
 * The quality gate over every PDF the build makes, reports and plans: the archive fixture (final
 * and draft years), the real FY2568 content and that content as an อบต. with longer names
 * (tests/helpers/tambon.ts), printed in real Chromium and read back with poppler and qpdf.
 */
describe.skipIf(skipPdf)(`every printed PDF${skipPdf ? ` (skipped: ${skipPdf})` : ""}`, () => {
  let printer: PdfPrinter;
  let archive: Built;
  let again: Built;
  let real: Built;
  let tambon: Built;
  let prints: string;
  const all = () =>
    [archive, real, tambon].flatMap((built) =>
      built.documents.map((document) => ({ built, document })),
    );
  const isPlan = (document: PrintedDocument) => document.pagePath.includes("/plan/");

  beforeAll(async () => {
    printer = await sharedPrinter();
    archive = await shared("archive");
    // Printed one at a time, after other prints: the same bytes must come out all the same.
    again = await buildInto("quality-pdf-again", ARCHIVE, printer, 1);
    real = await shared("real");
    tambon = await shared("tambon");
    // The shared builds are read-only: prints made here go to a folder of their own.
    prints = await scratch("quality-pdf-prints");
  });
  afterAll(() => printer?.close());

  it("prints two PDFs per year, the report and the plan", () => {
    expect(archive.documents.map((document) => document.path)).toEqual([
      "2569/ita-2569-testtown.pdf",
      "2569/ita-plan-2569-testtown.pdf",
      "2568/ita-2568-testtown.pdf",
      "2568/ita-plan-2568-testtown.pdf",
    ]);
    expect(real.documents).toHaveLength(2);
    expect(tambon.documents).toHaveLength(2);
  });

  it("breaks no known word across two lines: place name, district, province, units, compounds", () => {
    const seed = ["ผู้รับผิดชอบ", "ธรรมาภิบาล", "ประชาสัมพันธ์", "เผยแพร่", "ของขวัญ"];
    const tambonWords = [TAMBON.place, TAMBON.district, TAMBON.province, "สำนักปลัด", "กองการศึกษา"];
    for (const { built, document } of all()) {
      const { file } = document as PrintedDocument & { file: string };
      const words = [...new Set([...knownWords(siteWords(built.site)), ...seed, ...tambonWords])];
      const lines = pageNumbers(file).flatMap((page) => pageLines(file, page));
      expect(wordsSplitAcrossLines(lines, words), file).toEqual([]);
    }
  });

  it("keeps the bottom margin clear but for the page number: no stray Thai marks", () => {
    for (const { document } of all()) {
      const { file } = document as PrintedDocument & { file: string };
      for (const page of pageNumbers(file)) {
        expect(strayInBottomMargin(file, page), `${file}: page ${page}`).toEqual([]);
      }
    }
  });

  it("never leaves the signature block alone on a page, in the report and in the plan", () => {
    for (const { built, document } of all()) {
      const { file, report } = document as PrintedDocument & { file: string };
      const head = `${built.site.agency.name} · ปีงบประมาณ ${formatBuddhistYear(report.fiscalYear)}`;
      const signed = pageNumbers(file).filter((page) =>
        pageLines(file, page).some((line) => line.startsWith("ลงชื่อ")),
      );
      expect(signed, `${file}: one signature`).toHaveLength(1);
      expect(signatureAlone(pageLines(file, signed[0] ?? 0), head), file).toBe(false);
    }
  });

  it("is sound and tagged, in Thai, with title, author, subject and keywords", () => {
    for (const { built, document } of all()) {
      const { file, metadata } = document as PrintedDocument & { file: string };
      expect(qpdfCheck(file), file).toContain("No syntax or stream encoding errors");
      const info = pdfInfo(file);
      expect(info.Tagged, `${file}: Tagged`).toBe("yes");
      expect(pdfObjects(file), `${file}: /Lang`).toContain("/Lang (th)");
      expect(info.Title, `${file}: Title`).toBe(metadata.title);
      expect(info.Author, `${file}: Author`).toBe(built.site.agency.name);
      expect(info.Subject, `${file}: Subject`).toContain(built.site.agency.province);
      expect(info.Keywords, `${file}: Keywords`).toContain("ITA");
    }
  });

  it("links only where a reader can follow: the published site when siteUrl is set, never the printer", () => {
    for (const { built, document } of all()) {
      const { file, report } = document as PrintedDocument & { file: string };
      const links = pdfLinks(file);
      expect(
        links.filter((link) => !link.startsWith("https://")),
        file,
      ).toEqual([]);
      const measurePages = links.filter((link) => link.includes("/measures/"));
      const { siteUrl } = built.site.agency;
      if (siteUrl) {
        expect(measurePages.length, file).toBeGreaterThanOrEqual(report.measures.length);
        for (const link of measurePages)
          expect(link, file).toMatch(
            new RegExp(`^${siteUrl}${report.fiscalYear}/measures/[a-z0-9-]+/$`),
          );
      } else {
        expect(measurePages, file).toEqual([]);
      }
    }
  });

  it("has a bookmark for the document, each section and every measure, with their words spaced", () => {
    for (const { built, document } of all()) {
      const { file, report } = document as PrintedDocument & { file: string };
      const year = `ประจำปีงบประมาณ พ.ศ. ${formatThaiNumber(report.fiscalYear)}`;
      const measures = report.measures.map((measure) => ({
        title: `${formatThaiNumber(measure.number)}. ${measure.title}`,
        kids: [],
      }));
      const scores = built.site.scores.some((entry) => entry.year <= report.fiscalYear);
      const comparison = built.site.reports.some(
        (other) => other.fiscalYear === report.fiscalYear - 1,
      );
      const withEvidence = report.measures
        .filter((measure) => measure.evidence.length > 0)
        .map((measure) => ({
          title: `มาตรการที่ ${formatThaiNumber(measure.number)} ${measure.title}`,
          kids: [],
        }));
      expect(bookmarks(file), file).toEqual(
        isPlan(document)
          ? [
              {
                title: `${report.planTitle} ${year}`,
                kids: [{ title: HEADINGS.planTable, kids: measures }],
              },
            ]
          : [
              {
                title: `${report.title} ${year}`,
                kids: [
                  ...(scores ? [{ title: HEADINGS.scores, kids: [] }] : []),
                  { title: `${report.tableTitle} ${year}`, kids: measures },
                  ...(comparison
                    ? [
                        {
                          title: `เปรียบเทียบกับปีงบประมาณ พ.ศ. ${formatThaiNumber(report.fiscalYear - 1)}`,
                          kids: Object.values(COMPARISON_HEADINGS).map((title) => ({
                            title,
                            kids: [],
                          })),
                        },
                      ]
                    : []),
                  ...(withEvidence.length > 0
                    ? [{ title: HEADINGS.appendix, kids: withEvidence }]
                    : []),
                ],
              },
            ],
      );
    }
  });

  it("embeds subsets of Sarabun and no other font, so no Thai glyph falls back", () => {
    for (const { document } of all()) {
      const { file } = document as PrintedDocument & { file: string };
      const fonts = pdfFonts(file);
      expect(fonts.length, file).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, `${file}: ${font.name}`).toMatch(/^[A-Z]{6}\+Sarabun-(Regular|Bold)$/);
        expect(font.embedded, `${file}: ${font.name} embedded`).toBe(true);
      }
    }
  });

  it("gives clean Thai text: no space inside a word, every word of each measure, and no results in a plan", async () => {
    for (const { built, document } of all()) {
      const { file, report, pagePath } = document as PrintedDocument & { file: string };
      // What was printed: the page's text, plus the page furniture CSS writes.
      const page = await readFile(join(built.out, pagePath), "utf8");
      const { joined, boundaries } = wordBoundaries(`${plain(page)} หน้า จาก ร่าง · ยังไม่ใช่ฉบับสมบูรณ์`);
      const text = texts(file).join("\n");
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
      expect(broken, `${file}: pieces of words split by the layout`).toEqual([]);
      // Each measure's own words, from its Markdown, in the PDF.
      const printed = text.replace(/^\s*([๐-๙]+\.|-)\s/gm, "").replace(/\s+/g, "");
      const sourceWords = (html: string) =>
        [...words.segment(plain(html).normalize("NFC"))]
          .filter((segment) => segment.isWordLike)
          .map((segment) => segment.segment);
      for (const measure of report.measures) {
        const fields = isPlan(document)
          ? { title: measure.title, steps: measure.steps }
          : {
              title: measure.title,
              steps: measure.steps,
              output: measure.output,
              outcome: measure.outcome,
            };
        for (const [field, html] of Object.entries(fields)) {
          const missing = sourceWords(html).filter((word) => !printed.includes(word));
          expect(missing, `${file}: measure ${measure.number} ${field}`).toEqual([]);
        }
      }
      if (isPlan(document)) {
        expect(text, `${file}: a plan has no results columns`).not.toContain(
          "ผลการดำเนินการ (output)",
        );
        expect(text, file).not.toContain("outcome/result");
      }
    }
  });

  it("is reproducible: two builds of the same content give the same HTML and byte-identical PDFs", async () => {
    const [first, second] = [await snapshot(archive.out), await snapshot(again.out)];
    const html = Object.keys(first).filter((file) => file.endsWith(".html"));
    expect(html.length).toBeGreaterThanOrEqual(11);
    for (const file of html) expect(second[file], file).toBe(first[file]);
    for (const [index, { file }] of archive.documents.entries()) {
      const other = again.documents[index]?.file ?? "";
      expect(texts(other), file).toEqual(texts(file));
      expect(pdfInfo(other), file).toEqual(pdfInfo(file));
      // Printed first, in another order, or two at once: Chromium's structure ids differ, and
      // the printer makes them stable.
      expect((await readFile(other)).equals(await readFile(file)), `${file}: bytes`).toBe(true);
    }
    // The dates inside come from the content (published, else the report date), not the clock.
    expect(pdfInfo(join(archive.out, "2568/ita-2568-testtown.pdf")).CreationDate).toMatch(
      /Oct 20 00:00:00 2025/,
    );
  });

  describe("printed from a browser (Ctrl+P)", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await sharedBrowser();
    });
    afterAll(() => browser?.disconnect());

    it("keeps each word kept on one line inside its table cell, as printed", async () => {
      for (const { built, document } of all()) {
        const page = await browser.newPage();
        try {
          // print.css's page box: A4 landscape less 14 mm margins each side, in CSS pixels.
          await page.setViewport({ width: Math.floor(((297 - 28) * 96) / 25.4), height: 800 });
          await page.emulateMediaType("print");
          await page.goto(pathToFileURL(join(built.out, document.pagePath)).href, {
            waitUntil: "load",
          });
          expect(await overflowingWords(page), document.pagePath).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });

    it("keeps the signature with the table however the last measure's row ends on its page", async () => {
      // Every third line over more than a page: whichever layout comes, some lengths end the row
      // where the signature no longer fits below it. Lengths at which the row and the signature
      // cannot share a page are left out (print.css keeps rows whole).
      const alone: string[] = [];
      let checked = 0;
      // The archive's final year: short rows, so most lengths leave room for the signature.
      const documents = archive.documents.filter((document) => document.report.fiscalYear === 2568);
      const cases = documents.flatMap((document, index) =>
        Array.from({ length: 13 }, (_, step) => ({ document, index, lines: step * 3 })),
      );
      await eachTwoAtOnce(cases, async ({ document, index, lines }) => {
        const page = await browser.newPage();
        const printed = join(prints, `lengthened-${index}-${lines}.pdf`);
        try {
          await page.goto(pathToFileURL(join(archive.out, document.pagePath)).href, {
            waitUntil: "load",
          });
          if (!(await lengthenLastMeasure(page, lines))) return;
          await writeFile(printed, await page.pdf({ preferCSSPageSize: true }));
        } finally {
          await page.close();
        }
        checked += 1;
        const head = `${archive.site.agency.name} · ปีงบประมาณ ${formatBuddhistYear(document.report.fiscalYear)}`;
        for (const number of pageNumbers(printed)) {
          if (signatureAlone(pageLines(printed, number), head)) {
            alone.push(`${document.pagePath} + ${lines} lines: page ${number}`);
          }
        }
      });
      expect(checked).toBeGreaterThanOrEqual(10);
      expect(alone).toEqual([]);
    });

    it("gives the year page and the plan the same pages as their PDFs, with none of the site's screen parts", async () => {
      for (const { file, pagePath } of archive.documents) {
        const page = await browser.newPage();
        const printed = join(prints, `ctrl-p-${pagePath.replaceAll("/", "-")}.pdf`);
        try {
          await page.goto(pathToFileURL(join(archive.out, pagePath)).href, { waitUntil: "load" });
          // A reader's print dialog: the page's own paper size and margins, no backgrounds.
          await writeFile(printed, await page.pdf({ preferCSSPageSize: true }));
        } finally {
          await page.close();
        }
        const [fromBrowser, fromBuild] = [texts(printed), texts(file)];
        expect(fromBrowser.length, `${pagePath}: pages`).toBe(fromBuild.length);
        fromBrowser.forEach((text, index) => {
          expect(text, `${pagePath}: page ${index + 1}`).toBe(fromBuild[index]);
        });
        const all = fromBrowser.join("\n");
        for (const screenOnly of ["ข้ามไปยังเนื้อหา", "ดาวน์โหลด", "หน้าแรก", "ลิงก์สำหรับผู้ประเมิน"]) {
          expect(all, `${pagePath}: ${screenOnly}`).not.toContain(screenOnly);
        }
      }
    });
  });
});
