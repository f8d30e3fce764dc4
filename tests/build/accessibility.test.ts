import { join } from "node:path";
import { AxePuppeteer } from "@axe-core/puppeteer";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build/pipeline.ts";
import { findBrowser, launchBrowser } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { REAL_CONTENT, scratch } from "../helpers/content.ts";
import { skipBrowser } from "../helpers/tools.ts";

/** axe-core over the real FY2568 pages, at phone and desktop widths: WCAG 2 A and AA. */
describe.skipIf(skipBrowser)(
  `accessibility of the website${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let out: string;
    let browser: Browser;

    beforeAll(async () => {
      out = join(await scratch("axe"), "dist");
      const printer = await PdfPrinter.launch(findBrowser());
      try {
        await build({ contentDir: REAL_CONTENT, outDir: out, printer });
      } finally {
        await printer.close();
      }
      browser = await launchBrowser(findBrowser());
    });

    afterAll(async () => {
      await browser?.close();
    });

    const pages = ["index.html", "2568/index.html", "2568/measures/01-ethics-training/index.html"];
    for (const path of pages) {
      for (const width of [375, 1280]) {
        it(`${path} at ${width} px has no WCAG 2 A/AA violations`, async () => {
          const page = await browser.newPage();
          try {
            await page.setViewport({ width, height: 800 });
            await page.goto(`file://${join(out, path)}`, { waitUntil: "load" });
            const result = await new AxePuppeteer(page).withTags(["wcag2a", "wcag2aa"]).analyze();
            const violations = result.violations.map(
              (violation) => `${violation.id}: ${violation.help}`,
            );
            expect(violations).toEqual([]);
          } finally {
            await page.close();
          }
        });
      }
    }
  },
);
