import type { Report, Site } from "../../content/load.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import { absoluteUrl, oitLinks } from "../urls.ts";
import { type AgencyView, agencyView } from "./agency.ts";
import { type ReportLinks, reportLinks } from "./links.ts";
import type { EvidenceByMeasure } from "./measures.ts";
import {
  type MeasurePageView,
  measurePageViews,
  planView,
  publishedText,
  type ReportView,
  reportView,
  type YearDocument,
  type YearHead,
  yearHead,
} from "./pages.ts";
import { type ScoresView, scoresView } from "./scores.ts";

/** The page an OIT assessor copies a year's addresses from. */
export interface OitView {
  page: YearHead;
  title: string;
  published?: string;
  /** Each address from the site's root, and in full under `siteUrl` ("" without one). */
  links: { label: string; path: string; full: string }[];
}

/** One year on the home page. */
export interface IndexYear {
  yearText: string;
  draft: boolean;
  measureCount: string;
  links: ReportLinks;
}

/** The home page: every year, newest first, and the whole score history. */
export interface IndexView {
  years: IndexYear[];
  scores?: ScoresView;
}

/** Every document of the site, as the templates arrange them. */
export interface SiteViews {
  agency: AgencyView;
  index: IndexView;
  reports: ReportView[];
  plans: YearDocument[];
  measures: MeasurePageView[];
  oit: OitView[];
}

/** A year's OIT page. */
export function oitView(report: Report, siteUrl: string | undefined): OitView {
  return {
    page: yearHead(report, report.draft),
    title: report.title,
    published: publishedText(report),
    links: oitLinks(report).map(({ label, path }) => ({
      label,
      path,
      full: absoluteUrl(path, siteUrl),
    })),
  };
}

/** The home page. */
export function indexView(site: Site): IndexView {
  return {
    years: site.reports.map((report) => ({
      yearText: yearHead(report, report.draft).yearText,
      draft: report.draft,
      measureCount: formatThaiNumber(report.measures.length),
      links: reportLinks(report),
    })),
    scores: scoresView(site.scores, "scores"),
  };
}

/** The view of every page, from the loaded content and the prepared evidence. */
export function siteViews(
  site: Site,
  evidence: EvidenceByMeasure,
  logoUrl: string | undefined,
): SiteViews {
  return {
    agency: agencyView(site.agency, logoUrl),
    index: indexView(site),
    reports: site.reports.map((report) => reportView(site, report, evidence)),
    plans: site.reports.map((report) => planView(report, evidence)),
    measures: site.reports.flatMap((report) => measurePageViews(report, evidence)),
    oit: site.reports.map((report) => oitView(report, site.agency.siteUrl)),
  };
}
