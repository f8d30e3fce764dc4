import { join } from "node:path";
import { reportSchema } from "../content/schema.ts";
import { displayPath, readSourceFile } from "../content/source-file.ts";
import { createMeasure } from "../scaffold/new-measure.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { consoleOutput, type Output } from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";
import { yearCommand } from "./year-arguments.ts";

/** `npm run new-measure -- 2569 [name]`: the next numbered measure file, from the template. */
export async function runNewMeasure(
  args: string[],
  output: Output = consoleOutput,
): Promise<number> {
  const debug = args.includes("--debug");
  try {
    const { year, contentDir, name } = yearCommand(args, "new-measure");
    const { path, number } = await createMeasure(contentDir, year, name);
    const report = await readSourceFile(join(contentDir, String(year), "report.md"));
    const status = "code" in report ? undefined : (report.data as { status?: unknown })?.status;
    const final = reportSchema.shape.status.safeParse(status).data === "final";
    output.out(
      [
        `✓ เพิ่มมาตรการที่ ${formatThaiNumber(number)} ของปีงบประมาณ ${formatThaiNumber(year)} แล้ว: ${displayPath(path)}`,
        "",
        "ขั้นต่อไป:",
        "  ๑. เปิดไฟล์นี้ แล้วแทนที่ทุกบรรทัดที่มีคำว่า [รอกรอก] ด้วยข้อความจริงทั้งบรรทัด",
        "  ๒. ชื่อไฟล์คือที่อยู่เว็บของมาตรการ ถ้าจะเปลี่ยนชื่อ (อักษรอังกฤษตัวเล็ก ตัวเลข และขีด) ให้เปลี่ยนก่อนเผยแพร่",
        "  ๓. สั่ง npm run check เพื่อดูว่ายังเหลือช่องใดที่ต้องกรอก",
        ...(final
          ? [
              "",
              "ปีนี้เป็นฉบับสมบูรณ์ (ไม่ได้เขียน status: draft ใน report.md) จึงสร้างเว็บไซต์ไม่ได้จนกว่าจะกรอกมาตรการนี้ครบ",
              "ถ้ายังกรอกไม่เสร็จในวันนี้ ให้ลบไฟล์นี้ออกก่อน หรือเปลี่ยนปีเป็น status: draft ชั่วคราว",
            ]
          : []),
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    reportFailure(error, { debug, failed: "เพิ่มมาตรการไม่สำเร็จ" }, output);
    return 1;
  }
}
