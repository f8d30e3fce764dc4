import { posix } from "node:path";
import type { Measure } from "../content/load.ts";
import type { ScoreYear } from "../content/scores.ts";
import { markToFill } from "../scaffold/to-fill.ts";
import {
  formatBuddhistYear,
  formatThaiDate,
  formatThaiPeriod,
  type ThaiDate,
} from "../thai/dates.ts";
import { passes } from "../thai/ita-level.ts";
import { formatThaiNumber, formatThaiScore } from "../thai/numbers.ts";
import { type EvidenceView, evidenceKey } from "./evidence.ts";
import { escapeHtml } from "./html.ts";
import { scoreChartSvg } from "./score-chart.ts";
import { securityPolicy } from "./security-policy.ts";
import { absoluteUrl, oitLinks, paths } from "./urls.ts";

/**
 * A site-absolute path made relative to the page that links to it, so the built site works
 * in any subfolder and straight from disk, with no path prefix to configure.
 * @example relativeUrl("/assets/site.css", "/2568/measures/01-ethics/") // => "../../../assets/site.css"
 */
export function relativeUrl(target: string, pageUrl: string): string {
  const from = pageUrl.endsWith("/") ? pageUrl : posix.dirname(pageUrl);
  const relative = posix.relative(from, target);
  if (relative === "") return "./";
  // A folder's address keeps its slash ("../"), so the link goes to the folder, not a file.
  return target.endsWith("/") && !relative.endsWith("/") ? `${relative}/` : relative;
}

/**
 * A value quoted for a CSS string, e.g. for `content:` in a page margin box.
 * @example cssString('เทศบาล "ก"') // => '"เทศบาล \\"ก\\""'
 */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\n\r\f]/g, " ")
    .replace(/</g, "\\3C ")}"`;
}

/** The template filters, by the names templates use. */
export const filters = {
  thaiNumber: (value: number) => formatThaiNumber(value),
  thaiDate: (value: ThaiDate) => formatThaiDate(value),
  thaiPeriod: (period: { start: ThaiDate; end: ThaiDate }) =>
    formatThaiPeriod(period.start, period.end),
  buddhistYear: (year: number) => formatBuddhistYear(year),
  cssString,
  securityPolicy,
  /** Plain text (a title, a unit) escaped, with a draft's "[รอกรอก]" highlighted; use with `safe`. */
  toFill: (text: string) => markToFill(String(text), escapeHtml),
  absoluteUrl,
  oitLinks,
  thaiScore: (value: number) => formatThaiScore(value),
  passes,
  scoreChart: scoreChartSvg,
  /** A measure's evidence by its measure: `site.evidence[key]`, or none. */
  evidenceOf: (evidence: Record<string, EvidenceView[]>, year: number, slug: string) =>
    evidence[evidenceKey(year, slug)] ?? [],
  /** The measures that have evidence, for the report's appendix. */
  withEvidence: (measures: Measure[], evidence: Record<string, EvidenceView[]>, year: number) =>
    measures.filter((measure) => (evidence[evidenceKey(year, measure.slug)] ?? []).length > 0),
  photos: (views: EvidenceView[]) => views.filter((view) => view.kind === "image"),
  notPhotos: (views: EvidenceView[]) => views.filter((view) => view.kind !== "image"),
  /** The scores of the years up to a report's own. */
  scoresUpTo: (scores: ScoreYear[], year: number) => scores.filter((entry) => entry.year <= year),
  /**
   * A folder's address as its index.html, for links inside the site: they then work straight
   * from disk too, where no server turns a folder into its index page.
   */
  page: (path: string) => (path.endsWith("/") ? `${path}index.html` : path),
  yearPath: paths.year,
  pdfPath: paths.pdf,
  measurePath: paths.measure,
  oitPath: paths.oit,
  planPath: paths.plan,
  planPdfPath: paths.planPdf,
};
