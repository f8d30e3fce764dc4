import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../scripts/content/load.ts";
import { NUMBER_HEADER, PERIOD_HEADERS, reportCsv } from "../../scripts/data/csv.ts";
import {
  isoDay,
  reportExport,
  reportExportSchema,
  reportJsonSchema,
} from "../../scripts/data/export.ts";
import { dataFileNames, datasetMetadata } from "../../scripts/data/metadata.ts";
import { COLUMN_LABELS } from "../../scripts/site/view/columns.ts";
import { parseBuddhistDate } from "../../scripts/thai/dates.ts";
import { ARCHIVE } from "../helpers/content.ts";

// The archive fixture: 2568 final with evidence, 2569 a draft with marks still to fill.
const site = await loadSite(ARCHIVE);
const report = (year: number) => {
  const found = site.reports.find((each) => each.fiscalYear === year);
  if (!found) throw new Error(`no ${year} in the archive fixture`);
  return found;
};
const final = reportExport(site, report(2568), {});
const draft = reportExport(site, report(2569), {});

describe("reportExport", () => {
  it("holds the agency, the year and its status, then every measure", () => {
    expect(final.agency).toEqual({
      id: "testtown",
      name: "เทศบาลตำบลทดสอบ",
      district: "เมืองขอนแก่น",
      province: "ขอนแก่น",
      website: "https://example.go.th/",
    });
    expect([final.fiscalYear, final.status, draft.status]).toEqual([2568, "final", "draft"]);
    expect(final.measures.map((measure) => measure.number)).toEqual([1, 2]);
  });

  it("gives the period as ISO CE days, a month's end as its last day, and as Thai text", () => {
    expect(final.measures[0]?.period).toEqual({
      start: "2024-10-01",
      end: "2025-09-30",
      startText: "ตุลาคม ๒๕๖๗",
      endText: "กันยายน ๒๕๖๘",
      text: "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘",
    });
    // 2567 is 2024 CE, a leap year: February written as a month ends on the 29th.
    const february = parseBuddhistDate("2567-02");
    expect(february && isoDay(february, "last")).toBe("2024-02-29");
    expect(february && isoDay(february, "first")).toBe("2024-02-01");
  });

  it("gives each section under its title as the clerk's Markdown and as plain text", () => {
    const { steps, output } = final.measures[0]?.sections ?? {};
    expect(steps?.title).toBe("ขั้นตอนหรือวิธีการปฏิบัติ");
    expect(steps?.markdown).toBe(
      "1. ขั้นตอนแรก **สำคัญ**\n2. ขั้นตอนที่สอง และ {{ ไม่ใช่ตัวแปร }} กับ {% ไม่ใช่คำสั่ง %}",
    );
    expect(steps?.text).toBe(
      "1. ขั้นตอนแรก สำคัญ\n2. ขั้นตอนที่สอง และ {{ ไม่ใช่ตัวแปร }} กับ {% ไม่ใช่คำสั่ง %}",
    );
    expect(output?.markdown).toBe("- ผลผลิตหนึ่ง ดูได้ที่ https://example.go.th/news\n  - รายการย่อย");
    expect(output?.text).toBe("• ผลผลิตหนึ่ง ดูได้ที่ https://example.go.th/news\n  • รายการย่อย");
  });

  it("gives each piece of evidence its published address, full under siteUrl", () => {
    const withViews = reportExport(site, report(2568), {
      "2568/01-first-measure": [
        { kind: "pdf", caption: "ประกาศ", href: "/2568/evidence/a.pdf", size: "1 KB" },
        { kind: "link", caption: "ข่าว", href: "https://example.go.th/news" },
      ],
    });
    expect(withViews.measures[0]?.evidence).toEqual([
      { kind: "pdf", caption: "ประกาศ", url: "https://www.example.go.th/ita/2568/evidence/a.pdf" },
      { kind: "link", caption: "ข่าว", url: "https://example.go.th/news" },
    ]);
  });

  it("is what its zod schema and its published JSON Schema allow, and nothing else", () => {
    const validate = new Ajv2020({ strict: false, formats: { date: true } }).compile(
      reportJsonSchema(),
    );
    for (const data of [final, draft]) {
      expect(reportExportSchema.parse(data)).toEqual(data);
      expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors)).toBe(
        true,
      );
    }
    expect(validate({ ...final, status: "published" })).toBe(false);
    expect(validate({ ...final, extra: 1 })).toBe(false);
    // "date" is left to the pattern zod writes beside it, which the schema's readers all know.
    const measure = final.measures[0];
    const badDay = {
      ...final,
      measures: [{ ...measure, period: { ...measure?.period, end: "2025-02-30" } }],
    };
    expect(validate(badDay)).toBe(false);
    const noTitle = { ...final, measures: [{ ...final.measures[0], title: undefined }] };
    expect(validate(JSON.parse(JSON.stringify(noTitle)))).toBe(false);
  });
});

