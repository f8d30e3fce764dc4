import type { ScoreYear } from "../content/scores.ts";
import { ITA_PASS } from "../thai/ita-level.ts";
import { formatThaiNumber, formatThaiScore } from "../thai/numbers.ts";
import { escapeHtml } from "./html.ts";

/**
 * The ITA score history as an inline SVG bar chart, made at build time: no script, Thai labels
 * and digits, a title and a description for screen readers (the same figures are in a table
 * beside it). Its colours are the site's own (base.css, `--colour-score-*`), given by class, so
 * the screen and the printer draw it from one palette; they keep 3:1 contrast against white, as
 * WCAG asks of graphics.
 */
export const SERIES = [
  { key: "total", label: "คะแนนรวม" },
  { key: "iit", label: "IIT" },
  { key: "eit", label: "EIT" },
  { key: "oit", label: "OIT" },
] as const;

type SeriesKey = (typeof SERIES)[number]["key"];

const HEIGHT = 300;
const TOP = 28;
const BOTTOM = HEIGHT - 64;
const LEFT = 40;
const GROUP = 96;

const y = (score: number) => BOTTOM - ((BOTTOM - TOP) * score) / 100;

/** One year's figures in words, for the chart's description. */
export function describeYear(entry: ScoreYear): string {
  const parts = SERIES.flatMap(({ key, label }) =>
    entry[key] === undefined
      ? []
      : [
          `${label} ${formatThaiScore(entry[key])}${key === "total" && entry.level ? ` ระดับ ${entry.level}` : ""}`,
        ],
  );
  return `ปีงบประมาณ ${formatThaiNumber(entry.year)}: ${parts.join(", ")}`;
}

/**
 * The chart's SVG, or "" when no year has a total or a part to draw (the table still shows any
 * sub-scores). `id` keeps the title and description references unique on the page.
 */
export function scoreChartSvg(scores: ScoreYear[], id: string): string {
  const series = SERIES.filter(({ key }) => scores.some((entry) => entry[key] !== undefined));
  const years = scores.filter((entry) => series.some(({ key }) => entry[key] !== undefined));
  if (years.length === 0) return "";
  // The plot, then a margin on the right for the pass line's label.
  const plotEnd = LEFT + years.length * GROUP;
  const width = plotEnd + 76;
  const bar = Math.min(20, (GROUP - 24) / series.length);
  const grid = [0, 25, 50, 75, 100].map(
    (tick) =>
      `<line x1="${LEFT}" x2="${plotEnd}" y1="${y(tick)}" y2="${y(tick)}" class="chart-grid" stroke-width="1"/>` +
      `<text x="${LEFT - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="13" class="chart-tick">${formatThaiNumber(tick)}</text>`,
  );
  const pass =
    `<line x1="${LEFT}" x2="${plotEnd}" y1="${y(ITA_PASS)}" y2="${y(ITA_PASS)}" class="chart-pass" stroke-width="1.2" stroke-dasharray="5 4"/>` +
    `<text x="${plotEnd + 6}" y="${y(ITA_PASS) - 2}" font-size="13" class="chart-pass">เกณฑ์ผ่าน<tspan x="${plotEnd + 6}" dy="13">${formatThaiNumber(ITA_PASS)} คะแนน</tspan></text>`;
  const groups = years.map((entry, index) => {
    const start = LEFT + index * GROUP + (GROUP - bar * series.length) / 2;
    const bars = series.flatMap(({ key }, order) => {
      const value = entry[key as SeriesKey];
      if (value === undefined) return [];
      const x = start + order * bar;
      return [
        `<rect x="${x}" y="${y(value)}" width="${bar - 2}" height="${BOTTOM - y(value)}" class="series-${key}"/>`,
      ];
    });
    const center = LEFT + index * GROUP + GROUP / 2;
    // The total and its level, above the group's tallest bar, where no bar hides it.
    const top = Math.max(...series.map(({ key }) => entry[key as SeriesKey] ?? 0));
    const total =
      entry.total === undefined
        ? ""
        : `<text x="${center}" y="${y(top) - 6}" text-anchor="middle" font-size="13" font-weight="700">${formatThaiScore(entry.total)}${entry.level ? ` (${entry.level})` : ""}</text>`;
    return `${bars.join("")}${total}<text x="${center}" y="${BOTTOM + 18}" text-anchor="middle" font-size="14">พ.ศ. ${formatThaiNumber(entry.year)}</text>`;
  });
  let legendX = LEFT;
  const legend = series.map(({ key, label }) => {
    const item = `<rect x="${legendX}" y="${HEIGHT - 22}" width="13" height="13" class="series-${key}"/><text x="${legendX + 18}" y="${HEIGHT - 10}" font-size="14">${label}</text>`;
    legendX += 40 + label.length * 9;
    return item;
  });
  const title = "ผลคะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี";
  const description = years.map(describeYear).join(" · ");
  return [
    `<svg class="score-chart-svg" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    ...grid,
    pass,
    ...groups,
    ...legend,
    "</svg>",
  ].join("");
}
