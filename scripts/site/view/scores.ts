import type { ScoreYear } from "../../content/scores.ts";
import { ITA_LEVELS, ITA_PASS, passes } from "../../thai/ita-level.ts";
import { formatThaiNumber, formatThaiScore } from "../../thai/numbers.ts";
import { scoreChartSvg } from "../score-chart.ts";

/** One year's row of the score table, every figure already in Thai digits ("–" if unknown). */
export interface ScoreRow {
  year: string;
  total: string;
  /** With its total; none without one. */
  level?: string;
  passes: boolean;
  iit: string;
  /** "" when the EIT is only known in parts. */
  eit: string;
  eitParts: string[];
  oit: string;
}

/** The ITA score history: the chart, the table and the note under it. */
export interface ScoresView {
  chartId: string;
  /** The chart's SVG, or "" when there is nothing to draw. */
  chart: string;
  rows: ScoreRow[];
  passMark: string;
  bands: BandView[];
  /** Where each year's figures come from, for the years that say. */
  sources: { year: string; source: string }[];
}

/** One of the NACC's bands: "A ๘๕–๙๔.๙๙", or below the band above it for the last. */
export interface BandView {
  level: string;
  from: string;
  /** The highest score in the band; none for the lowest, which is "below" the next. */
  upTo?: string;
  below?: string;
}

const figure = (value: number | undefined) => (value === undefined ? "–" : formatThaiScore(value));

/**
 * The NACC's bands from ITA_LEVELS, highest first, with Thai digits.
 * @example itaBands()[1] // => { level: "A", from: "๘๕", upTo: "๙๔.๙๙" }
 */
export function itaBands(): BandView[] {
  return ITA_LEVELS.map((band, index) => {
    const above = ITA_LEVELS[index - 1];
    const from = formatThaiNumber(band.from);
    if (!above) return { level: band.level, from, upTo: formatThaiNumber(100) };
    if (band.from === 0) return { level: band.level, from, below: formatThaiNumber(above.from) };
    // Scores have two decimals: a band ends one hundredth below the next.
    return { level: band.level, from, upTo: formatThaiNumber((above.from * 100 - 1) / 100) };
  });
}

/** One year's figures as the table prints them. */
export function scoreRow(entry: ScoreYear): ScoreRow {
  return {
    year: formatThaiNumber(entry.year),
    total: figure(entry.total),
    level: entry.level,
    passes: entry.total !== undefined && passes(entry.total),
    iit: figure(entry.iit),
    eit: entry.eit === undefined && entry.eitParts ? "" : figure(entry.eit),
    eitParts: (entry.eitParts ?? []).map(formatThaiScore),
    oit: figure(entry.oit),
  };
}

/** Where the figures come from, for the note under the table. */
const sources = (scores: ScoreYear[]) =>
  scores.flatMap((entry) =>
    entry.source ? [{ year: formatThaiNumber(entry.year), source: entry.source }] : [],
  );

/** The scores a year's report shows: its own year's and those before. */
export const scoresUpTo = (scores: ScoreYear[], year: number) =>
  scores.filter((entry) => entry.year <= year);

/** The scores section, or none when there are no scores to show. */
export function scoresView(scores: ScoreYear[], chartId: string): ScoresView | undefined {
  if (scores.length === 0) return undefined;
  return {
    chartId,
    chart: scoreChartSvg(scores, chartId),
    rows: scores.map(scoreRow),
    passMark: formatThaiNumber(ITA_PASS),
    bands: itaBands(),
    sources: sources(scores),
  };
}
