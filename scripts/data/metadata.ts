import type { Report, Site } from "../content/load.ts";
import { absoluteUrl, paths } from "../site/urls.ts";
import { agencyPlace } from "../site/view/agency.ts";
import { formatBuddhistYear } from "../thai/dates.ts";
import { isoDay } from "./export.ts";

/**
 * The dataset's description, for registering the files on Thailand's open-data portal
 * (data.go.th, a CKAN catalogue): the portal's own field names (title, notes, tags,
 * data_category, data_classification, update_frequency_unit, geo_coverage, data_format,
 * data_language, license_title, first_year_of_data, …) with the values its forms take, and one
 * resource per file. Nothing here depends on the day of the build: a build is byte-identical.
 */
export interface DatasetMetadata {
  name: string;
  title: string;
  notes: string;
  tags: string[];
  url: string;
  maintainer: string;
  data_source: string;
  objective: string;
  data_type: string;
  data_category: string;
  data_classification: string;
  accessible_condition: string;
  update_frequency_unit: string;
  update_frequency_interval: number;
  geo_coverage: string;
  geo_coverage_other: string;
  data_format: string[];
  data_language: string[];
  license_title: string;
  first_year_of_data: string;
  last_year_of_data: string;
  created_date?: string;
  status: "draft" | "final";
  resources: { name: string; url: string; format: string; description: string }[];
}

/** A year's file names, beside its PDF: `ita-<year>-<id>.csv` and the rest. */
export function dataFileNames(report: Pick<Report, "pdfFileName">) {
  const base = report.pdfFileName.replace(/\.pdf$/, "");
  return {
    csv: `${base}.csv`,
    json: `${base}.json`,
    schema: `${base}.schema.json`,
    metadata: `${base}.metadata.json`,
  };
}

/** The metadata of one year's open data. */
export function datasetMetadata(site: Site, report: Report): DatasetMetadata {
  const { agency } = site;
  const files = dataFileNames(report);
  const year = formatBuddhistYear(report.fiscalYear);
  /** A file's address: full under siteUrl, else its name beside this one. */
  const at = (file: string) => absoluteUrl(`/${report.fiscalYear}/${file}`, agency.siteUrl) || file;
  const published = report.published ?? report.reportDate;
  return {
    name: files.csv.replace(/\.csv$/, ""),
    title: `${report.tableTitle} ประจำปีงบประมาณ ${year} ของ${agency.name}`,
    notes: `มาตรการ โครงการ และกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใสของ${agency.name} ${agencyPlace(agency)} ประจำปีงบประมาณ ${year} หนึ่งแถวต่อหนึ่งมาตรการ: ขั้นตอน ระยะเวลา ผู้รับผิดชอบ ผลการดำเนินการ และผลลัพธ์ ตามแบบรายงานการประเมิน ITA${report.draft ? " (ฉบับร่าง)" : ""}`,
    tags: ["ITA", "OIT", "คุณธรรมและความโปร่งใส", agency.name],
    url: absoluteUrl(paths.year(report.fiscalYear), agency.siteUrl),
    maintainer: agency.name,
    data_source: agency.name,
    objective: "เปิดเผยข้อมูลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสตามการประเมิน ITA",
    data_type: "ข้อมูลอื่นๆ",
    data_category: "ข้อมูลสาธารณะ",
    data_classification: "เปิดเผย",
    accessible_condition: "ไม่มี",
    update_frequency_unit: "ปี",
    update_frequency_interval: 1,
    geo_coverage: "อื่นๆ",
    geo_coverage_other: agencyPlace(agency),
    data_format: ["CSV", "JSON"],
    data_language: ["ไทย"],
    license_title: "Open Data Common",
    first_year_of_data: String(report.fiscalYear),
    last_year_of_data: String(report.fiscalYear),
    ...(published ? { created_date: isoDay(published, "first") } : {}),
    status: report.draft ? "draft" : "final",
    resources: [
      {
        name: files.csv,
        url: at(files.csv),
        format: "CSV",
        description: "หนึ่งแถวต่อหนึ่งมาตรการ (UTF-8 มี BOM เปิดด้วย Excel ได้)",
      },
      {
        name: files.json,
        url: at(files.json),
        format: "JSON",
        description: "ข้อมูลเดียวกันพร้อมเนื้อหาแบบ Markdown และหลักฐาน",
      },
      {
        name: files.schema,
        url: at(files.schema),
        format: "JSON",
        description: "JSON Schema ของไฟล์ JSON",
      },
    ],
  };
}
