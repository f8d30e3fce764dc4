import type { z } from "zod";
import type { EditorField } from "./fields.ts";
import { shapeOf } from "./schema-rules.ts";

/**
 * Schema fields that have no field in the editor's form, as dotted paths: a field added to the
 * schema and not to scripts/editor/collections.ts would be one the clerk cannot fill in.
 * @example missingFields(measureSchema(2568), measureFields(2568)) // => []
 */
export function missingFields(schema: z.ZodType, fields: EditorField[], prefix = ""): string[] {
  const shape = shapeOf(schema) ?? {};
  return Object.entries(shape).flatMap(([key, inner]) => {
    const path = `${prefix}${key}`;
    const field = fields.find((each) => each.name === key);
    if (!field) return [path];
    const children = field.fields ?? field.types?.flatMap((type) => type.fields ?? []);
    // A list of single values (responsibleUnits) or a record (accept) has no named subfields.
    return children && shapeOf(inner)
      ? missingFields(inner, uniqueByName(children), `${path}.`)
      : [];
  });
}

/** The fields of every alternative of a list, each name once. */
function uniqueByName(fields: EditorField[]): EditorField[] {
  return fields.filter((field, index) => fields.findIndex((f) => f.name === field.name) === index);
}
