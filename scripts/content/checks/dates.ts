import { formatThaiDate } from "../../thai/dates.ts";
import { findDates, weekdayName } from "../../thai/dates-in-text.ts";
import { fiscalYearRange } from "../../thai/fiscal-year.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import type { Finding, TextCheck } from "./finding.ts";

/**
 * Dates in the prose. A weekday pasted from an older report beside a new date is wrong in print
 * ("วันพฤหัสบดีที่ 9 ธันวาคม 2567" was a Monday); a date outside the fiscal year in a final
 * report was most likely left over from another year.
 */

/** A weekday named beside a date that falls on another day. */
export const weekdayMismatch: TextCheck = (text) =>
  findDates(text).flatMap((found): Finding[] => {
    const actual = weekdayName(found.date);
    if (!found.weekday || found.weekday === actual) return [];
    const day = formatThaiDate({ date: found.date, precision: "day" });
    return [
      {
        code: "E_WEEKDAY_MISMATCH",
        start: found.start,
        message: `"${found.written}": วันที่ ${day} เป็น${actual} ไม่ใช่${found.weekday}`,
        fix: `ถ้าวันที่ถูกต้อง แก้เป็น "${actual}ที่ ${found.dateText}" ถ้าชื่อวันถูกต้อง ให้ตรวจวันที่กับเอกสารต้นฉบับ`,
      },
    ];
  });

/**
 * Dates outside the fiscal year, for a final report's files.
 * @example datesOutsideYear(2568)("เมื่อ ๑ ตุลาคม ๒๕๖๘", { bodyStart: 0 }) // => one warning
 */
export function datesOutsideYear(fiscalYear: number): TextCheck {
  const { start, end } = fiscalYearRange(fiscalYear);
  const range = `๑ ตุลาคม ${formatThaiNumber(fiscalYear - 1)} – ๓๐ กันยายน ${formatThaiNumber(fiscalYear)}`;
  return (text) =>
    findDates(text)
      .filter((found) => found.date < start || found.date > end)
      .map((found) => ({
        code: "W_DATE_OUTSIDE_YEAR",
        start: found.start,
        message: `วันที่ "${found.dateText}" อยู่นอกปีงบประมาณ พ.ศ. ${formatThaiNumber(fiscalYear)} (${range}) อาจค้างมาจากรายงานปีอื่น`,
        fix: `ตรวจวันที่กับเอกสารต้นฉบับ ถ้าถูกต้อง (เช่น อ้างถึงเหตุการณ์ของปีก่อน) ให้ยอมรับไว้ในส่วนหัวของไฟล์:\n    accept:\n      W_DATE_OUTSIDE_YEAR: อ้างถึงวันที่ ${found.dateText} โดยตั้งใจ`,
      }));
}
