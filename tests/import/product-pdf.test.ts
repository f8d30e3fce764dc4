import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yearFiles } from "../../scripts/import/import-year.ts";
import { readSource } from "../../scripts/import/read-source.ts";
import { writeYear } from "../../scripts/import/write-year.ts";
import { matchCells } from "../helpers/cell-match.ts";
import { REAL_CONTENT, scratch } from "../helpers/content.ts";
import { sharedBuild } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

/**
 * The FY2568 report as this product prints it (Chromium, Sarabun), imported back: a PDF such
 * as an agency that used the product publishes, read without its Word file.
 */
describe.skipIf(skipPdf)("importing the PDF the product printed from content/2568", () => {
  it("finds the five measures and gives back content/2568 but for spaces at line ends", async () => {
    const real = await sharedBuild("real");
    const pdf = join(real.out, "2568", "ita-2568-muangkong.pdf");
    const { files, notes } = yearFiles(await readSource(pdf), 2568, "นายกเทศมนตรีตำบลเมืองคง");
    const content = await scratch("product-pdf");
    await writeYear(content, 2568, files, false);
    expect([...files.keys()].filter((name) => name.startsWith("measures/"))).toEqual(
      ["01", "02", "03", "04", "06"].map((number) => `measures/${number}-measure.md`),
    );
    const match = await matchCells(
      join(REAL_CONTENT, "2568", "measures"),
      join(content, "2568", "measures"),
    );
    // Measured when the reader was written: 18 of 30 cells exact, 28 but for spaces (a space
    // where a line wrapped is lost), 99.5 % alike; the page foot is not taken into a cell.
    expect(match.cells).toBe(30);
    expect(match.byColumn.period).toBe(5);
    expect(match.byColumn.units).toBe(5);
    expect(match.exact).toBeGreaterThanOrEqual(18);
    expect(match.exceptSpaces).toBeGreaterThanOrEqual(28);
    expect(match.similarity).toBeGreaterThanOrEqual(0.99);
    // The evidence appendix after the table is listed as not imported, not lost in silence.
    expect(notes.some((note) => note.note.includes("ภาคผนวก"))).toBe(true);
  });
});
