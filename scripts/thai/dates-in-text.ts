import { BUDDHIST_ERA_OFFSET } from "./dates.ts";
import { toArabicDigits } from "./numbers.ts";

/**
 * Dates written in Thai prose: "วันพฤหัสบดีที่ 9 ธันวาคม 2567", "๑๕ ม.ค. ๖๘",
 * "9 ธันวาคม ค.ศ. 2024". Month and weekday names come from Intl, so they are spelt as the
 * rest of the report prints them.
 */

const monthNames = (style: "long" | "short") =>
  Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat("th-TH", { month: style, timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, month, 1)),
    ),
  );
const LONG_MONTHS = monthNames("long");
const SHORT_MONTHS = monthNames("short");

const weekdayFormat = new Intl.DateTimeFormat("th-TH", { weekday: "long", timeZone: "UTC" });
/** "วันอาทิตย์" … "วันเสาร์", Sunday first, as Date.getUTCDay() counts. */
const WEEKDAYS = Array.from({ length: 7 }, (_, day) =>
  weekdayFormat.format(new Date(Date.UTC(2024, 0, 7 + day))),
);

/**
 * The Thai name of a date's weekday.
 * @example weekdayName(new Date(Date.UTC(2024, 11, 9))) // => "วันจันทร์"
 */
export const weekdayName = (date: Date) => WEEKDAYS[date.getUTCDay()] ?? "";

const escapeDots = (text: string) => text.replaceAll(".", "\\.");
const MONTH = [...LONG_MONTHS, ...SHORT_MONTHS].map(escapeDots).join("|");
/** Weekday names without "วัน", with the short "พฤหัส" for Thursday. */
const WEEKDAY = [...WEEKDAYS.map((name) => name.slice(3)), "พฤหัส"]
  .sort((a, b) => b.length - a.length)
  .join("|");
const DIGITS = "[0-9๐-๙]";
const DATE = new RegExp(
  `(?:วัน(${WEEKDAY})\\s*(?:ที่)?\\s*)?(?<![0-9๐-๙])(${DIGITS}{1,2})\\s*(${MONTH})\\s*(พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)?\\s*(${DIGITS}{4}|${DIGITS}{2})(?![0-9๐-๙])`,
  "g",
);

/** One date found in a text. */
export interface DateInText {
  start: number;
  end: number;
  /** The text as written, weekday included. */
  written: string;
  /** UTC midnight of the day. */
  date: Date;
  /** The weekday named beside it ("วันพฤหัสบดี"), if any. */
  weekday?: string;
  /** The date without its weekday, as written. */
  dateText: string;
}

/** The Gregorian year of a year as written: BE unless marked ค.ศ.; two digits are 25xx BE. */
function gregorianYear(year: string, era: string | undefined): number {
  const value = Number(toArabicDigits(year));
  if (year.length === 2) return 2500 + value - BUDDHIST_ERA_OFFSET;
  if (era?.startsWith("ค") || value < 2300) return value;
  return value - BUDDHIST_ERA_OFFSET;
}

/**
 * Every date with day, month and year in a text; impossible dates (31 กุมภาพันธ์) are left out.
 * @example findDates("วันพุธที่ ๑๕ มกราคม ๒๕๖๘")[0]?.weekday // => "วันพุธ"
 */
export function findDates(text: string): DateInText[] {
  const found: DateInText[] = [];
  for (const match of text.matchAll(DATE)) {
    const [written, weekday, day = "", month = "", era, year = ""] = match;
    const monthIndex = Math.max(LONG_MONTHS.indexOf(month), SHORT_MONTHS.indexOf(month));
    const date = new Date(
      Date.UTC(gregorianYear(year, era), monthIndex, Number(toArabicDigits(day))),
    );
    if (date.getUTCDate() !== Number(toArabicDigits(day))) continue;
    const dayStart = written.search(/[0-9๐-๙]/);
    found.push({
      start: match.index,
      end: match.index + written.length,
      written,
      date,
      dateText: written.slice(dayStart),
      ...(weekday ? { weekday: weekday === "พฤหัส" ? "วันพฤหัสบดี" : `วัน${weekday}` } : {}),
    });
  }
  return found;
}
