import { BUDDHIST_ERA_OFFSET } from "./dates.ts";

/**
 * The Thai government fiscal year (ปีงบประมาณ) runs from 1 October of the year before to
 * 30 September; returns its first and last day as UTC midnights.
 * @example fiscalYearRange(2568) // => { start: 2024-10-01, end: 2025-09-30 }
 */
export function fiscalYearRange(buddhistYear: number): { start: Date; end: Date } {
  const gregorianYear = buddhistYear - BUDDHIST_ERA_OFFSET;
  return {
    start: new Date(Date.UTC(gregorianYear - 1, 9, 1)),
    end: new Date(Date.UTC(gregorianYear, 8, 30)),
  };
}
