import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runImport } from "../../scripts/cli/import-command.ts";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent, scratch, snapshot } from "../helpers/content.ts";
import { LIBREOFFICE_REPORT } from "../helpers/libreoffice.ts";
import { captureOutput } from "../helpers/output.ts";
import { MEASURES, reportDocx, TRICKY_THAI } from "../helpers/report-docx.ts";
import { skipPdf } from "../helpers/tools.ts";

const TAMBON = join(import.meta.dirname, "..", "fixtures", "tambon");

/** A Word file made from a PDF: the header typed again, measure 2 cut at a page break. */
const fromPdfLayout = () => reportDocx({ ...LIBREOFFICE_REPORT, longRow: undefined });

async function importInto(content: string, file: string, ...args: string[]) {
  const run = captureOutput();
  const code = await runImport([file, "--content", content, ...args], run.output);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** A file's header and body, the header read as the project reads it (dates stay text). */
const read = (path: string) =>
  readFile(path, "utf8").then((text) =>
    matter(text, { engines: { yaml: (source) => parse(source) as object } }),
  );

describe("npm run import from a Word file made with the docx package", () => {
  let content: string;
  let result: Awaited<ReturnType<typeof importInto>>;
  const year = () => join(content, "2567");

  beforeAll(async () => {
    content = await copyContent(TAMBON);
    const file = join(await scratch("docx"), "รายงาน 2567.docx");
    await writeFile(file, await fromPdfLayout());
    result = await importInto(content, file, "--year", "๒๕๖๗");
  });

  it("writes report.md and one measure per row, the repeated header and the cut row merged", async () => {
    expect(result.code).toBe(0);
    expect(await readdir(join(year(), "measures"))).toEqual(
      ["01", "02", "03", "04", "05", "06", "07"].map((number) => `${number}-measure.md`),
    );
    expect(result.stdout).toContain("มาตรการ ๗ ไฟล์");
    expect(result.stdout).toContain("2567/measures/07-measure.md");
  });

  it("numbers and titles from the row, without the number prefix", async () => {
    const first = await read(join(year(), "measures", "01-measure.md"));
    expect(first.data.number).toBe(1);
    expect(first.data.title).toBe("โครงการอบรมคุณธรรม จริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    expect(first.data.responsibleUnits).toEqual(["สำนักปลัด", "กองคลัง"]);
  });

  it("reads every kind of Thai period", async () => {
    const periods = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async (number) => {
        const { data } = await read(join(year(), "measures", `0${number}-measure.md`));
        return `${data.period.start}/${data.period.end}`;
      }),
    );
    expect(periods).toEqual([
      "2566-10/2567-09",
      "2567-03/2567-04",
      "2566-12/2566-12",
      "2566-10-01/2567-09-30",
      "2566-10/2567-09",
      "2566-12-09/2566-12-09",
    ]);
  });

  it("keeps a period it cannot read in a [รอกรอก] comment, and lists it", async () => {
    const text = await readFile(join(year(), "measures", "07-measure.md"), "utf8");
    expect(text).toMatch(/# \[รอกรอก\] ระยะเวลาดำเนินการ: ต้นฉบับเขียนว่า ตามความเหมาะสม/);
    expect(result.stdout).toContain(
      '07-measure.md: ระยะเวลาดำเนินการ "ตามความเหมาะสม" อ่านเป็นวันที่ไม่ได้',
    );
  });

  it("turns Word numbering, hand-typed numbers and bullets into Markdown lists, bold kept", async () => {
    const first = await read(join(year(), "measures", "01-measure.md"));
    expect(first.content).toContain(
      "## ขั้นตอนหรือวิธีการปฏิบัติ\n\n1. ประชุมคณะทำงาน\n2. จัดอบรม **๕๐ คน**\n",
    );
    expect(first.content).toContain("## ผลลัพธ์หรือผลสัมฤทธิ์\n\n- บุคลากรเข้าใจมากขึ้น\n- ข้อร้องเรียนลดลง\n");
    const second = await read(join(year(), "measures", "02-measure.md"));
    // The cut row's items count on, and its text finishes the paragraph it was cut from.
    expect(second.content).toContain("1. จัดทำประกาศ\n2. เผยแพร่ประกาศ\n3. ติดตามผล\n");
    expect(second.content).toContain("## ผลการดำเนินการ\n\nเผยแพร่ประกาศแล้วครบทุกส่วน\n");
  });

  it("writes the introduction and the signer into report.md, as a draft", async () => {
    const report = await read(join(year(), "report.md"));
    expect(report.data).toEqual({
      title: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      tableTitle: "ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      signer: { name: "นายทดสอบ ระบบดี", position: "นายกองค์การบริหารส่วนตำบลช่อระกา" },
      status: "draft",
    });
    expect(report.content.trim()).toMatch(/^องค์การบริหารส่วนตำบลช่อระกาได้วิเคราะห์/);
  });

  it("keeps Thai text byte for byte: NFC, no invisible characters", async () => {
    const bytes = await readFile(join(year(), "measures", "01-measure.md"));
    expect(bytes.includes(Buffer.from(`ผู้เข้าร่วม ๕๐ คน ${TRICKY_THAI}\n`, "utf8"))).toBe(true);
    const report = await readFile(join(year(), "report.md"), "utf8");
    expect(report).toContain(TRICKY_THAI);
    for (const name of await readdir(join(year(), "measures"))) {
      const text = await readFile(join(year(), "measures", name), "utf8");
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/[\u200B-\u200D\uFEFF\u00AD]|\u0E4D\u0E32|\u0E40\u0E40/);
    }
  });

  it("checks the year it wrote: no errors, and prints what is left", async () => {
    const check = await checkSite(content);
    const inYear = check.problems.filter((problem) => problem.file.includes("/2567/"));
    expect(inYear.filter((problem) => problem.code.startsWith("E_"))).toEqual([]);
    expect(result.stdout).toContain("ตรวจเนื้อหาของปีนี้แล้ว ไม่มีข้อผิดพลาด");
  });
});

