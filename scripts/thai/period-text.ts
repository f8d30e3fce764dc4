import { parseBuddhistDate } from "./dates.ts";
import { toArabicDigits } from "./numbers.ts";

/**
 * Reads the "ระยะเวลาดำเนินการ" a Word report writes in Thai ("ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘",
 * "๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘", "ตลอดปีงบประมาณ") as the `period` of a measure file.
 */

/** A measure's period as its header writes it: `ปปปป-ดด` or `ปปปป-ดด-วว`. */
export interface PeriodFields {
  start: string;
  end: string;
}

/** Month names as Intl writes them in Thai, long ("ตุลาคม") and short ("ต.ค."), 1 to 12. */
function monthNames(style: "long" | "short"): string[] {
  const format = new Intl.DateTimeFormat("th-TH", { month: style, timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, index) =>
    format.format(new Date(Date.UTC(2025, index, 1))),
  );
}

/** Every way a month is written, longest first so that "มิ.ย." is not read as a shorter one. */
const MONTHS = [...monthNames("long"), ...monthNames("short")]
  .map((name, index) => ({ name, month: (index % 12) + 1 }))
  .sort((a, b) => b.name.length - a.name.length);

/** "ต.ค." is also typed "ต.ค" or "ต. ค."; the dots are optional, spaces after them too. */
const monthPattern = (name: string) => name.replace(/\./g, "\\.? ?").replace(/ \?$/, "");

/** One end of a period: an optional day, a month, an optional year (2 or 4 digits, พ.ศ. or not). */
const POINT = new RegExp(
  `^(?:(\\d{1,2}) ?)?(${MONTHS.map((entry) => monthPattern(entry.name)).join("|")})(?: ?(?:พ\\.? ?ศ\\.? ?)?(\\d{4}|\\d{2}))?$`,
);
const WHOLE_YEAR = /^(?:ตลอด|ทั้ง)?ปีงบประมาณ(?: ?(?:พ\.? ?ศ\.? ?)?(\d{4}))?$/;
/** Words around a period that say nothing about it. */
const FILLER = /^(?:วันที่|ตั้งแต่(?:วันที่)?|ระหว่าง(?:วันที่)?|ภายใน(?:เดือน)?|เดือน)\s*/;
const SEPARATOR = /\s*(?:[-–—~]|ถึง(?:วันที่)?|จนถึง)\s*/;

interface Point {
  day?: number;
  month: number;
  year?: number;
}

/** A two-digit year is the Buddhist era's last two digits: ๖๗ is 2567. */
const fullYear = (digits: string) => (digits.length === 2 ? 2500 + Number(digits) : Number(digits));

function readPoint(text: string): Point | undefined {
  const match = POINT.exec(text.trim().replace(FILLER, ""));
  if (!match) return undefined;
  const [, day, name = "", year] = match;
  const bare = name.replace(/[. ]/g, "");
  const month = MONTHS.find((entry) => entry.name.replace(/\./g, "") === bare)?.month;
  if (!month) return undefined;
  return {
    month,
    ...(day ? { day: Number(day) } : {}),
    ...(year ? { year: fullYear(year) } : {}),
  };
}

/** The fiscal year's own year for a month with none written: October to December is the year before. */
const yearInFiscalYear = (month: number, fiscalYear: number) =>
  month >= 10 ? fiscalYear - 1 : fiscalYear;

/** The header's form of one end, or undefined for a day that does not exist (๓๑ ก.ย.). */
function written(point: Point, year: number): string | undefined {
  const month = String(point.month).padStart(2, "0");
  const value = point.day
    ? `${year}-${month}-${String(point.day).padStart(2, "0")}`
    : `${year}-${month}`;
  return parseBuddhistDate(value) ? value : undefined;
}

/**
 * The period a Thai text names, or undefined when it cannot be read. A year left out is taken
 * from the other end ("มีนาคม – เมษายน ๒๕๖๘"), or from the fiscal year when neither has one.
 * @example parseThaiPeriod("๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘", 2568) // => { start: "2567-10-01", end: "2568-09-30" }
 */
export function parseThaiPeriod(text: string, fiscalYear: number): PeriodFields | undefined {
  const plain = toArabicDigits(text.normalize("NFC"))
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const whole = WHOLE_YEAR.exec(plain.replace(/ /g, ""));
  if (whole) {
    const year = whole[1] ? Number(whole[1]) : fiscalYear;
    return { start: `${year - 1}-10`, end: `${year}-09` };
  }
  const parts = plain.replace(FILLER, "").split(SEPARATOR);
  if (parts.length > 2) return undefined;
  const [first, second] = parts.map(readPoint);
  if (!first || (parts.length === 2 && !second)) return undefined;
  const last = second ?? first;
  const endYear = last.year ?? first.year ?? yearInFiscalYear(last.month, fiscalYear);
  // "ตุลาคม – ธันวาคม ๒๕๖๗" or "พฤศจิกายน – มกราคม ๒๕๖๘": the start is in the year before the end
  // only when its month comes later in the calendar.
  const startYear = first.year ?? (first.month > last.month ? endYear - 1 : endYear);
  const start = written(first, startYear);
  const end = written(last, endYear);
  if (!start || !end) return undefined;
  const startDate = parseBuddhistDate(start)?.date ?? 0;
  const endDate = parseBuddhistDate(end)?.date ?? 0;
  return startDate <= endDate ? { start, end } : undefined;
}
