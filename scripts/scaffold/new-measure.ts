import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ClerkError } from "../clerk-error.ts";
import { SECTIONS } from "../content/section-titles.ts";
import { displayPath, readSourceFile } from "../content/source-file.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { TO_FILL, toFill } from "./to-fill.ts";

/** A measure's file name, which is also its web address. */
export const MEASURE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A new measure file: every field says what to write, marked "[รอกรอก]" so `check` lists each
 * one until it is written; the period is the whole fiscal year until the clerk narrows it.
 */
export function measureTemplate(year: number, number: number): string {
  return `---
# มาตรการที่ ${formatThaiNumber(number)} ของปีงบประมาณ ${formatThaiNumber(year)}: แทนที่ทุกบรรทัดที่มีคำว่า ${TO_FILL} ด้วยข้อความจริงทั้งบรรทัด
number: ${number}
title: "${toFill("title")}"
# ระยะเวลาดำเนินการ เป็นปี พ.ศ. แบบ ปปปป-ดด หรือ ปปปป-ดด-วว (ตอนนี้ใส่ไว้ทั้งปีงบประมาณ)
period:
  start: ${year - 1}-10
  end: ${year}-09
responsibleUnits:
  - "${toFill("unit")}"
---

## ${SECTIONS.steps}

${toFill("steps")}

## ${SECTIONS.output}

${toFill("output")}

## ${SECTIONS.outcome}

${toFill("outcome")}
`;
}

/** The number after the highest one in the folder, from each file's header or name. */
async function nextNumber(dir: string, names: string[]): Promise<number> {
  const numbers = await Promise.all(
    names.map(async (name) => {
      const source = await readSourceFile(join(dir, name));
      const fromHeader =
        "code" in source ? Number.NaN : Number((source.data as { number?: unknown })?.number);
      const fromName = Number(/^(\d+)-/.exec(name)?.[1]);
      return Math.max(...[fromHeader, fromName].filter(Number.isFinite), 0);
    }),
  );
  return Math.max(0, ...numbers) + 1;
}

/** Writes `<year>/measures/NN-<name>.md` from the template; returns its path and number. */
export async function createMeasure(contentDir: string, year: number, name = "measure") {
  if (!MEASURE_NAME.test(name)) {
    throw new ClerkError(
      `ชื่อ "${name}" ใช้เป็นชื่อไฟล์ไม่ได้ เพราะชื่อไฟล์จะเป็นที่อยู่เว็บของมาตรการ\n  วิธีแก้: ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด - เช่น npm run new-measure -- ${year} ethics-camp`,
    );
  }
  const dir = join(contentDir, String(year), "measures");
  const names = await readdir(dir).catch(() => {
    throw new ClerkError(
      `ยังไม่มีโฟลเดอร์ ${displayPath(dir)}\n  วิธีแก้: เริ่มปีใหม่ด้วย npm run new-year -- ${year} หรือตรวจปีที่พิมพ์`,
    );
  });
  const number = await nextNumber(
    dir,
    names.filter((file) => file.endsWith(".md")),
  );
  const path = join(dir, `${String(number).padStart(2, "0")}-${name}.md`);
  // "wx" refuses to overwrite a file that appeared in the meantime.
  await writeFile(path, measureTemplate(year, number), { flag: "wx" });
  return { path, number };
}
