import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import type { ContentProblem } from "./errors.ts";
import { fieldPaths } from "./fields.ts";
import { FIELD_HELP } from "./schema.ts";
import type { SourceFile } from "./source-file.ts";

const EXPECTED: Record<string, string> = {
  string: "ข้อความ",
  number: "ตัวเลข",
  int: "ตัวเลขจำนวนเต็ม",
  array: "รายการ (ขึ้นบรรทัดใหม่แล้วเริ่มด้วย - )",
  object: "กลุ่มช่องย่อย (ขึ้นบรรทัดใหม่แล้วย่อหน้าช่องย่อย)",
  record: "กลุ่มช่องย่อย (ขึ้นบรรทัดใหม่แล้วย่อหน้า รหัส: เหตุผล)",
};

function shown(value: unknown): string {
  if (value === null) return "ค่าว่าง";
  // Beyond 2^53 the number read is no longer the one typed, so it is not quoted back.
  if (typeof value === "number" && !Number.isSafeInteger(Math.trunc(value))) {
    return "ตัวเลขที่ใหญ่เกินไป";
  }
  if (Array.isArray(value)) return "รายการ";
  if (typeof value === "object") return "กลุ่มช่องย่อย";
  if (typeof value === "number") return `ตัวเลข ${value}`;
  if (typeof value === "boolean") return `คำว่า ${value}`;
  return `"${String(value)}"`;
}

/** Fields that may stand at `parent` ("" for the top), for "unknown field" messages. */
function fieldsUnder(parent: string, shape: readonly string[]): string[] {
  // An item of a list (scores.0) has the fields of every item (scores.*).
  parent = parent.replace(/(^|\.)\d+(?=\.|$)/g, "$1*");
  return shape
    .filter((path) => (parent ? path.startsWith(`${parent}.`) : !path.includes(".")))
    .map((path) => path.slice(parent ? parent.length + 1 : 0));
}

/**
 * The valid field a mistyped name was most likely meant to be, if it is close enough.
 * @example didYouMean("titel", ["title", "number"]) // => "title"
 */
export function didYouMean(name: string, fields: string[]): string | undefined {
  if (fields.length === 0) return undefined;
  const lower = name.toLowerCase();
  const best = closest(
    lower,
    fields.map((field) => field.toLowerCase()),
  );
  // "titel" is two edits from "title": a third of the name, rounded up, still reads as a typo.
  const limit = Math.max(1, Math.ceil(name.length / 3));
  return distance(lower, best) <= limit
    ? fields.find((field) => field.toLowerCase() === best)
    : undefined;
}

/** What every problem of one zod issue shares: where it is and how its field is explained. */
interface IssueContext {
  issue: z.core.$ZodIssue;
  source: SourceFile;
  path: string[];
  field: string;
  base: { file: string; line: number | undefined };
  label: string;
  /** The field's example as a fix ("เช่น …"), when the field has help. */
  example: string | undefined;
}

/** One zod issue as the problems a clerk reads (an unknown-keys issue names each key). */
function toProblems(
  issue: z.core.$ZodIssue,
  source: SourceFile,
  fields: string[],
): ContentProblem[] {
  const path = issue.path.map(String);
  const field = path.join(".");
  // An item of a list or a map (responsibleUnits.0, accept.W_NUMBER_GAP) is explained by its field.
  const help = FIELD_HELP[field.replace(/\.\d+(?=\.|$)/g, "")] ?? FIELD_HELP[path[0] ?? ""];
  const context: IssueContext = {
    issue,
    source,
    path,
    field,
    base: { file: source.file, line: source.lineOf(issue.path) },
    label: help?.label ?? field,
    example: help ? `เช่น ${help.example}` : undefined,
  };
  switch (issue.code) {
    case "unrecognized_keys":
      return unknownFields(context, issue.keys, fields);
    case "invalid_type":
      return [wrongType(context, issue.expected, issue.input)];
    case "too_small":
      return [tooSmall(context, issue.origin, issue.minimum)];
    default:
      return [otherProblem(context)];
  }
}

