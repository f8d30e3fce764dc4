import type { z } from "zod";
import { ACCEPTABLE_CODES, PROBLEM_CODES } from "../content/codes.ts";
import { FIELD_HELP } from "../content/schema.ts";
import { SECTIONS } from "../content/section-titles.ts";
import { boundsOf, isOptional, kindOf, patternOf, shapeOf, textPattern } from "./schema-rules.ts";

/**
 * Decap CMS form fields made from the zod schema: the label and hint from FIELD_HELP, required
 * unless the schema says optional, and the schema's own pattern and bounds.
 * https://decapcms.org/docs/configuration-options/#fields
 */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  min?: number;
  max?: number;
  step?: number;
  value_type?: "int" | "float";
  default?: unknown;
  options?: { label: string; value: string }[];
  fields?: EditorField[];
  field?: EditorField;
  types?: (EditorField & { widget: "object" })[];
  typeKey?: string;
  summary?: string;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  collapsed?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  [key: string]: unknown;
}

/** What a field overrides of the one made from its schema. */
export type Override = Partial<EditorField> & { pattern?: [string, string] };

/** The hint: the example of FIELD_HELP without its YAML key, where it is one line. */
function hintOf(path: string): string | undefined {
  const example = FIELD_HELP[path]?.example;
  if (!example || example.includes("\n")) return undefined;
  return `ตัวอย่าง: ${example.replace(/^[A-Za-z]+:\s*/, "").replace(/\s+หรือ\s+[A-Za-z]+:\s*/g, " หรือ ")}`;
}

/** `["^…$", "Thai message"]`, as Decap takes a pattern. */
export const patternRule = (pattern: RegExp, message: string): [string, string] => [
  pattern.source,
  message,
];

/**
 * One form field for schema field `path` (`"period.start"`), by the kind of value it holds.
 * @example fieldFor("title", measureSchema(2568).shape.title) // => { name: "title", widget: "string", … }
 */
export function fieldFor(path: string, schema: z.ZodType, override: Override = {}): EditorField {
  const name = path.split(".").at(-1) ?? path;
  const field: EditorField = {
    name,
    label: FIELD_HELP[path]?.label ?? name,
    widget: "string",
    required: !isOptional(schema),
  };
  const hint = hintOf(path);
  if (hint) field.hint = hint;
  const kind = kindOf(schema);
  const bounds = boundsOf(schema);
  if (kind === "number") {
    Object.assign(field, { widget: "number", value_type: bounds.int ? "int" : "float" });
    if (bounds.min !== undefined) field.min = bounds.min;
    if (bounds.max !== undefined) field.max = bounds.max;
  } else if (kind === "string") {
    const pattern = patternOf(schema);
    if (pattern) field.pattern = patternRule(pattern, `${field.label}: ${hint ?? ""}`.trim());
    else if (bounds.max !== undefined) {
      field.pattern = patternRule(textPattern(bounds.max), `ยาวได้ไม่เกิน ${bounds.max} ตัวอักษร`);
    }
  } else if (kind === "object") {
    const shape = shapeOf(schema) ?? {};
    field.widget = "object";
    field.fields = Object.entries(shape).map(([key, inner]) => fieldFor(`${path}.${key}`, inner));
  } else if (kind === "enum") {
    const values = (schema as unknown as { options?: string[] }).options ?? [];
    field.widget = "select";
    field.options = values.map((value) => ({ label: value, value }));
  }
  return { ...field, ...override };
}

/** `accept:` as a list of code and reason; the file keeps its `CODE: reason` form. */
export function acceptField(): EditorField {
  return {
    name: "accept",
    label: FIELD_HELP.accept?.label ?? "accept",
    widget: "list",
    label_singular: "คำเตือนที่ยอมรับ",
    required: false,
    collapsed: false,
    summary: "{{fields.code}}",
    fields: [
      {
        name: "code",
        label: "รหัสคำเตือน",
        widget: "select",
        options: ACCEPTABLE_CODES.map((code) => ({
          label: `${code}: ${PROBLEM_CODES[code]}`,
          value: code,
        })),
      },
      { name: "reason", label: "เหตุผลที่ยอมรับ", widget: "string" },
    ],
  };
}

/** The Markdown buttons a section may use: no images (E_IMAGE) and no `#`/`##` headings. */
const MARKDOWN_BUTTONS = [
  "bold",
  "italic",
  "link",
  "heading-three",
  "bulleted-list",
  "numbered-list",
];

/** A Markdown field: a measure's section or a report's introduction. */
export function markdownField(name: string, label: string, required: boolean): EditorField {
  return {
    name,
    label,
    widget: "markdown",
    required,
    buttons: MARKDOWN_BUTTONS,
    editor_components: [],
    modes: ["rich_text", "raw"],
  };
}

/** The three sections of a measure, in the order of the table's columns. */
export const sectionFields = (): EditorField[] =>
  Object.entries(SECTIONS).map(([key, title]) => markdownField(key, title, true));
