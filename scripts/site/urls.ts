import type { Report } from "../content/load.ts";
import { formatThaiNumber } from "../thai/numbers.ts";

/**
 * The site's public addresses, as paths from the site's root. They are made from the fiscal year,
 * the agency id and the measure's file name only, so adding a year, a measure or a file never
 * changes an address an assessor has already recorded.
 */
export const paths = {
  year: (year: number) => `/${year}/`,
  pdf: (report: Pick<Report, "fiscalYear" | "pdfFileName">) =>
    `/${report.fiscalYear}/${report.pdfFileName}`,
  measure: (year: number, slug: string) => `/${year}/measures/${slug}/`,
  oit: (year: number) => `/${year}/oit/`,
  plan: (year: number) => `/${year}/plan/`,
  planPdf: (report: Pick<Report, "fiscalYear" | "planPdfFileName">) =>
    `/${report.fiscalYear}/${report.planPdfFileName}`,
  /** The open data beside the PDF (scripts/data/): the same name, `.csv` and `.json`. */
  csv: (report: Pick<Report, "fiscalYear" | "pdfFileName">) =>
    `/${report.fiscalYear}/${report.pdfFileName.replace(/\.pdf$/, ".csv")}`,
  json: (report: Pick<Report, "fiscalYear" | "pdfFileName">) =>
    `/${report.fiscalYear}/${report.pdfFileName.replace(/\.pdf$/, ".json")}`,
  /** Every year's measures, searched by Thai words (scripts/site/search-index.ts). */
  search: () => "/search/",
};

/** One address an ITA assessor records for the OIT part of the assessment. */
export interface OitLink {
  label: string;
  path: string;
}

/**
 * What a year publishes, in the order an assessor reads it: the report and its PDF, the plan and
 * its PDF, the open data, each measure.
 */
export function oitLinks(report: Report): OitLink[] {
  return [
    { label: `${report.title} (หน้าเว็บ)`, path: paths.year(report.fiscalYear) },
    { label: `${report.title} (ไฟล์ PDF)`, path: paths.pdf(report) },
    { label: `${report.planTitle} (หน้าเว็บ)`, path: paths.plan(report.fiscalYear) },
    { label: `${report.planTitle} (ไฟล์ PDF)`, path: paths.planPdf(report) },
    { label: "ข้อมูลเปิด: มาตรการทั้งหมดของปีนี้ (ไฟล์ CSV)", path: paths.csv(report) },
    { label: "ข้อมูลเปิด: มาตรการทั้งหมดของปีนี้ (ไฟล์ JSON)", path: paths.json(report) },
    ...report.measures.map((measure) => ({
      label: `มาตรการที่ ${formatThaiNumber(measure.number)} ${measure.title}`,
      path: paths.measure(report.fiscalYear, measure.slug),
    })),
  ];
}

/**
 * A path as the full address under the agency's `siteUrl`, or "" when the site does not know
 * where it is published (the page then shows what the browser resolves).
 * @example absoluteUrl("/2568/", "https://www.example.go.th/ita/") // => "https://www.example.go.th/ita/2568/"
 */
export function absoluteUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path.replace(/^\//, ""), siteUrl).href : "";
}
