import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PdfPrinter, PrintRequestError } from "../../scripts/pdf/printer.ts";
import { scratch } from "../helpers/content.ts";
import { pdfLinks, qpdfCheck } from "../helpers/pdf.ts";
import { sharedPrinter } from "../helpers/shared.ts";
import { skipBrowser, skipPdf } from "../helpers/tools.ts";

const metadata = {
  title: "t",
  author: "a",
  subject: "s",
  keywords: [],
  language: "th",
  date: new Date(Date.UTC(2025, 9, 15)),
};

describe.skipIf(skipBrowser)(`PdfPrinter${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`, () => {
  let printer: PdfPrinter;
  let site: string;

  beforeAll(async () => {
    printer = await sharedPrinter();
    site = await scratch("printer");
    await mkdir(join(site, "p"));
  });

  afterAll(async () => {
    await printer?.close();
  });

  const page = (name: string, body: string) =>
    writeFile(
      join(site, "p", name),
      `<!doctype html><html lang="th"><head><link rel="icon" href="data:,">${body}`,
    );

  it("connected to a browser another process launched, closes only its own connection", async () => {
    const other = await sharedPrinter();
    expect(other.connected).toBe(true);
    await other.close();
    expect(other.connected).toBe(false);
    // The browser itself still prints, for this printer and every other file.
    await page("after.html", "</head><body>ก</body></html>");
    const outFile = join(site, "after.pdf");
    const { pages } = await printer.print({
      siteDir: site,
      pagePath: "p/after.html",
      outFile,
      metadata,
    });
    expect(pages).toBe(1);
  });

  it("refuses anything outside the built site and names each address", async () => {
    await page(
      "outside.html",
      '<link rel="stylesheet" href="https://fonts.example.com/a.css"></head><body><img src="../missing.png">ก</body></html>',
    );
    const error = await printer
      .print({ siteDir: site, pagePath: "p/outside.html", outFile: join(site, "x.pdf"), metadata })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(PrintRequestError);
    expect(error.blocked).toEqual(
      expect.arrayContaining([
        "https://fonts.example.com/a.css",
        "http://report.localhost/missing.png",
      ]),
    );
  });

  it("refuses, without hanging, a request it cannot even decode", async () => {
    await page("bad.html", '</head><body><img src="%E0%A4%A.png">ก</body></html>');
    const started = performance.now();
    const error = await printer
      .print({
        siteDir: site,
        pagePath: "p/bad.html",
        outFile: join(site, "y.pdf"),
        metadata,
        timeoutMs: 20_000,
      })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(PrintRequestError);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("refuses to print a page whose own security policy blocked part of it", async () => {
    await writeFile(join(site, "p", "style.css"), "p { color: red }");
    await page(
      "csp.html",
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"><link rel="stylesheet" href="style.css"></head><body><p>ก</p></body></html>`,
    );
    const error = await printer
      .print({ siteDir: site, pagePath: "p/csp.html", outFile: join(site, "z.pdf"), metadata })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(PrintRequestError);
    expect(error.blocked).toEqual([
      "http://report.localhost/p/style.css (นโยบายความปลอดภัย Content-Security-Policy ของหน้าไม่อนุญาต)",
    ]);
  });

  it("prints a page that loads only its own files", async () => {
    await page("ok.html", "<title>ทดสอบ</title></head><body><p>สวัสดี</p></body></html>");
    const result = await printer.print({
      siteDir: site,
      pagePath: "p/ok.html",
      outFile: join(site, "ok.pdf"),
      metadata,
    });
    expect(result.pages).toBe(1);
  });

  it("finishes the PDF when its own browser is closed as soon as the page is printed", async () => {
    // The build closes the browser while Node finishes the last PDF (scripts/pipeline/printing.ts).
    const own = await PdfPrinter.launch(printer.location);
    await page("closing.html", "<title>ปิด</title></head><body><p>สวัสดี</p></body></html>");
    const outFile = join(site, "closing.pdf");
    let closing: Promise<void> | undefined;
    const result = await own.print({
      siteDir: site,
      pagePath: "p/closing.html",
      outFile,
      metadata,
      rendered: () => {
        closing = own.close();
      },
    });
    expect(result.pages).toBe(1);
    expect(closing).toBeDefined();
    await closing;
    expect(own.connected).toBe(false);
    expect((await readFile(outFile)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  describe.skipIf(skipPdf)("links", () => {
    const linked = async (siteUrl?: string) => {
      await page(
        "links.html",
        '<title>ลิงก์</title></head><body><p><a href="measure/index.html">มาตรการ</a> <a href="/p/doc.pdf">เอกสาร</a> <a href="https://www.example.go.th/news">ข่าว</a></p></body></html>',
      );
      const outFile = join(site, `links-${siteUrl ? "site" : "none"}.pdf`);
      await printer.print({
        siteDir: site,
        pagePath: "p/links.html",
        outFile,
        metadata: { ...metadata, siteUrl },
      });
      qpdfCheck(outFile);
      return pdfLinks(outFile);
    };

    it("point to the published site when its address is known, never to the printer", async () => {
      expect(await linked("https://www.example.go.th/ita/")).toEqual([
        "https://www.example.go.th/ita/p/measure/",
        "https://www.example.go.th/ita/p/doc.pdf",
        "https://www.example.go.th/news",
      ]);
    });

    it("are left out when the site's address is not known; links elsewhere stay", async () => {
      expect(await linked()).toEqual(["https://www.example.go.th/news"]);
    });
  });
});
