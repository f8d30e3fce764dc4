import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClerkError } from "../clerk-error.ts";
import { checkSite } from "../content/load.ts";
import { displayPath } from "../content/source-file.ts";
import { importYear } from "../import/import-year.ts";
import { readSource } from "../import/read-source.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import {
  consoleOutput,
  countProblems,
  items,
  type Output,
  printProblems,
} from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";
import { fiscalYearArgument } from "./year-arguments.ts";

/**
 * `npm run import -- รายงาน.docx --year 2567`: last year's Word report (or a PDF's text) as a
 * year of content, written all at once, then checked. Refuses a year that is there already
 * unless `--force`.
 */
export async function runImport(args: string[], output: Output = consoleOutput): Promise<number> {
  const debug = args.includes("--debug");
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        year: { type: "string" },
        content: { type: "string", default: "content" },
        force: { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
      },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) {
      throw new ClerkError(
        `${file ? "ระบุไฟล์ได้ครั้งละหนึ่งไฟล์" : "ยังไม่ได้ระบุไฟล์ที่จะนำเข้า"}\n  วิธีแก้: npm run import -- รายงาน-2567.docx --year 2567 (ถ้าชื่อไฟล์มีเว้นวรรค ให้ครอบด้วยเครื่องหมายคำพูด)`,
      );
    }
    const year = fiscalYearArgument(
      values.year,
      "import",
      "npm run import -- รายงาน-2567.docx --year 2567",
    );
    const contentDir = resolve(values.content);
    const document = await readSource(resolve(file));
    if (document.rows.length === 0) {
      throw new ClerkError(
        `ไม่พบตารางมาตรการในไฟล์ ${basename(file)}\n  วิธีแก้: ไฟล์ต้องมีตารางหกคอลัมน์ (มาตรการ/โครงการ/กิจกรรม ขั้นตอนหรือวิธีการปฏิบัติ ระยะเวลาดำเนินการ ผู้รับผิดชอบ ผลการดำเนินการ ผลลัพธ์) ถ้าเป็น PDF ให้ใช้ไฟล์ Word ต้นฉบับแทน`,
      );
    }
    const imported = await importYear(document, { year, contentDir, force: values.force });
    output.out(
      `✓ นำเข้า ${basename(file)} เป็นปีงบประมาณ ${formatThaiNumber(year)} แล้ว: มาตรการ ${formatThaiNumber(imported.measures)} ไฟล์ (สถานะร่าง)`,
    );
    output.out("ไฟล์ที่เขียน:");
    for (const path of imported.written) output.out(`  ${displayPath(path)}`);
    if (imported.notes.length > 0) {
      output.out(`\nสิ่งที่นำเข้าได้ไม่ครบ ต้องตรวจกับต้นฉบับ (${items(imported.notes.length)}):`);
      for (const { file: inYear, note } of imported.notes) {
        const where = inYear
          ? `${displayPath(resolve(imported.dir, inYear))}: `
          : `${basename(file)}: `;
        output.out(`  ${where}${note}`);
      }
    }
    const check = await checkSite(contentDir);
    const yearDir = displayPath(imported.dir);
    const problems = check.problems.filter((problem) => problem.file.startsWith(yearDir));
    output.out("");
    printProblems({ problems, accepted: [] }, output);
    const { errors } = countProblems(problems);
    output.out(
      [
        errors > 0
          ? `ปีนี้ยังเผยแพร่ไม่ได้จนกว่าจะแก้ข้อผิดพลาด ${items(errors)} ข้างบน`
          : "ตรวจเนื้อหาของปีนี้แล้ว ไม่มีข้อผิดพลาด",
        "ขั้นต่อไป: เปิดแต่ละไฟล์เทียบกับต้นฉบับ แก้ตามรายการข้างบน แล้วสั่ง npm run check",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    reportFailure(error, { debug, failed: "นำเข้าไม่สำเร็จ" }, output);
    return 1;
  }
}
