import type { Measure, Report } from "../../content/load.ts";
import { formatThaiPeriod } from "../../thai/dates.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import { type EvidenceView, evidenceKey } from "../evidence.ts";
import { measureHref } from "./links.ts";

/** A measure's evidence as its pages group it: photos first, then documents and links. */
export interface EvidenceGroups {
  photos: EvidenceView[];
  others: EvidenceView[];
  count: number;
}

/** A measure as its pages show it, with its evidence attached once. */
export interface MeasureView {
  number: number;
  numberText: string;
  /** The measure's file name: its page's address. */
  slug: string;
  title: string;
  /** "๑. title", as the table and the bookmarks write it. */
  heading: string;
  href: string;
  steps: string;
  output: string;
  outcome: string;
  periodText: string;
  responsibleUnits: string[];
  evidence: EvidenceGroups;
}

/** Every measure's evidence views, by `evidenceKey` (scripts/site/evidence.ts). */
export type EvidenceByMeasure = Record<string, EvidenceView[]>;

/**
 * Evidence views grouped for a page: photos, then the rest.
 * @example groupEvidence([]) // => { photos: [], others: [], count: 0 }
 */
export function groupEvidence(views: EvidenceView[]): EvidenceGroups {
  return {
    photos: views.filter((view) => view.kind === "image"),
    others: views.filter((view) => view.kind !== "image"),
    count: views.length,
  };
}

/** One measure of a year, as the year page, the plan and its own page show it. */
export function measureView(
  report: Report,
  measure: Measure,
  evidence: EvidenceByMeasure,
): MeasureView {
  const numberText = formatThaiNumber(measure.number);
  return {
    number: measure.number,
    numberText,
    slug: measure.slug,
    title: measure.title,
    heading: `${numberText}. ${measure.title}`,
    href: measureHref(report.fiscalYear, measure.slug),
    steps: measure.steps,
    output: measure.output,
    outcome: measure.outcome,
    periodText: formatThaiPeriod(measure.period.start, measure.period.end),
    responsibleUnits: measure.responsibleUnits,
    evidence: groupEvidence(evidence[evidenceKey(report.fiscalYear, measure.slug)] ?? []),
  };
}

/** A year's measures in the report's order. */
export const measureViews = (report: Report, evidence: EvidenceByMeasure) =>
  report.measures.map((measure) => measureView(report, measure, evidence));

/**
 * The measures that have photos, documents or links: the report's appendix, on the page and
 * in the PDF's bookmarks (scripts/pdf/documents.ts).
 */
export const withEvidence = (measures: Measure[]) =>
  measures.filter((measure) => measure.evidence.length > 0);
