import type { Report, Site } from "../content/load.ts";
import { HEADINGS } from "../site/headings.ts";
import { agencyPlaceLine } from "../site/view/agency.ts";
import { comparisonBookmarks, comparisonView } from "../site/view/comparison.ts";
import { withEvidence } from "../site/view/measures.ts";
import { scoresUpTo } from "../site/view/scores.ts";
import { formatBuddhistYear } from "../thai/dates.ts";
import { fiscalYearRange } from "../thai/fiscal-year.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import type { PdfMetadata } from "./printer.ts";

/** A PDF the site publishes: which page is printed, into which file, saying what about itself. */
export interface PrintedDocument {
  report: Report;
  /** Path inside the site, e.g. "2568/ita-2568-muangkong.pdf". */
  path: string;
  /** The page printed with print.css, e.g. "2568/index.html". */
  pagePath: string;
  metadata: PdfMetadata;
}

/** A measure's title on one line, as a bookmark shows it. */
const oneLine = (title: string) => title.replace(/\s+/g, " ");

/** The measures as bookmarks: "๑. title", one line each. */
const measureBookmarks = (report: Report) =>
  report.measures.map(
    (measure) => `${formatThaiNumber(measure.number)}. ${oneLine(measure.title)}`,
  );

/** The appendix's bookmarks: its heading, then each measure that has evidence. */
function appendixBookmarks(report: Report): string[] {
  const measures = withEvidence(report.measures);
  if (measures.length === 0) return [];
  return [
    HEADINGS.appendix,
    ...measures.map(
      (measure) => `มาตรการที่ ${formatThaiNumber(measure.number)} ${oneLine(measure.title)}`,
    ),
  ];
}

/**
 * Every PDF of a site, two per year: the report (results) and the plan (the measures without
 * results, published before them).
 */
export function printedDocuments(site: Site): PrintedDocument[] {
  return site.reports.flatMap((report) => {
    const year = `ประจำปีงบประมาณ ${formatBuddhistYear(report.fiscalYear)}`;
    const common = {
      author: site.agency.name,
      siteUrl: site.agency.siteUrl,
      language: "th",
      // The day it was published or reported, else the end of the fiscal year it reports on.
      date:
        report.published?.date ?? report.reportDate?.date ?? fiscalYearRange(report.fiscalYear).end,
    };
    const place = agencyPlaceLine(site.agency);
    const keywords = ["ITA", "คุณธรรมและความโปร่งใส", site.agency.name, String(report.fiscalYear)];
    return [
      {
        report,
        path: `${report.fiscalYear}/${report.pdfFileName}`,
        pagePath: `${report.fiscalYear}/index.html`,
        metadata: {
          ...common,
          title: `${report.draft ? "(ร่าง) " : ""}${report.title} ${year}`,
          subject: `${report.tableTitle} ${year} ${place}`,
          keywords,
          // The year page's headings: the report, the scores, its table, each measure, the
          // comparison with the year before, the appendix.
          bookmarks: [
            `${report.title} ${year}`,
            ...(scoresUpTo(site.scores, report.fiscalYear).length > 0 ? [HEADINGS.scores] : []),
            `${report.tableTitle} ${year}`,
            ...measureBookmarks(report),
            ...comparisonBookmarks(comparisonView(site, report)),
            ...appendixBookmarks(report),
          ],
        },
      },
      {
        report,
        path: `${report.fiscalYear}/${report.planPdfFileName}`,
        pagePath: `${report.fiscalYear}/plan/index.html`,
        metadata: {
          ...common,
          title: `${report.planDraft ? "(ร่าง) " : ""}${report.planTitle} ${year}`,
          subject: `${report.planTitle} ${year} ${place}`,
          keywords: [...keywords, "มาตรการ"],
          bookmarks: [
            `${report.planTitle} ${year}`,
            HEADINGS.planTable,
            ...measureBookmarks(report),
          ],
        },
      },
    ];
  });
}
