import { formatThaiNumber, toArabicDigits } from "../../thai/numbers.ts";
import type { ContentProblem } from "../errors.ts";
import type { SectionKey } from "../sections.ts";
import { SECTIONS } from "../sections.ts";

interface CheckedMeasure extends Record<SectionKey, string> {
  number: number;
  title: string;
  sourceFile: string;
  numberLine?: number;
}

/**
 * Characters a cell may hold while its row still fits on one landscape A4 page under the table's
 * title. Measured by printing the FY2568 report with measure 1's cells filled to these lengths:
 * the row then takes the whole page below the title; at 1000/900/900 it no longer fits, and
 * Chromium pushes it to the next page, leaving a page with only the title. The longest real
 * cell (711 characters, measure 4's output) is well inside.
 */
export const CELL_LIMITS: Record<SectionKey | "title", number> = {
  title: 250,
  steps: 900,
  output: 800,
  outcome: 800,
};

/** Numbers should run 1, 2, 3… A gap is reported at the measure after it. */
export function numberGaps(measures: CheckedMeasure[]): ContentProblem[] {
  return measures.flatMap((measure, index) => {
    const expected = index === 0 ? 1 : (measures[index - 1]?.number ?? 0) + 1;
    if (measure.number <= expected) return [];
    const missing =
      measure.number - expected === 1
        ? formatThaiNumber(expected)
        : `${formatThaiNumber(expected)}–${formatThaiNumber(measure.number - 1)}`;
    return [
      {
        code: "W_NUMBER_GAP",
        file: measure.sourceFile,
        line: measure.numberLine,
        field: "number",
        message: `ไม่มีมาตรการลำดับที่ ${missing} ลำดับข้ามมาเป็น ${formatThaiNumber(measure.number)}`,
        fix: `ถ้าลืมใส่ ให้เพิ่มไฟล์มาตรการที่ ${missing} หรือแก้ช่อง number ให้เรียงกัน ถ้าตั้งใจ (เช่น ต้นฉบับไม่มีมาตรการนี้) ให้เพิ่มในส่วนหัวของไฟล์นี้:\n    accept:\n      W_NUMBER_GAP: เหตุผล`,
      },
    ];
  });
}

const plainLength = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim().length;

/** A cell so long that its table row may not fit on one printed page. */
export function longCells(
  measure: CheckedMeasure,
  lines: Partial<Record<SectionKey | "title", number>>,
): ContentProblem[] {
  const lengths: [SectionKey | "title", number][] = [
    ["title", measure.title.length],
    ...(Object.keys(SECTIONS) as SectionKey[]).map(
      (key) => [key, plainLength(measure[key])] as [SectionKey, number],
    ),
  ];
  return lengths
    .filter(([key, length]) => length > CELL_LIMITS[key])
    .map(([key, length]) => ({
      code: "W_CELL_LONG",
      file: measure.sourceFile,
      line: lines[key],
      field: key === "title" ? "title" : undefined,
      message: `ช่อง "${key === "title" ? "มาตรการ/โครงการ/กิจกรรม" : SECTIONS[key]}" ยาว ${formatThaiNumber(length)} ตัวอักษร (เกิน ${formatThaiNumber(CELL_LIMITS[key])}) แถวของมาตรการนี้จะสูงเกือบหรือเกินหนึ่งหน้า PDF จึงอาจถูกตัดข้ามหน้า หรือถูกดันไปหน้าถัดไปจนเหลือหน้าว่าง`,
      fix: "สรุปให้สั้นลง เหลือเฉพาะสาระสำคัญ รายละเอียดยาว ๆ ให้ใส่เป็นลิงก์ไปยังเอกสารบนเว็บไซต์ของหน่วยงาน",
    }));
}

/** A number with its dot or bracket at the start of a title: "๒. กิจกรรม…", "2) กิจกรรม…". */
const LEADING_NUMBER = /^\s*(?:ข้อ\s*|ลำดับที่\s*)?\(?([0-9๐-๙]{1,3})\s*[.)]\s*/;

/**
 * A title that starts with the measure's own number, which the table prints again before it:
 * "๒. ๒. กิจกรรม…". Pasted from an older report's table.
 * @example titleNumber({ number: 2, title: "๒. กิจกรรม", sourceFile: "m.md" }, 3) // => [problem]
 */
export function titleNumber(
  measure: Pick<CheckedMeasure, "number" | "title" | "sourceFile">,
  line: number | undefined,
): ContentProblem[] {
  const match = LEADING_NUMBER.exec(measure.title);
  if (!match?.[1] || Number(toArabicDigits(match[1])) !== measure.number) return [];
  const rest = measure.title.slice(match[0].length);
  return [
    {
      code: "E_TITLE_NUMBER",
      file: measure.sourceFile,
      line,
      field: "title",
      message: `ชื่อขึ้นต้นด้วยลำดับที่ "${match[0].trim()}" ซึ่งตารางพิมพ์ให้เองจากช่อง number จึงจะพิมพ์เลขซ้ำเป็น "${formatThaiNumber(measure.number)}. ${match[0].trim()} …"`,
      fix: `ลบเลขข้อออกจากชื่อ: title: ${rest}`,
    },
  ];
}