/** Each unknown key, with the field the clerk most likely meant. */
function unknownFields(
  { issue, source, path, field, base }: IssueContext,
  keys: string[],
  fields: string[],
): ContentProblem[] {
  return keys.map((key) => {
    const valid = fieldsUnder(field, fields);
    const meant = didYouMean(key, valid);
    return {
      ...base,
      line: source.lineOf([...issue.path, key]),
      code: "E_FIELD_UNKNOWN",
      field: [...path, key].join("."),
      message: meant ? `ไม่รู้จักช่องนี้ หรือหมายถึง "${meant}"?` : "ไม่รู้จักช่องนี้",
      fix: meant
        ? `แก้ชื่อช่อง "${key}" เป็น "${meant}"`
        : `แก้ชื่อช่องให้ถูก หรือลบออก ช่องที่ใช้ได้ตรงนี้คือ ${valid.join(", ")}`,
    };
  });
}

/** A field left out, or filled in with the wrong kind of value. */
function wrongType(
  { field, base, label, example }: IssueContext,
  expected: string,
  input: unknown,
): ContentProblem {
  if (input === undefined) {
    return {
      ...base,
      code: "E_FIELD_MISSING",
      field,
      message: `ยังไม่มีช่องนี้ (${label})`,
      fix: `เพิ่มช่องนี้ในส่วนหัวของไฟล์ ${example ?? ""}`.trim(),
    };
  }
  return {
    ...base,
    code: "E_FIELD_TYPE",
    field,
    message: `ต้องเป็น${EXPECTED[expected] ?? "ค่าตามตัวอย่าง"} แต่พบ ${shown(input)}`,
    fix: example,
  };
}

/** An empty field, or a number below the least allowed (`number: 0` is filled in, only not allowed). */
function tooSmall(
  { issue, field, base, label, example }: IssueContext,
  origin: string,
  minimum: unknown,
): ContentProblem {
  if (origin === "number") {
    return {
      ...base,
      code: "E_FIELD_INVALID",
      field,
      message: `ต้องเป็น ${minimum} ขึ้นไป แต่พบ ${shown(issue.input)}`,
      fix: example,
    };
  }
  return { ...base, code: "E_FIELD_EMPTY", field, message: `ยังว่างอยู่ (${label})`, fix: example };
}

/** A value too big, or refused by a pattern or a refinement, which may know a better fix. */
function otherProblem({ issue, field, base, example }: IssueContext): ContentProblem {
  const tooBig = issue.code === "too_big";
  return {
    ...base,
    code: tooBig ? "E_FIELD_TOO_BIG" : "E_FIELD_INVALID",
    field,
    message: !tooBig
      ? issue.message
      : issue.origin === "string"
        ? `ยาวเกิน ${issue.maximum} ตัวอักษร`
        : `ต้องไม่เกิน ${issue.maximum} แต่พบ ${shown(issue.input)}`,
    fix: (issue.code === "custom" && issue.params?.fix) || example,
  };
}

/**
 * `.int()` also bounds a number to ±2^53 − 1, so `number: 99999999999999999999` fails both that
 * and `.max(999)`; the clerk reads only the field's own bound.
 */
function withoutSafeIntegerBounds(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const isSafeBound = (issue: z.core.$ZodIssue) =>
    (issue.code === "too_big" && Math.abs(Number(issue.maximum)) === Number.MAX_SAFE_INTEGER) ||
    (issue.code === "too_small" && Math.abs(Number(issue.minimum)) === Number.MAX_SAFE_INTEGER);
  const samePath = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) =>
    a.path.join(".") === b.path.join(".");
  return issues.filter(
    (issue) =>
      !isSafeBound(issue) ||
      !issues.some((other) => other !== issue && !isSafeBound(other) && samePath(issue, other)),
  );
}

/**
 * Fields that an unknown field was taken to be a typo of: `numbr:` is reported once, as
 * "did you mean number", not also as a missing `number`.
 */
function suggestedFields(issues: z.core.$ZodIssue[], fields: string[]): Set<string> {
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const parent = issue.path.map(String).join(".");
    for (const key of issue.keys) {
      const meant = didYouMean(key, fieldsUnder(parent, fields));
      if (meant) suggested.add(parent ? `${parent}.${meant}` : meant);
    }
  }
  return suggested;
}

/** Validates parsed data against a schema; returns the typed value or every problem, in Thai. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  source: SourceFile,
): { value: z.output<Schema> } | { problems: ContentProblem[] } {
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) return { value: result.data };
  const fields = fieldPaths(schema);
  const suggested = suggestedFields(result.error.issues, fields);
  const problems = withoutSafeIntegerBounds(result.error.issues).flatMap((issue) =>
    toProblems(issue, source, fields),
  );
  return {
    problems: problems.filter(
      (problem) => !(problem.code === "E_FIELD_MISSING" && suggested.has(problem.field ?? "")),
    ),
  };
}
