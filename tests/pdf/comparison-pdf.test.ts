import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { ARCHIVE, copyContent, scratch } from "../helpers/content.ts";
import { strayInBottomMargin } from "../helpers/layout.ts";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { sharedPrinter } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

/** Measures added to both years of the archive: a comparison long enough to run over pages. */
const ADDED = 40;

/** A title with marks stacked above its first line's letters (ที่), two lines in a column. */
const title = (index: number) => `กิจกรรมที่ ${index} ส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสียที่ดีที่สุดในพื้นที่`;

/**
 * The archive with 40 more measures kept from FY2568 into FY2569, printed: the comparison's
 * lists run over several pages, where an item that starts a page must keep its Thai marks there.
 */
describe.skipIf(skipPdf)(
  `a long comparison in print${skipPdf ? ` (skipped: ${skipPdf})` : ""}`,
  () => {
    let pdf: string;

    beforeAll(async () => {
      const content = await copyContent(ARCHIVE);
      for (const year of [2568, 2569]) {
        const first = await readFile(join(content, `${year}/measures/01-first-measure.md`), "utf8");
        for (let number = 3; number < 3 + ADDED; number += 1) {
          const text = first
            .replace(/^number: 1$/m, `number: ${number}`)
            .replace(/^title: .*$/m, `title: ${title(number)}`);
          await writeFile(join(content, `${year}/measures/${number}-kept.md`), text);
        }
      }
      const outDir = join(await scratch("comparison-pdf"), "dist");
      await build({ contentDir: content, outDir, printer: await sharedPrinter() });
      pdf = join(outDir, "2569", "ita-2569-testtown.pdf");
    });

    it("lists every kept measure over several pages, and no page has another page's ink at its foot", () => {
      const pages = Number(pdfInfo(pdf).Pages);
      const comparisonPages = Array.from({ length: pages }, (_, index) => index + 1).filter(
        (page) => pageText(pdf, page).includes(title(3).slice(0, 12)) || page === pages,
      );
      const text = comparisonPages.map((page) => pageText(pdf, page)).join("\n");
      expect(text).toContain(
        `ดำเนินการต่อเนื่อง ${(2 + ADDED).toLocaleString("th-TH-u-nu-thai")} มาตรการ`,
      );
      expect(comparisonPages.length).toBeGreaterThanOrEqual(2);
      const stray = comparisonPages.flatMap((page) =>
        strayInBottomMargin(pdf, page).map((ink) => `page ${page}: ${ink}`),
      );
      expect(stray).toEqual([]);
    });
  },
);
