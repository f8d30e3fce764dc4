import { agencySchema, EVIDENCE_FILE, measureSchema, reportSchema } from "../content/schema.ts";
import { scoresSchema } from "../content/scores.ts";
import { KIND_NAMES } from "../thai/local-government.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { PROVINCES } from "../thai/provinces.ts";
import {
  acceptField,
  type EditorField,
  fieldFor,
  markdownField,
  patternRule,
  sectionFields,
} from "./fields.ts";
import {
  BUDDHIST_DATE,
  periodPattern,
  shapeOf,
  TWO_DECIMALS,
  WEB_ADDRESS,
} from "./schema-rules.ts";
import { PERIOD_DATE_WIDGET } from "./widgets.ts";

/**
 * The form of each content file, field by field from its schema. Fields whose rule lives in
 * code rather than in a pattern (a date, a web address, a province) get the pattern here.
 */

type Schema = Parameters<typeof shapeOf>[0];
const shape = (schema: Schema) => shapeOf(schema) ?? {};

/** A field of the schema, which must be there: a renamed field fails here, not in the form. */
function pick(fields: Record<string, Schema>, key: string): Schema {
  const schema = fields[key];
  if (!schema) throw new Error(`The content schema has no field "${key}"`);
  return schema;
}

const WEB_RULE = patternRule(
  WEB_ADDRESS,
  "ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https:// ไม่มีเว้นวรรคหรือเครื่องหมายคำพูด",
);
const DATE_RULE = patternRule(
  BUDDHIST_DATE,
  "ต้องเป็นวันที่ พ.ศ. แบบ ปปปป-ดด-วว หรือ ปปปป-ดด ด้วยเลขอารบิก เช่น 2568-10-15",
);

/** The editor field names of a file, in the schema's order, for writing keys back in order. */
export const keysOf = (fields: EditorField[]) => fields.map((field) => field.name);

/** A measure of fiscal year `fiscalYear`: front matter, then the three sections. */
export function measureFields(fiscalYear: number): EditorField[] {
  const fields = shape(measureSchema(fiscalYear));
  const inYear = patternRule(
    periodPattern(fiscalYear),
    `ต้องเป็นเดือนหรือวันในปีงบประมาณ พ.ศ. ${formatThaiNumber(fiscalYear)} (${fiscalYear - 1}-10 ถึง ${fiscalYear}-09) พิมพ์เป็นเลขอารบิก เช่น ${fiscalYear - 1}-10`,
  );
  const evidence = shape(fields.evidence ?? measureSchema(fiscalYear));
  const caption = fieldFor("evidence.caption", pick(evidence, "caption"), { widget: "text" });
  return [
    fieldFor("number", pick(fields, "number")),
    fieldFor("title", pick(fields, "title"), { widget: "text" }),
    fieldFor("period", pick(fields, "period"), {
      fields: ["start", "end"].map((key) =>
        fieldFor(`period.${key}`, pick(shape(pick(fields, "period")), key), {
          pattern: inYear,
          widget: PERIOD_DATE_WIDGET,
        }),
      ),
    }),
    {
      ...fieldFor("responsibleUnits", pick(fields, "responsibleUnits")),
      widget: "list",
      label_singular: "หน่วยงานผู้รับผิดชอบ",
      min: 1,
      collapsed: false,
      field: { name: "unit", label: "หน่วยงาน", widget: "string" },
    },
    {
      ...fieldFor("evidence", pick(fields, "evidence")),
      widget: "list",
      label_singular: "หลักฐาน",
      collapsed: false,
      typeKey: "type",
      summary: "{{fields.caption}}",
      types: [
        {
          name: "file",
          label: "ไฟล์ภาพหรือ PDF",
          widget: "object",
          fields: [
            fieldFor("evidence.file", pick(evidence, "file"), {
              widget: "file",
              required: true,
              choose_url: false,
              pattern: patternRule(
                EVIDENCE_FILE,
                "ชื่อไฟล์ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด - ลงท้ายด้วย .jpg .png .webp หรือ .pdf เช่น 01-training.jpg (เปลี่ยนชื่อไฟล์ในเครื่องก่อนอัปโหลด)",
              ),
            }),
            caption,
          ],
        },
        {
          name: "url",
          label: "ลิงก์",
          widget: "object",
          fields: [
            fieldFor("evidence.url", pick(evidence, "url"), { required: true, pattern: WEB_RULE }),
            caption,
          ],
        },
      ],
    },
    acceptField(),
    ...sectionFields(),
  ];
}

