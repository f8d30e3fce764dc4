import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSite } from "../content/load.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import {
  consoleOutput,
  countProblems,
  githubAnnotations,
  items,
  type Output,
  printProblems,
  problemsJson,
} from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";

/**
 * `npm run check`: checks all content without building. Exit 1 on any error, or on any warning
 * not accepted in the content when `--strict` (as CI runs it). `--json` prints records instead
 * of text; on GitHub Actions each problem is also an annotation on its line.
 */
export async function runCheck(args: string[], output: Output = consoleOutput): Promise<number> {
  let debug = args.includes("--debug");
  try {
    const { values } = parseArgs({
      args,
      options: {
        content: { type: "string", default: "content" },
        strict: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
      },
    });
    debug = values.debug;
    const check = await checkSite(resolve(values.content));
    const { errors, warnings, toFill } = countProblems(check.problems);
    const failed = errors > 0 || (values.strict && warnings > 0);
    if (values.json) {
      output.out(problemsJson(check));
    } else {
      printProblems(check, output);
      if (output.env.GITHUB_ACTIONS === "true") githubAnnotations(check).forEach(output.out);
      if (errors > 0) {
        output.err("✗ เนื้อหายังเผยแพร่ไม่ได้ ต้องแก้ข้อผิดพลาดทุกข้อก่อน");
      } else if (failed) {
        output.err("✗ ตรวจแบบเข้มงวด (--strict): คำเตือนทุกข้อต้องแก้ หรือยอมรับไว้พร้อมเหตุผลในช่อง accept");
      } else {
        const reports = check.site?.reports ?? [];
        const measures = reports.reduce((sum, report) => sum + report.measures.length, 0);
        const accepted = check.accepted.length ? ` (ยอมรับไว้ ${items(check.accepted.length)})` : "";
        const note =
          [
            warnings > 0 ? ` มีคำเตือน ${items(warnings)} (เผยแพร่ได้ แต่ควรแก้)` : "",
            toFill > 0 ? ` มีช่องที่รอกรอกในปีที่เป็นร่าง ${items(toFill)}` : "",
          ].join("") || ` ไม่พบปัญหา${accepted}`;
        output.out(
          `✓ ตรวจเนื้อหาแล้ว: ${formatThaiNumber(reports.length)} ปีงบประมาณ ${formatThaiNumber(measures)} มาตรการ${note}`,
        );
      }
    }
    return failed ? 1 : 0;
  } catch (error) {
    reportFailure(error, { debug, failed: "ตรวจเนื้อหาไม่สำเร็จ" }, output);
    return 1;
  }
}
