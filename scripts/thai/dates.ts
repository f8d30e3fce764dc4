import { formatThaiNumber } from "./numbers.ts";

/** Years are Buddhist era (พ.ศ.) in content; this is the offset to the Gregorian year. */
export const BUDDHIST_ERA_OFFSET = 543;

/** A calendar date typed by a clerk, to the day ("2568-01-01") or to the month ("2567-10"). */
export interface ThaiDate {
  /** UTC midnight of the first day the value covers. */
  date: Date;
  precision: "day" | "month";
}

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Reads a Buddhist-era date string; returns undefined when it is not a real date.
 * @example parseBuddhistDate("2568-01-01") // => { date: 2025-01-01T00:00Z, precision: "day" }
 */
export function parseBuddhistDate(text: string): ThaiDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const gregorianYear = Number(year) - BUDDHIST_ERA_OFFSET;
  const date = new Date(Date.UTC(gregorianYear, Number(month) - 1, day ? Number(day) : 1));
  // Date.UTC rolls 2568-02-30 over into March; a real date survives the round trip.
  const real =
    date.getUTCFullYear() === gregorianYear &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === (day ? Number(day) : 1);
  return real ? { date, precision: day ? "day" : "month" } : undefined;
}

/** The last day a date covers: the day itself, or the month's last day. */
export function lastDayCovered(value: ThaiDate): Date {
  if (value.precision === "day") return value.date;
  const { date } = value;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

const formats = {
  day: new Intl.DateTimeFormat("th-TH-u-nu-thai", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("th-TH-u-nu-thai", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
};

/**
 * A date as an official Thai document writes it.
 * @example formatThaiDate(parseBuddhistDate("2568-10-15")) // => "๑๕ ตุลาคม ๒๕๖๘"
 */
export function formatThaiDate(value: ThaiDate): string {
  return formats[value.precision].format(value.date);
}

/**
 * A period, with the shared year written once, as Intl's range format does.
 * @example formatThaiPeriod(d("2568-01-01"), d("2568-07-01")) // => "๑ มกราคม – ๑ กรกฎาคม ๒๕๖๘"
 * @example formatThaiPeriod(d("2567-10"), d("2568-09")) // => "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘"
 */
export function formatThaiPeriod(start: ThaiDate, end: ThaiDate): string {
  if (start.precision === "month" && end.precision === "month") {
    return formats.month.formatRange(start.date, end.date);
  }
  // Written to the day, a month given as the end means its last day ("ถึงกันยายน" = 30 กันยายน).
  return formats.day.formatRange(start.date, lastDayCovered(end));
}

/**
 * The Buddhist-era year with the era, for titles.
 * @example formatBuddhistYear(2568) // => "พ.ศ. ๒๕๖๘"
 */
export function formatBuddhistYear(year: number): string {
  return `พ.ศ. ${formatThaiNumber(year)}`;
}