describe("npm run import writes all or nothing", () => {
  it("refuses a year that is there, in Thai, naming the folder, and changes nothing", async () => {
    const content = await copyContent(TAMBON);
    const file = join(await scratch("docx"), "report.docx");
    await writeFile(file, await reportDocx({ measures: MEASURES.slice(0, 2) }));
    const before = await snapshot(content);
    const refused = await importInto(content, file, "--year", "2568");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("มีปีงบประมาณ ๒๕๖๘ อยู่แล้ว");
    expect(refused.stderr).toContain("--force");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(content)).toEqual(before);

    const forced = await importInto(content, file, "--year", "2568", "--force");
    expect(forced.code).toBe(0);
    expect(await readdir(join(content, "2568", "measures"))).toEqual([
      "01-measure.md",
      "02-measure.md",
    ]);
    expect((await readdir(content)).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it.each([
    ["a missing file", "ไม่มีไฟล์นี้.docx", "ไม่พบไฟล์"],
    ["a .doc file", "old.doc", "บันทึกเป็น > เอกสาร Word (.docx)"],
    ["a text file renamed .docx", "broken.docx", "เปิด broken.docx เป็นไฟล์ Word ไม่ได้"],
    ["a document without the table", "no-table.txt", "ไม่พบตารางมาตรการในไฟล์ no-table.txt"],
  ])("explains %s in Thai, without a stack trace, and writes nothing", async (_, name, message) => {
    const content = await copyContent(TAMBON);
    const dir = await scratch("bad");
    if (name !== "ไม่มีไฟล์นี้.docx") await writeFile(join(dir, name), "ข้อความธรรมดา ไม่มีตาราง\n");
    const result = await importInto(content, join(dir, name), "--year", "2567");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(content, "2567"))).toBe(false);
    expect((await readdir(content)).filter((entry) => entry.startsWith("."))).toEqual([]);
  });

  it.skipIf(skipPdf)("refuses a PDF without the table, saying to use the Word file", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText("ITA report 2567", { x: 50, y: 700 });
    const file = join(await scratch("pdf"), "report.pdf");
    await writeFile(file, await pdf.save());
    const content = await copyContent(TAMBON);
    const result = await importInto(content, file, "--year", "2567");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ไม่พบตารางมาตรการใน PDF report.pdf");
    expect(result.stderr).toContain("ไฟล์ Word (.docx)");
    expect(existsSync(join(content, "2567"))).toBe(false);
  });

  it("asks for the year", async () => {
    const result = await importInto(await copyContent(TAMBON), "report.docx");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ยังไม่ได้ระบุปีงบประมาณ");
    expect(result.stderr).toContain("--year 2567");
  });
});
