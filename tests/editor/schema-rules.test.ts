import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { agencySchema, measureSchema, reportSchema } from "../../scripts/content/schema.ts";
import { scoresSchema } from "../../scripts/content/scores.ts";
import {
  agencyFields,
  measureFields,
  reportFields,
  scoresFields,
} from "../../scripts/editor/collections.ts";
import type { EditorField } from "../../scripts/editor/fields.ts";
import { periodPattern } from "../../scripts/editor/schema-rules.ts";

/**
 * Rule by rule, the form refuses exactly what the check refuses: each value is put into a valid
 * file and given to the schema, and to the editor field as Decap validates it (required, the
 * pattern, a number's bounds, a select's options).
 */

/** Decap's own validation of one value (decap-cms-core, validate in EditorControl). */
function formRefuses(field: EditorField, value: unknown): boolean {
  const empty = value === undefined || value === "" || (Array.isArray(value) && !value.length);
  if (empty) return field.required !== false;
  if (field.widget === "select") return !field.options?.some((option) => option.value === value);
  if (field.widget === "number") {
    if (typeof value !== "number" || Number.isNaN(value)) return true;
    if (field.value_type === "int" && !Number.isInteger(value)) return true;
    if (field.min !== undefined && value < field.min) return true;
    if (field.max !== undefined && value > field.max) return true;
  }
  return field.pattern ? !new RegExp(field.pattern[0]).test(String(value)) : false;
}

/** The field at a dotted path; `evidence.file` looks into the list's alternatives. */
function fieldAt(fields: EditorField[], path: string): EditorField {
  const [name, ...rest] = path.split(".");
  const field = fields.find((each) => each.name === name);
  if (!field) throw new Error(`no editor field ${path}`);
  if (!rest.length) return field;
  const children = field.fields ?? field.types?.flatMap((type) => type.fields ?? []) ?? [];
  return fieldAt(children, rest.join("."));
}

/** `data` with `value` at a dotted path (a number in a path is a list index). */
function withValue(data: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) as string] = value;
  return copy;
}

const MEASURE = {
  number: 1,
  title: "โครงการฝึกอบรม",
  period: { start: "2567-10", end: "2568-09" },
  responsibleUnits: ["สำนักปลัด"],
  evidence: [
    { file: "01-training.jpg", caption: "ภาพ" },
    { url: "https://example.go.th/news/1", caption: "ข่าว" },
  ],
};
const REPORT = {
  title: "รายงาน",
  tableTitle: "ผล",
  signer: { position: "นายก" },
  reportDate: "2568-10-15",
};
const AGENCY = {
  id: "muangkong",
  name: "เทศบาลตำบลเมืองคง",
  district: "ราษีไศล",
  province: "ศรีสะเกษ",
  website: "https://www.example.go.th/",
  editor: { repository: "muangkong/ita-report", signIn: "https://auth.example.dev/auth" },
};
const SCORES = { scores: [{ year: 2567, total: 88.5 }] };

type Case = [path: string, value: unknown];
const CASES: [string, z.ZodType, unknown, EditorField[], Case[]][] = [
  [
    "measure",
    measureSchema(2568),
    MEASURE,
    measureFields(2568),
    [
      ["number", 0],
      ["number", 1000],
      ["number", 1.5],
      ["number", 999],
      ["number", undefined],
      ["title", ""],
      ["title", "   "],
      ["title", "ก".repeat(1001)],
      ["title", "ก".repeat(1000)],
      ["period.start", "2566-09"],
      ["period.start", "2568-10"],
      ["period.start", "2567-10"],
      ["period.start", "2567-10-01"],
      ["period.start", "2568-02-29"],
      ["period.start", "2568-02-28"],
      ["period.start", "2567-11-31"],
      ["period.end", "2568-09-30"],
      ["period.end", "2024-09"],
      ["period.end", "๒๕๖๘-๐๙"],
      ["period.end", "2568-9"],
      ["period.end", ""],
      ["evidence.0.file", "IMG 0001.JPG"],
      ["evidence.0.file", "ภาพ.jpg"],
      ["evidence.0.file", "01-training.gif"],
      ["evidence.0.file", "01-training.pdf"],
      ["evidence.0.caption", ""],
      ["evidence.1.url", "ftp://example.go.th/a"],
      ["evidence.1.url", "https://example.go.th/a b"],
      ["evidence.1.url", 'https://x.go.th/"a'],
      ["evidence.1.url", "www.example.go.th"],
      ["evidence.1.url", "https://example.go.th/news?id=1"],
    ],
  ],
  [
    "report",
    reportSchema,
    REPORT,
    reportFields(),
    [
      ["title", ""],
      ["signer.position", ""],
      ["signer.name", ""],
      ["reportDate", "2025-10-15"],
      ["reportDate", "2568-13-01"],
      ["reportDate", "๒๕๖๘-๑๐-๑๕"],
      ["reportDate", "2568-10"],
      ["published", "2568-10-20"],
      ["status", "draft"],
      ["status", "done"],
    ],
  ],
  [
    "agency",
    agencySchema,
    AGENCY,
    agencyFields(),
    [
      ["id", "Muang Kong"],
      ["id", "muang-kong"],
      ["id", "-x"],
      ["name", "อบต.ช่อระกา"],
      ["name", "เทศบาลตำบล"],
      ["name", "องค์การบริหารส่วนตำบลช่อระกา"],
      ["kind", "เทศบาล"],
      ["district", "อำเภอราษีไศล"],
      ["district", "อ.ราษีไศล"],
      ["district", "ราษีไศล 2"],
      ["province", "จ.ศรีสะเกษ"],
      ["province", "ศรีสะเกษ"],
      ["province", "ศรีสะเกด"],
      ["website", "example.go.th"],
      ["logo", "ตรา.png"],
      ["logo", "logo.svg"],
      ["editor.repository", "muangkong"],
      ["editor.repository", "a/b"],
      ["editor.signIn", "http://auth.example.dev"],
      ["editor.branch", "main"],
    ],
  ],
  [
    "ita-scores",
    scoresSchema,
    SCORES,
    scoresFields(),
    [
      ["scores.0.year", 2556],
      ["scores.0.year", 2701],
      ["scores.0.year", 2567.5],
      ["scores.0.total", 101],
      ["scores.0.total", -1],
      ["scores.0.total", 88.505],
      ["scores.0.total", 100],
      ["scores.0.iit", 0],
    ],
  ],
];

describe("the form refuses what the check refuses", () => {
  for (const [name, schema, valid, fields, cases] of CASES) {
    it(`in ${name}: ${cases.length} values`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const [path, value] of cases) {
        const checkRefuses = !schema.safeParse(withValue(valid, path, value)).success;
        const field = fieldAt(fields, path.replace(/\.\d+/g, ""));
        expect(formRefuses(field, value), `${name} ${path}: ${JSON.stringify(value)}`).toBe(
          checkRefuses,
        );
      }
    });
  }

  it("accepts every month of the fiscal year and no month outside it", () => {
    const inYear = periodPattern(2568);
    const months = ["10", "11", "12"].map((m) => `2567-${m}`);
    months.push(...["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((m) => `2568-${m}`));
    for (const month of months) expect(inYear.test(month), month).toBe(true);
    for (const month of ["2567-09", "2568-10", "2566-12", "2569-01"]) {
      expect(inYear.test(month), month).toBe(false);
    }
    // 2567 (2024) is a leap year: 29 February 2567 exists, 2568's does not.
    expect(periodPattern(2567).test("2567-02-29")).toBe(true);
    expect(inYear.test("2568-02-29")).toBe(false);
  });
});
