import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { type BuildResult, build } from "../../scripts/pipeline/pipeline.ts";
import { ARCHIVE, copyContent, scratch } from "../helpers/content.ts";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { sharedBuild, sharedPrinter } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

const texts = (file: string) =>
  Array.from({ length: Number(pdfInfo(file).Pages) }, (_, index) => pageText(file, index + 1));

/** pdfinfo without the byte count, which font subsetting may shift between prints. */
const info = (file: string) => {
  const { "File size": _size, ...rest } = pdfInfo(file);
  return rest;
};

const reused = (result: BuildResult) =>
  Object.fromEntries(result.pdfs.map((pdf) => [pdf.path, pdf.reused]));

/**
 * The PDF cache: a PDF whose page, styles, fonts, photos and metadata are unchanged is copied
 * from the cache instead of printed; anything that changes what it shows prints it again.
 */
describe.skipIf(skipPdf)(`reusing unchanged PDFs${skipPdf ? ` (skipped: ${skipPdf})` : ""}`, () => {
  let printer: PdfPrinter;
  let content: string;
  let cacheDir: string;
  const buildOnce = async (name: string) => {
    const outDir = join(await scratch(name), "dist");
    const result = await build({ contentDir: content, outDir, printer, cacheDir });
    return { result, outDir };
  };

  beforeAll(async () => {
    printer = await sharedPrinter();
    content = await copyContent(ARCHIVE);
    cacheDir = join(await scratch("pdf-cache"), "build");
  });
  afterAll(() => printer?.close());

  it("prints everything the first time, then reuses every PDF, byte for byte, when nothing changed", async () => {
    const first = await buildOnce("cache-first");
    expect(Object.values(reused(first.result))).toEqual([false, false, false, false]);
    const second = await buildOnce("cache-second");
    expect(Object.values(reused(second.result))).toEqual([true, true, true, true]);
    for (const pdf of second.result.pdfs) {
      expect(await readFile(join(second.outDir, pdf.path)), pdf.path).toEqual(
        await readFile(join(first.outDir, pdf.path)),
      );
      expect(pdf.pages).toBe(first.result.pdfs.find((other) => other.path === pdf.path)?.pages);
    }
    // And a reused PDF says what a fresh print of the same content says: the shared build's,
    // printed with no cache.
    const fresh = await sharedBuild("archive");
    for (const pdf of fresh.pdfs) {
      const [cached, printed] = [join(second.outDir, pdf.path), join(fresh.out, pdf.path)];
      expect(texts(cached), pdf.path).toEqual(texts(printed));
      expect(info(cached), pdf.path).toEqual(info(printed));
    }
  });

  it("prints again only what a changed measure is in: its year's report and plan", async () => {
    const measure = join(content, "2569/measures/02-second-measure.md");
    const text = await readFile(measure, "utf8");
    await writeFile(measure, text.replace("ประชุมชี้แจง", "ประชุมชี้แจงฉบับแก้ไข"));
    const { result, outDir } = await buildOnce("cache-changed");
    expect(reused(result)).toEqual({
      "2569/ita-2569-testtown.pdf": false,
      "2569/ita-plan-2569-testtown.pdf": false,
      "2568/ita-2568-testtown.pdf": true,
      "2568/ita-plan-2568-testtown.pdf": true,
    });
    expect(texts(join(outDir, "2569/ita-plan-2569-testtown.pdf")).join("")).toContain("ฉบับแก้ไข");
  });

  it("prints the report again when a photo in its appendix changes, and not its plan", async () => {
    // Another photo under the same name, as when a clerk replaces a picture.
    await copyFile(
      join(content, "2568/evidence/01-poster.jpg"),
      join(content, "2568/evidence/01-meeting.jpg"),
    );
    const { result } = await buildOnce("cache-photo");
    expect(reused(result)).toMatchObject({
      "2568/ita-2568-testtown.pdf": false,
      "2568/ita-plan-2568-testtown.pdf": true,
    });
  });
});
