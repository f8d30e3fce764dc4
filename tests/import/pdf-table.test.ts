import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { yearFiles } from "../../scripts/import/import-year.ts";
import { readSource } from "../../scripts/import/read-source.ts";
import { writeYear } from "../../scripts/import/write-year.ts";
import { matchCells } from "../helpers/cell-match.ts";
import { scratch } from "../helpers/content.ts";
import { LIBREOFFICE_FIXTURE, LIBREOFFICE_PDF } from "../helpers/libreoffice.ts";
import { skipPdf } from "../helpers/tools.ts";

const HEAD = "นายกองค์การบริหารส่วนตำบลช่อระกา";

/** Imports `path` as FY2567 into a folder of its own; returns the folder and what was noted. */
async function imported(path: string) {
  const { files, notes } = yearFiles(await readSource(path), 2567, HEAD);
  const content = await scratch("pdf-import");
  await writeYear(content, 2567, files, false);
  return { dir: join(content, "2567"), files, notes };
}

describe.skipIf(skipPdf)("importing the report from its PDF (printed by LibreOffice)", () => {
  let fromPdf: Awaited<ReturnType<typeof imported>>;

  beforeAll(async () => {
    fromPdf = await imported(LIBREOFFICE_PDF);
  });

  it("finds every measure and matches the Word import as measured", async () => {
    const fromWord = await imported(LIBREOFFICE_FIXTURE);
    expect([...fromPdf.files.keys()]).toEqual([...fromWord.files.keys()]);
    expect(fromPdf.files.get("report.md")).toBe(fromWord.files.get("report.md"));
    const match = await matchCells(join(fromWord.dir, "measures"), join(fromPdf.dir, "measures"));
    // Measured when the reader was written: 37 of 42 cells exact, 39 but for spaces, 99 %
    // alike. A PDF loses bold, bullets, a space where a line wrapped, a line break in a cell.
    expect(match.cells).toBe(42);
    expect(match.byColumn.period).toBe(7);
    expect(match.exact).toBeGreaterThanOrEqual(37);
    expect(match.exceptSpaces).toBeGreaterThanOrEqual(39);
    expect(match.similarity).toBeGreaterThanOrEqual(0.99);
    expect(fromPdf.notes.map((note) => note.note)).toEqual(fromWord.notes.map((note) => note.note));
  });

  it("puts Thai marks the PDF set apart back on their letters", async () => {
    const third = fromPdf.files.get("measures/03-measure.md") ?? "";
    expect(third).toContain("ชี้แจงในที่ประชุมประจำเดือน");
    expect(third).not.toMatch(/ชีแ้|\u0E34 \u0E19/);
  });
});
