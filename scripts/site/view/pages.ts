import type { Report, Site } from "../../content/load.ts";
import { formatBuddhistYear, formatThaiDate } from "../../thai/dates.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import { paths } from "../urls.ts";
import { type ComparisonView, comparisonView } from "./comparison.ts";
import { pageHref, type ReportLinks, reportLinks } from "./links.ts";
import {
  type EvidenceByMeasure,
  type MeasureView,
  measureView,
  measureViews,
  withEvidence,
} from "./measures.ts";
import { type ScoresView, scoresUpTo, scoresView } from "./scores.ts";
import { type SignatureView, signatureView, type TableView, tableView } from "./table.ts";

/** What every page of a year tells the layout: its year, its crumb, whether it is a draft. */
export interface YearHead {
  fiscalYear: number;
  yearText: string;
  yearHref: string;
  draft: boolean;
}

/** What the year page and the plan share: the year, its links, its measures and signer. */
export interface YearDocument {
  page: YearHead;
  title: string;
  measureCount: string;
  links: ReportLinks;
  table: TableView;
}

/** The year page, printed as the report: intro, scores, table, signature and appendix. */
export interface ReportView extends YearDocument {
  tableTitle: string;
  introHtml: string;
  scores?: ScoresView;
  signer: SignatureView;
  appendix: MeasureView[];
  /** The year against the one before; none for a year that has no previous year. */
  comparison?: ComparisonView;
}

/** A year's page head, draft as the document it heads is. */
export function yearHead(report: Report, draft: boolean): YearHead {
  return {
    fiscalYear: report.fiscalYear,
    yearText: formatBuddhistYear(report.fiscalYear),
    yearHref: pageHref(paths.year(report.fiscalYear)),
    draft,
  };
}

/** The parts of a year's document the report and the plan make alike. */
function yearDocument(report: Report, title: string, draft: boolean, table: TableView) {
  return {
    page: yearHead(report, draft),
    title,
    measureCount: formatThaiNumber(report.measures.length),
    links: reportLinks(report),
    table,
  };
}

/** The year page (and the printed report), with the scores up to its year. */
export function reportView(site: Site, report: Report, evidence: EvidenceByMeasure): ReportView {
  const measures = measureViews(report, evidence);
  const signer = signatureView(report, report.reportDate);
  const table = tableView("report", measures, signer);
  return {
    ...yearDocument(report, report.title, report.draft, table),
    tableTitle: report.tableTitle,
    introHtml: report.introHtml,
    scores: scoresView(scoresUpTo(site.scores, report.fiscalYear), "scores"),
    signer,
    appendix: withEvidence(report.measures).map((measure) =>
      measureView(report, measure, evidence),
    ),
    comparison: comparisonView(site, report),
  };
}

/** The plan: the same measures without results, signed on the day it is announced. */
export function planView(report: Report, evidence: EvidenceByMeasure): YearDocument {
  const table = tableView("plan", measureViews(report, evidence), signatureView(report));
  return yearDocument(report, report.planTitle, report.planDraft, table);
}

/** A measure's own page, with its year's links. */
export interface MeasurePageView {
  page: YearHead;
  tableTitle: string;
  measure: MeasureView;
  links: ReportLinks;
}

/** Every measure page of a year. */
export function measurePageViews(report: Report, evidence: EvidenceByMeasure): MeasurePageView[] {
  return measureViews(report, evidence).map((measure) => ({
    page: yearHead(report, report.draft),
    tableTitle: report.tableTitle,
    measure,
    links: reportLinks(report),
  }));
}

/** The day a year was published (or reported), for the OIT page; none rather than "unknown". */
export const publishedText = (report: Report) => {
  const date = report.published ?? report.reportDate;
  return date ? formatThaiDate(date) : undefined;
};
