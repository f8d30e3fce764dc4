import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNewMeasure } from "../../scripts/cli/new-measure-command.ts";
import { runNewYear } from "../../scripts/cli/new-year-command.ts";
import type { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { ARCHIVE, copyContent, scratch, snapshot } from "../helpers/content.ts";
import { readBuilt } from "../helpers/html.ts";
import { captureOutput } from "../helpers/output.ts";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { references, serveFolder } from "../helpers/serve.ts";
import { sharedBrowser, sharedBuild, sharedPrinter } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

const SITE_URL = "https://www.example.go.th/ita/";

/** The file a site address is answered with, as a static host does: a folder by its index.html. */
const fileOf = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/**
 * tests/fixtures/archive: FY2568, final, and FY2569, a draft made from it by `npm run new-year`
 * (its results still "[รอกรอก]"). Built with real Eleventy and printed in real Chromium.
 */
describe.skipIf(skipPdf)(
  `an archive of fiscal years${skipPdf ? ` (skipped: ${skipPdf})` : ""}`,
  () => {
    let printer: PdfPrinter;
    let out: string;
    const html = (path: string) => readBuilt(out, path);

    beforeAll(async () => {
      printer = await sharedPrinter();
      // Built with strict: true, as CI builds it (tests/helpers/shared-setup.ts).
      out = (await sharedBuild("archive")).out;
    });
    afterAll(() => printer?.close());

    it("lists every year on the index, newest first, each with its page, PDF and OIT links", async () => {
      const index = await html("index.html");
      const items = [...index.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? "");
      expect(items.map((item) => /ปีงบประมาณ พ\.ศ\. ([๐-๙]{4})/.exec(item)?.[1])).toEqual([
        "๒๕๖๙",
        "๒๕๖๘",
      ]);
      for (const [item, year] of [
        [items[0], "2569"],
        [items[1], "2568"],
      ] as const) {
        expect(item).toContain(`href="${year}/index.html"`);
        expect(item).toContain(`href="${year}/ita-${year}-testtown.pdf"`);
        expect(item).toContain(`href="${year}/oit/index.html"`);
      }
      expect(items[0]).toContain('<span class="draft-badge">ร่าง</span>');
      expect(items[1]).not.toContain("ร่าง");
    });

    it("marks every web page of the draft year, and no page of the final one", async () => {
      const files = Object.keys(await snapshot(out)).filter((file) => file.endsWith(".html"));
      const yearPages = files.filter((file) => /^\d{4}\//.test(file));
      expect(yearPages.length).toBeGreaterThanOrEqual(8);
      for (const file of yearPages) {
        const page = await html(file);
        // The draft year's plan is final: its measures, steps, periods and units are all written.
        const draft = file.startsWith("2569/") && !file.includes("/plan/");
        expect(page.includes('class="draft-banner"'), file).toBe(draft);
        expect(page.includes("<title>(ร่าง) "), file).toBe(draft);
        // The way back leads to the page's own year, not to the newest one.
        const crumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? "";
        const years = [...crumbs.matchAll(/href="([^"]+)"/g)]
          .map((match) => new URL(match[1] ?? "", `http://host/${file}`).pathname)
          .flatMap((path) => /^\/(\d{4})\/index\.html$/.exec(path)?.[1] ?? []);
        expect(years, file).toEqual(file.split("/").length > 2 ? [file.slice(0, 4)] : []);
      }
      // The draft's gaps are highlighted, not printed as if they were the report's words.
      expect(await html("2569/index.html")).toContain('<mark class="to-fill">รอกรอก</mark>');
    });

    it("says ร่าง on every page of the draft's PDF, cover included, and nowhere in the final one", () => {
      const pdf = (year: number) => join(out, String(year), `ita-${year}-testtown.pdf`);
      const pages = (year: number) => Number(pdfInfo(pdf(year)).Pages);
      expect(pages(2569)).toBeGreaterThanOrEqual(3);
      for (let page = 1; page <= pages(2569); page += 1) {
        expect(pageText(pdf(2569), page), `2569 page ${page}`).toContain("ร่าง · ยังไม่ใช่ฉบับสมบูรณ์");
      }
      expect(pageText(pdf(2569), 1)).toContain("ฉบับร่าง");
      expect(pdfInfo(pdf(2569)).Title).toMatch(/^\(ร่าง\) /);
      for (let page = 1; page <= pages(2568); page += 1) {
        expect(pageText(pdf(2568), page), `2568 page ${page}`).not.toContain("ร่าง");
      }
      expect(pdfInfo(pdf(2568)).Title).not.toContain("ร่าง");
      // A year whose results are still to be filled gets its plan, final, all the same.
      const plan = join(out, "2569/ita-plan-2569-testtown.pdf");
      for (let page = 1; page <= Number(pdfInfo(plan).Pages); page += 1) {
        expect(pageText(plan, page), `2569 plan page ${page}`).not.toContain("ร่าง");
      }
    });

    it("shows the ITA score history as a chart and a table on the index, each year's page and its PDF", async () => {
      const index = await html("index.html");
      expect(index).toContain('<svg class="score-chart-svg"');
      expect(index).toContain('<th scope="row">๒๕๖๕</th>');
      const year = await html("2568/index.html");
      for (const text of ["๙๕.๐๐ (AA)", "AA (ผ่านเกณฑ์)", "B (ไม่ผ่านเกณฑ์)", "ส่วนที่ ๒ = ๙๐.๘๑"]) {
        expect(year).toContain(text);
      }
      const pdf = join(out, "2568/ita-2568-testtown.pdf");
      const printed = pageText(pdf, 2);
      expect(printed).toContain("ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง");
      expect(printed).toContain("๘๔.๙๙ (B)");
    });

    it("shows a measure's evidence on its page and in the report's appendix, photos at print quality", async () => {
      const page = await html("2568/measures/01-first-measure/index.html");
      const photos = [
        ...page.matchAll(
          /<img src="([^"]+)" srcset="([^"]+)"[^>]* width="(\d+)" height="(\d+)" alt="([^"]+)"/g,
        ),
      ];
      expect(photos.map((photo) => photo[5])).toEqual([
        "ภาพการประชุมชี้แจงโครงการทดสอบ",
        "โปสเตอร์ประชาสัมพันธ์โครงการทดสอบ",
      ]);
      for (const [, src = "", srcset = ""] of photos) {
        const base = join(out, "2568/measures/01-first-measure");
        expect(existsSync(join(base, src)), src).toBe(true);
        for (const candidate of srcset.split(", ")) {
          expect(existsSync(join(base, candidate.split(" ")[0] ?? "")), candidate).toBe(true);
        }
      }
      expect(page).toContain("<figcaption>ภาพการประชุมชี้แจงโครงการทดสอบ</figcaption>");
      expect(page).toContain('href="../../evidence/01-announcement.pdf">ประกาศโครงการทดสอบ</a>');
      expect(page).toContain('href="https://example.go.th/ita/news">ข่าวโครงการบนเว็บไซต์</a>');
      expect(existsSync(join(out, "2568/evidence/01-announcement.pdf"))).toBe(true);
      // The appendix: the last page of the report, with both photos at their 1280-pixel width.
      const pdf = join(out, "2568/ita-2568-testtown.pdf");
      const last = Number(pdfInfo(pdf).Pages);
      expect(pageText(pdf, last)).toContain("ภาคผนวก ภาพและเอกสารประกอบการดำเนินการ");
      expect(pageText(pdf, last)).toContain("โปสเตอร์ประชาสัมพันธ์โครงการทดสอบ");
      const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter(Boolean)
        .map((line) => line.trim().split(/\s+/));
      const sizes = images.map((columns) => [Number(columns[0]), Number(columns[3]), columns[2]]);
      expect(sizes.filter(([page]) => page === last)).toEqual([
        [last, 1280, "image"],
        [last, 900, "image"],
      ]);
      // Elsewhere only the agency's logo, drawn from its SVG at print quality, on the cover.
      expect(sizes.filter(([page, , type]) => page !== last && type === "image")).toEqual([
        [1, 1024, "image"],
      ]);
    });

    it("lists on each OIT page the full address of the report, its PDF and every measure, all of which exist", async () => {
      const files = new Set(Object.keys(await snapshot(out)));
      for (const year of [2568, 2569]) {
        const page = await html(`${year}/oit/index.html`);
        const links = [
          ...page.matchAll(/<a class="oit-url" href="([^"]+)" data-url="([^"]+)">([^<]+)<\/a>/g),
        ];
        // The report page and PDF, the plan page and PDF, the open data, and the two measures.
        expect(links).toHaveLength(8);
        for (const [, href = "", full = "", shown = ""] of links) {
          expect(shown).toBe(full);
          expect(full.startsWith(SITE_URL), full).toBe(true);
          const path = fileOf(full.slice(SITE_URL.length));
          expect(files.has(path), `${full} → ${path}`).toBe(true);
          // The link itself, relative to the OIT page, reaches the same file.
          const resolved = new URL(href, `${SITE_URL}${year}/oit/`).href;
          expect(resolved).toBe(full);
        }
        expect(links.map(([, , full]) => full)).toEqual([
          `${SITE_URL}${year}/`,
          `${SITE_URL}${year}/ita-${year}-testtown.pdf`,
          `${SITE_URL}${year}/plan/`,
          `${SITE_URL}${year}/ita-plan-${year}-testtown.pdf`,
          `${SITE_URL}${year}/ita-${year}-testtown.csv`,
          `${SITE_URL}${year}/ita-${year}-testtown.json`,
          `${SITE_URL}${year}/measures/01-first-measure/`,
          `${SITE_URL}${year}/measures/02-second-measure/`,
        ]);
      }
      const final = await html("2568/oit/index.html");
      expect(final).toContain("<dd>๒๐ ตุลาคม ๒๕๖๘</dd>");
      expect(final).toContain("<dd>ฉบับสมบูรณ์</dd>");
      expect(await html("2569/oit/index.html")).toContain("<dd>ร่าง (ยังไม่ใช่ฉบับสมบูรณ์)</dd>");
    });

    it("keeps every address, and every page of other years unchanged, when a year and a measure are added", async () => {
      const before = await snapshot(out);
      const content = await copyContent(ARCHIVE);
      const { output } = captureOutput();
      expect(await runNewYear(["2570", "--content", content], output)).toBe(0);
      expect(await runNewMeasure(["2569", "extra-activity", "--content", content], output)).toBe(0);
      const again = join(await scratch("archive-again"), "dist");
      await build({ contentDir: content, outDir: again, printer });
      const after = await snapshot(again);
      const missing = Object.keys(before).filter((file) => !(file in after));
      expect(missing).toEqual([]);
      expect(Object.keys(after)).toEqual(
        expect.arrayContaining([
          "2570/index.html",
          "2570/ita-2570-testtown.pdf",
          "2570/oit/index.html",
          "2569/measures/03-extra-activity/index.html",
        ]),
      );
      // The final year's pages do not even change by a byte; the PDF's date does.
      for (const file of Object.keys(before).filter((file) => file.startsWith("2568/"))) {
        if (!file.endsWith(".pdf")) expect(after[file], file).toBe(before[file]);
      }
    });

    it("works in a subfolder of a plain web host: every link, stylesheet, font and image answers", async () => {
      const host = await serveFolder(out, "/ita/");
      const browser = await sharedBrowser();
      try {
        // Every address every page and stylesheet names, fetched from the host.
        const files = Object.keys(await snapshot(out)).filter((file) => /\.(html|css)$/.test(file));
        const checked = new Set<string>();
        for (const file of files) {
          const base = `${host.url}${file}`;
          for (const reference of references(await html(file))) {
            const url = new URL(reference, base);
            if (url.origin !== new URL(host.url).origin || url.protocol === "data:") continue;
            url.hash = "";
            if (checked.has(url.href)) continue;
            checked.add(url.href);
            const response = await fetch(url);
            expect(response.status, `${file} → ${reference}`).toBe(200);
          }
        }
        expect(checked.size).toBeGreaterThan(30);
        // And in a browser: the fonts and the logo load, nothing fails.
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on("requestfailed", (request) => failed.push(request.url()));
        page.on("response", (response) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`${host.url}2569/oit/`, { waitUntil: "networkidle0" });
        const state = await page.evaluate(async () => {
          await document.fonts.ready;
          const logo = document.querySelector<HTMLImageElement>(".agency-logo");
          return {
            sarabun: document.fonts.check('16px "Sarabun"', "ก"),
            logo: Boolean(logo?.complete && logo.naturalWidth > 0),
            shown: document.querySelector("a.oit-url")?.textContent,
            button: document.querySelector<HTMLButtonElement>("button[data-copy]")?.hidden,
          };
        });
        await page.close();
        expect(failed, failed.join("\n")).toEqual([]);
        expect(state).toEqual({
          sarabun: true,
          logo: true,
          shown: `${SITE_URL}2569/`,
          button: false,
        });
      } finally {
        await browser.disconnect();
        await host.close();
      }
    });
  },
);
