import type { z } from "zod";
import { fiscalYearRange } from "../thai/fiscal-year.ts";

/**
 * The rules of the content schema (scripts/content/schema/) read back from the zod schemas
 * themselves, so that the editor's form refuses what `npm run check` refuses with the very same
 * patterns and bounds. Rules zod keeps in code (a web address, a date that exists) are written
 * here as patterns; tests/editor/schema-rules.test.ts holds each against the schema.
 */

type Schema = z.ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  out?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  checks?: { _zod: { def: Record<string, unknown> } }[];
}
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schema under optional(), default(), preprocess() and transform().
 * @example unwrap(z.string().optional()) // => the z.string()
 */
export function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  // A preprocess or transform is a pipe: what it checks is its "out", unless that is the transform.
  if (def.type === "pipe" && def.out && def.in) {
    return unwrap(defOf(def.out).type === "transform" ? def.in : def.out);
  }
  return schema;
}

/** Whether a field may be left out (optional or with a default). */
export function isOptional(schema: Schema): boolean {
  const { type } = defOf(schema);
  return type === "optional" || type === "default";
}

/** The fields of an object schema, or of the objects in a list. */
export function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = defOf(unwrap(schema));
  if (def.shape) return def.shape;
  return def.element ? shapeOf(def.element) : undefined;
}

/** The kind of value a field holds: "string", "number", "object", "array", "enum", … */
export const kindOf = (schema: Schema) => defOf(unwrap(schema)).type;

const checksOf = (schema: Schema) => (defOf(unwrap(schema)).checks ?? []).map((c) => c._zod.def);

/** The regular expression a text field must match, if the schema gives one. */
export function patternOf(schema: Schema): RegExp | undefined {
  return checksOf(schema).find((check) => check.format === "regex")?.pattern as RegExp | undefined;
}

/** Bounds of a number (min, max, whether whole) or of a text's length. */
export function boundsOf(schema: Schema): { min?: number; max?: number; int: boolean } {
  const inner = unwrap(schema) as unknown as {
    minValue?: number | null;
    maxValue?: number | null;
    isInt?: boolean;
  };
  const checks = checksOf(schema);
  const length = (name: string) => checks.find((check) => check.check === name);
  return {
    min: inner.minValue ?? (length("min_length")?.minimum as number | undefined),
    max: inner.maxValue ?? (length("max_length")?.maximum as number | undefined),
    int: inner.isInt === true,
  };
}

/** A full http(s) address without the characters no real address has (`webAddress`). */
export const WEB_ADDRESS = /^https?:\/\/[^\s"<>`\\/?#]+(?:[/?#][^\s"<>`\\]*)?$/;

/** `YYYY-MM` or a real `YYYY-MM-DD` in the years the schema accepts (2400–2700, พ.ศ.). */
export const BUDDHIST_DATE = /^(?:2[4-6]\d\d|2700)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

/** Days 01 to the month's last, as a pattern: 28 → `0[1-9]|1\d|2[0-8]`. */
function daysPattern(last: number): string {
  const tail = { 28: "2[0-8]", 29: "2\\d", 30: "2\\d|30", 31: "2\\d|3[01]" }[last];
  return `0[1-9]|1\\d|${tail}`;
}

/**
 * A month or a real day inside fiscal year `fiscalYear` (พ.ศ.), as `start:` and `end:` of a
 * measure's period must be: for 2568, 2567-10 up to 2568-09-30.
 * @example periodPattern(2568).test("2567-10") // => true
 */
export function periodPattern(fiscalYear: number): RegExp {
  const { start, end } = fiscalYearRange(fiscalYear);
  const months: string[] = [];
  const first = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
  for (let index = first; index <= last; index++) {
    const year = Math.floor(index / 12);
    const month = index % 12;
    const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const name = `${year + 543}-${String(month + 1).padStart(2, "0")}`;
    months.push(`${name}(?:-(?:${daysPattern(days)}))?`);
  }
  return new RegExp(`^(?:${months.join("|")})$`);
}

/** Text of 1 to `max` characters with something other than spaces, as `text.max(max)`. */
export function textPattern(max?: number): RegExp {
  return new RegExp(`^(?=[\\s\\S]*\\S)[\\s\\S]{1,${max ?? ""}}$`);
}

/** Up to two decimals, as the NACC publishes scores. */
export const TWO_DECIMALS = /^\d+(?:\.\d{1,2})?$/;