/** A year's report.md: front matter and the introduction. */
export function reportFields(): EditorField[] {
  const fields = shape(reportSchema);
  return [
    fieldFor("title", pick(fields, "title")),
    fieldFor("tableTitle", pick(fields, "tableTitle")),
    fieldFor("signer", pick(fields, "signer")),
    fieldFor("reportDate", pick(fields, "reportDate"), { pattern: DATE_RULE }),
    fieldFor("planTitle", pick(fields, "planTitle")),
    fieldFor("published", pick(fields, "published"), { pattern: DATE_RULE }),
    fieldFor("status", pick(fields, "status"), {
      widget: "select",
      default: "final",
      options: [
        { label: "ฉบับสมบูรณ์ (final)", value: "final" },
        { label: "ร่าง ยังแก้ไขอยู่ (draft)", value: "draft" },
      ],
    }),
    acceptField(),
    markdownField("body", "บทนำของรายงาน", false),
  ];
}

/** content/agency.yaml. */
export function agencyFields(): EditorField[] {
  const fields = shape(agencySchema);
  const select = (values: readonly string[]) => ({
    widget: "select",
    options: values.map((value) => ({ label: value, value })),
  });
  const kinds = KIND_NAMES.join("|");
  return [
    fieldFor("id", pick(fields, "id")),
    fieldFor("name", pick(fields, "name"), {
      pattern: patternRule(
        new RegExp(`^(?:${kinds})\\S`),
        "ต้องเป็นชื่อเต็มที่ขึ้นต้นด้วยประเภทหน่วยงาน เช่น เทศบาลตำบลเมืองคง ไม่ใช้ชื่อย่อ อบต. หรือ ทต.",
      ),
    }),
    fieldFor("kind", pick(fields, "kind"), { ...select(KIND_NAMES) }),
    fieldFor("district", pick(fields, "district"), {
      pattern: patternRule(
        /^(?!อำเภอ|อ\.)[^0-9๐-๙]+$/,
        "พิมพ์เฉพาะชื่ออำเภอ ไม่ต้องมีคำว่าอำเภอหรือ อ. และไม่มีตัวเลข",
      ),
    }),
    fieldFor("province", pick(fields, "province"), select(PROVINCES)),
    fieldFor("website", pick(fields, "website"), { pattern: WEB_RULE }),
    fieldFor("siteUrl", pick(fields, "siteUrl"), { pattern: WEB_RULE }),
    fieldFor("logo", pick(fields, "logo")),
    editorField(pick(fields, "editor")),
    acceptField(),
  ];
}

/** Where the web editor saves; its sign-in address must be https (it carries a GitHub token). */
function editorField(schema: Schema): EditorField {
  const fields = shape(schema);
  const https = patternRule(
    new RegExp(`^https:${WEB_ADDRESS.source.slice("^https?:".length)}`),
    "ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https://",
  );
  return fieldFor("editor", schema, {
    collapsed: true,
    fields: Object.entries(fields).map(([key, inner]) =>
      fieldFor(`editor.${key}`, inner, key === "signIn" ? { pattern: https } : {}),
    ),
  });
}

/** content/ita-scores.yaml: one entry per fiscal year. */
export function scoresFields(): EditorField[] {
  const entry = shape(scoresSchema.shape.scores);
  const score = (key: string) =>
    fieldFor(`scores.${key}`, pick(entry, key), {
      step: 0.01,
      pattern: patternRule(TWO_DECIMALS, "คะแนนมีทศนิยมได้ไม่เกินสองตำแหน่ง"),
    });
  return [
    {
      ...fieldFor("scores", scoresSchema.shape.scores),
      widget: "list",
      label_singular: "คะแนนของปี",
      min: 1,
      summary: "{{fields.year}}",
      fields: [
        fieldFor("scores.year", pick(entry, "year")),
        ...["total", "iit", "eit", "oit"].map(score),
        {
          ...fieldFor("scores.eitParts", pick(entry, "eitParts")),
          widget: "list",
          min: 1,
          max: 3,
          field: { ...score("eitParts"), name: "part", label: "คะแนนส่วนนี้", required: true },
        },
        fieldFor("scores.source", pick(entry, "source")),
      ],
    },
    acceptField(),
  ];
}
