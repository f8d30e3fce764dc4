import { compareMeasures, normaliseTitle } from "../../content/compare.ts";
import type { Measure, Report, Site } from "../../content/load.ts";
import { formatBuddhistYear } from "../../thai/dates.ts";
import { formatThaiNumber, formatThaiScore } from "../../thai/numbers.ts";
import { measureHref } from "./links.ts";

/** A measure as the comparison lists it. */
export interface ComparedMeasure {
  numberText: string;
  title: string;
  /** Its page, for a measure of this year; none for a dropped one (its page is last year's). */
  href?: string;
}

/** A kept measure: this year's, and last year's title when it was renamed. */
export interface KeptMeasure extends ComparedMeasure {
  previousNumberText: string;
  /** Last year's title, only when it differs from this year's by more than the year in it. */
  previousTitle?: string;
}

/** The ITA total of both years, and how it moved. */
export interface ScoreChange {
  previous: string;
  current: string;
  /** "เพิ่มขึ้น ๒.๐๐ คะแนน", "ลดลง …" or "เท่าเดิม". */
  change: string;
  direction: "up" | "down" | "same";
}

/**
 * The three lists' headings, always all three (an empty one says "ไม่มี"): they are also the
 * PDF's bookmarks (scripts/pdf/documents.ts).
 */
export const COMPARISON_HEADINGS = {
  kept: "มาตรการที่ดำเนินการต่อเนื่อง",
  added: "มาตรการที่เพิ่มใหม่",
  dropped: "มาตรการที่ไม่ได้ดำเนินการต่อ",
} as const;

/** The section "เปรียบเทียบกับปีงบประมาณ พ.ศ. …" of a year page and its PDF. */
export interface ComparisonView {
  title: string;
  /** "พ.ศ. ๒๕๖๙" and "พ.ศ. ๒๕๖๘": the year and the one it is compared with. */
  yearText: string;
  previousYearText: string;
  summary: string;
  headings: typeof COMPARISON_HEADINGS;
  kept: KeptMeasure[];
  added: ComparedMeasure[];
  dropped: ComparedMeasure[];
  score?: ScoreChange;
}

/**
 * The section's headings in page order, for the PDF's bookmarks; none without a section.
 * @example comparisonBookmarks(undefined) // => []
 */
export function comparisonBookmarks(view: ComparisonView | undefined): string[] {
  return view ? [view.title, ...Object.values(view.headings)] : [];
}

/**
 * How the ITA total moved between two years, both known.
 * @example scoreChange(84.99, 87) // => { previous: "๘๔.๙๙", current: "๘๗.๐๐", change: "เพิ่มขึ้น ๒.๐๑ คะแนน", direction: "up" }
 */
export function scoreChange(previous: number, current: number): ScoreChange {
  // In hundredths, as the NACC publishes: 87 − 84.99 is 2.0100000000000051 in floating point.
  const hundredths = Math.round(current * 100) - Math.round(previous * 100);
  const direction = hundredths > 0 ? "up" : hundredths < 0 ? "down" : "same";
  const amount = `${formatThaiScore(Math.abs(hundredths) / 100)} คะแนน`;
  return {
    previous: formatThaiScore(previous),
    current: formatThaiScore(current),
    change:
      direction === "up" ? `เพิ่มขึ้น ${amount}` : direction === "down" ? `ลดลง ${amount}` : "เท่าเดิม",
    direction,
  };
}

const listed = (report: Report, measure: Measure, linked: boolean): ComparedMeasure => ({
  numberText: formatThaiNumber(measure.number),
  title: measure.title,
  ...(linked ? { href: measureHref(report.fiscalYear, measure.slug) } : {}),
});

/** The total of a year's ITA result, when the scores file has it. */
const totalOf = (site: Site, year: number) =>
  site.scores.find((entry) => entry.year === year)?.total;

/**
 * A year against the year before it, or none when the site has no report of that year.
 * Dropped measures are listed without a link: a print has no use for one and the page already
 * links the previous year.
 */
export function comparisonView(site: Site, report: Report): ComparisonView | undefined {
  const before = site.reports.find((other) => other.fiscalYear === report.fiscalYear - 1);
  if (!before) return undefined;
  const { kept, added, dropped } = compareMeasures(report.measures, before.measures);
  const previousYearText = formatBuddhistYear(before.fiscalYear);
  const previousTotal = totalOf(site, before.fiscalYear);
  const currentTotal = totalOf(site, report.fiscalYear);
  const count = (list: unknown[]) => formatThaiNumber(list.length);
  return {
    title: `เปรียบเทียบกับปีงบประมาณ ${previousYearText}`,
    yearText: formatBuddhistYear(report.fiscalYear),
    previousYearText,
    headings: COMPARISON_HEADINGS,
    summary: `ดำเนินการต่อเนื่อง ${count(kept)} มาตรการ เพิ่มใหม่ ${count(added)} มาตรการ และไม่ได้ดำเนินการต่อ ${count(dropped)} มาตรการ`,
    kept: kept.map(({ current, previous }) => ({
      ...listed(report, current, true),
      previousNumberText: formatThaiNumber(previous.number),
      ...(normaliseTitle(previous.title) === normaliseTitle(current.title)
        ? {}
        : { previousTitle: previous.title }),
    })),
    added: added.map((measure) => listed(report, measure, true)),
    dropped: dropped.map((measure) => listed(before, measure, false)),
    ...(previousTotal !== undefined && currentTotal !== undefined
      ? { score: scoreChange(previousTotal, currentTotal) }
      : {}),
  };
}
