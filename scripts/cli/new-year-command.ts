import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { checkSite } from "../content/load.ts";
import { displayPath, readSourceFile } from "../content/source-file.ts";
import { createNextYear, frontMatter, removeAcceptance } from "../scaffold/new-year.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { consoleOutput, items, type Output, printProblems } from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";
import { yearCommand } from "./year-arguments.ts";

/**
 * `npm run new-year -- 2569`: next year's folder from the latest year, as a draft whose results
 * are to be filled. The content must pass the check first: only good content is carried on.
 */
export async function runNewYear(args: string[], output: Output = consoleOutput): Promise<number> {
  const debug = args.includes("--debug");
  try {
    const { year, contentDir } = yearCommand(args, "new-year");
    const check = await checkSite(contentDir);
    if (!check.site) {
      printProblems(check, output);
      output.err("✗ ยังสร้างปีใหม่ไม่ได้ เพราะเนื้อหาเดิมมีข้อผิดพลาด แก้ตามข้างบนแล้วสั่งอีกครั้ง");
      return 1;
    }
    const created = await createNextYear(contentDir, check.site, year);
    await dropUnusedAcceptances(contentDir, created.dir);
    const after = await checkSite(contentDir);
    const toFill = after.problems.filter(
      (problem) =>
        problem.code === "W_TO_FILL" && problem.file.startsWith(displayPath(created.dir)),
    ).length;
    const yearText = formatThaiNumber(year);
    output.out(
      `✓ สร้างปีงบประมาณ ${yearText} จากปี ${formatThaiNumber(created.fromYear)} แล้ว: ${displayPath(created.dir)}/ (มาตรการ ${formatThaiNumber(created.measures)} ไฟล์ สถานะร่าง)`,
    );
    const shifted = created.changes.filter((change) => change.yearsShifted > 0);
    if (shifted.length > 0) {
      output.out("\nเลื่อนปี พ.ศ. ที่เขียนในข้อความไปหนึ่งปีแล้ว ตรวจทานว่าถูกต้องในไฟล์เหล่านี้:");
      for (const change of shifted) {
        output.out(`  ${displayPath(change.file)} (${items(change.yearsShifted)})`);
      }
    }
    output.out(
      [
        "",
        "ขั้นต่อไป:",
        `  ๑. แทนที่ทุกบรรทัดที่มีคำว่า [รอกรอก] (${items(toFill)}) ด้วยผลการดำเนินการและผลลัพธ์จริงของปีนี้ทั้งบรรทัด`,
        "  ๒. ตรวจระยะเวลาดำเนินการ (period) และขั้นตอน (ซึ่งคัดลอกจากปีก่อน) ของทุกมาตรการ",
        "  ๓. สั่ง npm run check เพื่อดูว่ายังเหลือช่องใดที่ต้องกรอก",
        `  ๔. เมื่อกรอกครบแล้ว เปลี่ยน status: draft เป็น status: final ใน ${displayPath(created.dir)}/report.md`,
        'ระหว่างนี้เผยแพร่ได้ในสถานะร่าง: ทุกหน้าและทุกหน้าของ PDF จะมีคำว่า "ร่าง"',
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    reportFailure(error, { debug, failed: "สร้างปีใหม่ไม่สำเร็จ" }, output);
    return 1;
  }
}

/**
 * Last year's accepted warnings that the new year no longer has (they were about last year's
 * results) are removed, so the new year starts with nothing to clean up.
 */
async function dropUnusedAcceptances(contentDir: string, yearDir: string) {
  const check = await checkSite(contentDir);
  const unused = check.problems.filter(
    (problem) =>
      problem.code === "W_ACCEPT_UNUSED" && problem.file.startsWith(displayPath(yearDir)),
  );
  for (const problem of unused) {
    const path = resolve(problem.file);
    const source = await readSourceFile(path);
    if ("code" in source || !source.yaml) continue;
    const doc = source.yaml.doc.clone();
    removeAcceptance(doc, (problem.field ?? "").replace(/^accept\./, ""));
    await writeFile(path, `${frontMatter(doc)}${source.body}`);
  }
}
