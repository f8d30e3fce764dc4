import { z } from "zod";

/**
 * Dotted names of every field an object schema accepts, nested objects included; the fields of
 * a list's items stand under "*".
 * @example fieldPaths(z.object({ a: z.string(), b: z.object({ c: z.number() }) })) // => ["a", "b", "b.c"]
 */
export function fieldPaths(schema: z.ZodType, prefix = ""): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodPipe) {
    inner = (inner instanceof z.ZodOptional ? inner.unwrap() : inner.out) as z.ZodType;
  }
  if (inner instanceof z.ZodArray) return fieldPaths(inner.element as z.ZodType, `${prefix}*.`);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
    `${prefix}${key}`,
    ...fieldPaths(value, `${prefix}${key}.`),
  ]);
}
