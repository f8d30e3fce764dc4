import { z } from "zod";
import type { Measure, Report, Site } from "../content/load.ts";
import { SECTIONS, type SectionKey } from "../content/section-titles.ts";
import { plainText } from "../markdown/plain-text.ts";
import type { EvidenceView } from "../site/evidence.ts";
import { evidenceKey } from "../site/evidence.ts";
import { absoluteUrl } from "../site/urls.ts";
import type { EvidenceByMeasure } from "../site/view/measures.ts";
import { formatThaiDate, formatThaiPeriod, lastDayCovered, type ThaiDate } from "../thai/dates.ts";

/**
 * The open data of one year (`ita-<year>-<id>.json`): the agency, the year and its status, then
 * every measure. This zod schema is the file's contract: the build validates what it writes
 * against it and publishes it as JSON Schema (`z.toJSONSchema`) beside the file.
 */

const isoDate = z.iso.date().describe("วันที่ ค.ศ. แบบ ISO 8601 (YYYY-MM-DD)");
const thaiText = z.string().describe("วันที่ภาษาไทย พ.ศ. เลขไทย ตามที่รายงานเขียน");

const section = z.strictObject({
  title: z.string().describe("หัวข้อของช่องในตาราง"),
  markdown: z.string().describe("เนื้อหาตามที่เจ้าหน้าที่เขียน (Markdown)"),
  text: z.string().describe("เนื้อหาเป็นข้อความล้วน"),
});

const evidence = z.strictObject({
  kind: z.enum(["image", "pdf", "link"]),
  caption: z.string(),
  url: z.string().describe("ที่อยู่เต็มเมื่อทราบ siteUrl มิฉะนั้นเป็นที่อยู่เทียบกับโฟลเดอร์ของปี"),
});

const measure = z.strictObject({
  number: z.number().int().min(1),
  title: z.string(),
  period: z.strictObject({
    start: isoDate,
    end: isoDate.describe("วันสุดท้ายที่ครอบคลุม (เดือนที่เขียนเป็นเดือน คือวันสิ้นเดือน)"),
    startText: thaiText,
    endText: thaiText,
    text: z.string().describe("ระยะเวลาดำเนินการตามที่ตารางของรายงานเขียน"),
  }),
  responsibleUnits: z.array(z.string()).min(1),
  evidence: z.array(evidence),
  sections: z.strictObject({ steps: section, output: section, outcome: section }),
});

export const reportExportSchema = z
  .strictObject({
    agency: z.strictObject({
      id: z.string(),
      name: z.string(),
      district: z.string(),
      province: z.string(),
      website: z.string().optional(),
    }),
    fiscalYear: z.number().int().describe("ปีงบประมาณ พ.ศ."),
    status: z.enum(["draft", "final"]).describe("draft = ร่าง, final = ฉบับสมบูรณ์"),
    title: z.string(),
    measures: z.array(measure),
  })
  .describe("ข้อมูลเปิดของรายงานผลการดำเนินการ ITA หนึ่งปีงบประมาณ");
export type ReportExport = z.infer<typeof reportExportSchema>;

/**
 * A date as ISO CE ("2024-10-01"), the first or the last day it covers.
 * @example isoDay(parseBuddhistDate("2568-09"), "last") // => "2025-09-30"
 */
export function isoDay(value: ThaiDate, which: "first" | "last"): string {
  return (which === "first" ? value.date : lastDayCovered(value)).toISOString().slice(0, 10);
}

/** A measure's period in both calendars: ISO days for machines, the report's Thai for people. */
export function periodExport(measure: Pick<Measure, "period">) {
  const { start, end } = measure.period;
  return {
    start: isoDay(start, "first"),
    end: isoDay(end, "last"),
    startText: formatThaiDate(start),
    endText: formatThaiDate(end),
    text: formatThaiPeriod(start, end),
  };
}

/** Where a published piece of evidence is, from the site's root. */
function evidencePathOf(view: EvidenceView): string {
  if (view.kind === "image") return view.sources.at(-1)?.url ?? view.src;
  return view.href;
}

/** A measure's evidence with its published address: full under siteUrl, else from the year. */
function evidenceExport(
  report: Report,
  measure: Measure,
  views: EvidenceByMeasure,
  siteUrl: string | undefined,
) {
  const yearPath = `/${report.fiscalYear}/`;
  return (views[evidenceKey(report.fiscalYear, measure.slug)] ?? []).map((view) => {
    const path = evidencePathOf(view);
    const url =
      view.kind === "link"
        ? path
        : siteUrl
          ? absoluteUrl(path, siteUrl)
          : path.replace(yearPath, "");
    return { kind: view.kind, caption: view.caption, url };
  });
}

/** The three sections, each under its title, as Markdown and as plain text. */
function sectionsExport(measure: Measure) {
  const one = (key: SectionKey) => ({
    title: SECTIONS[key],
    markdown: measure.markdown[key],
    text: plainText(measure.markdown[key]),
  });
  return { steps: one("steps"), output: one("output"), outcome: one("outcome") };
}

/** One year's open data, from the loaded site and the published evidence. */
export function reportExport(
  site: Site,
  report: Report,
  evidence: EvidenceByMeasure,
): ReportExport {
  const { id, name, district, province, website } = site.agency;
  return {
    agency: { id, name, district, province, ...(website ? { website } : {}) },
    fiscalYear: report.fiscalYear,
    status: report.draft ? "draft" : "final",
    title: report.title,
    measures: report.measures.map((measure) => ({
      number: measure.number,
      title: measure.title,
      period: periodExport(measure),
      responsibleUnits: measure.responsibleUnits,
      evidence: evidenceExport(report, measure, evidence, site.agency.siteUrl),
      sections: sectionsExport(measure),
    })),
  };
}

/** The published JSON Schema of the export, from the zod schema itself. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportExportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