describe("reportCsv", () => {
  const csv = reportCsv(final);
  const rows: string[][] = parse(csv, { bom: true });

  it("starts with the UTF-8 byte order mark and ends its lines with CRLF, as Excel reads Thai", () => {
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split("\r\n")[0]?.includes("\n")).toBe(false);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has the number, the table's six Thai headers, then the period in both calendars", () => {
    expect(rows[0]).toEqual([
      NUMBER_HEADER,
      COLUMN_LABELS.title,
      COLUMN_LABELS.steps,
      COLUMN_LABELS.period,
      COLUMN_LABELS.units,
      COLUMN_LABELS.output,
      COLUMN_LABELS.outcome,
      ...PERIOD_HEADERS,
    ]);
  });

  it("quotes every field with a line break, so a reader that ends a row at any line break (Excel, Python) reads the same rows", () => {
    const anyLineEnd: string[][] = parse(csv, { bom: true, record_delimiter: ["\r\n", "\n"] });
    expect(rows.some((row) => row.some((field) => field.includes("\n")))).toBe(true);
    expect(anyLineEnd).toEqual(rows);
  });

  it("parses back to one row per measure with Thai, quotes and line breaks intact", () => {
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 5)).toEqual([
      "1",
      "โครงการทดสอบที่หนึ่ง",
      "1. ขั้นตอนแรก สำคัญ\n2. ขั้นตอนที่สอง และ {{ ไม่ใช่ตัวแปร }} กับ {% ไม่ใช่คำสั่ง %}",
      "ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘",
      "สำนักปลัด\nกองคลัง",
    ]);
    expect(rows[2]?.[1]).toBe('กิจกรรม "ทดสอบ" ที่สอง & ITA');
    expect(rows[2]?.slice(-4)).toEqual([
      "2025-01-15",
      "2025-03-31",
      "๑๕ มกราคม ๒๕๖๘",
      "๓๑ มีนาคม ๒๕๖๘",
    ]);
  });

  it("keeps a clerk's text that starts like a formula from running in a spreadsheet", () => {
    const measure = final.measures[0];
    if (!measure) throw new Error("no measure");
    const risky = { ...final, measures: [{ ...measure, title: '=HYPERLINK("x")' }] };
    const [, row] = parse(reportCsv(risky), { bom: true }) as string[][];
    expect(row?.[1]).toBe('\'=HYPERLINK("x")');
  });
});

describe("datasetMetadata", () => {
  it("describes the files as the open-data portal asks: title, licence, frequency, resources", () => {
    const metadata = datasetMetadata(site, report(2568));
    expect(metadata.name).toBe("ita-2568-testtown");
    expect(metadata.title).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของเทศบาลตำบลทดสอบ");
    expect([metadata.update_frequency_unit, metadata.license_title]).toEqual([
      "ปี",
      "Open Data Common",
    ]);
    expect(metadata.created_date).toBe("2025-10-20");
    expect(metadata.resources.map((resource) => resource.url)).toEqual(
      Object.values(dataFileNames(report(2568)))
        .filter((name) => !name.endsWith(".metadata.json"))
        .map((name) => `https://www.example.go.th/ita/2568/${name}`),
    );
  });
});
