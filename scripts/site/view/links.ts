import type { Report } from "../../content/load.ts";
import { paths } from "../urls.ts";

/**
 * A folder's address as its index.html, for links inside the site: they then work straight
 * from disk too, where no server turns a folder into its index page.
 * @example pageHref("/2568/") // => "/2568/index.html"
 */
export const pageHref = (path: string) => (path.endsWith("/") ? `${path}index.html` : path);

/** A year's own links, from the site's root; pages make them relative with the `rel` filter. */
export interface ReportLinks {
  year: string;
  pdf: string;
  plan: string;
  planPdf: string;
  oit: string;
  /** The year's open data (scripts/data/). */
  csv: string;
  json: string;
}

/** Where a year's pages and PDFs are, as links inside the site (scripts/site/urls.ts). */
export function reportLinks(report: Report): ReportLinks {
  return {
    year: pageHref(paths.year(report.fiscalYear)),
    pdf: paths.pdf(report),
    plan: pageHref(paths.plan(report.fiscalYear)),
    planPdf: paths.planPdf(report),
    oit: pageHref(paths.oit(report.fiscalYear)),
    csv: paths.csv(report),
    json: paths.json(report),
  };
}

/** A measure's page, as a link inside the site. */
export const measureHref = (year: number, slug: string) => pageHref(paths.measure(year, slug));
