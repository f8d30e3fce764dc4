import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yearFiles } from "../../scripts/import/import-year.ts";
import { readSource } from "../../scripts/import/read-source.ts";
import { scratch } from "../helpers/content.ts";
import {
  LIBREOFFICE_FIXTURE,
  LIBREOFFICE_REPORT,
  saveWithLibreOffice,
  skipLibreOffice,
} from "../helpers/libreoffice.ts";
import { longOutput, reportDocx } from "../helpers/report-docx.ts";

const HEAD = "นายกองค์การบริหารส่วนตำบลช่อระกา";

/** The files an import of `path` would write for FY2567. */
const filesOf = async (path: string) => yearFiles(await readSource(path), 2567, HEAD);

/** The same report as the docx package writes it, before LibreOffice saved it. */
async function fromDocxPackage() {
  const file = join(await scratch("docx"), "report.docx");
  await writeFile(file, await reportDocx(LIBREOFFICE_REPORT));
  return filesOf(file);
}

describe("a report saved by LibreOffice Writer (committed fixture)", () => {
  it("imports to exactly the files the docx package's own file gives", async () => {
    const saved = await filesOf(LIBREOFFICE_FIXTURE);
    const made = await fromDocxPackage();
    expect([...saved.files.keys()]).toEqual([...made.files.keys()]);
    expect(Object.fromEntries(saved.files)).toEqual(Object.fromEntries(made.files));
    expect(saved.measures).toBe(7);
  });

  it("reads the repeat-heading row once and the row that runs over a page as one measure", async () => {
    const { files, notes } = await filesOf(LIBREOFFICE_FIXTURE);
    const first = files.get("measures/01-measure.md") ?? "";
    // Word and LibreOffice keep a row that runs over a page as one row: all 60 items are there.
    const items = longOutput(60).map((line, index) => line.replace(/^1\./, `${index + 1}.`));
    expect(first).toContain(items.join("\n"));
    expect([...files.values()].join("\n")).not.toContain("ขั้นตอนหรือวิธีการปฏิบัติ\n\n## ");
    expect(notes.map((note) => note.note)).toEqual([
      'ระยะเวลาดำเนินการ "ตามความเหมาะสม" อ่านเป็นวันที่ไม่ได้ ใส่ไว้ทั้งปีงบประมาณก่อน',
    ]);
  });
});

/**
 * Starting LibreOffice takes about five seconds, more than the whole suite may grow by: the live
 * save runs when asked for (ITA_LIVE_LIBREOFFICE=1), and only where LibreOffice is installed.
 */
const skipLive =
  skipLibreOffice ??
  (process.env.ITA_LIVE_LIBREOFFICE === "1"
    ? undefined
    : "set ITA_LIVE_LIBREOFFICE=1 to save through LibreOffice now (about 5 s)");

describe.skipIf(skipLive)(`saving with LibreOffice now (${skipLive ?? "live"})`, () => {
  it("gives the files of the committed fixture", async () => {
    const live = await filesOf(await saveWithLibreOffice(LIBREOFFICE_REPORT));
    const committed = await filesOf(LIBREOFFICE_FIXTURE);
    expect(Object.fromEntries(live.files)).toEqual(Object.fromEntries(committed.files));
  });
});
