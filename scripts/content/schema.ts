/**
 * The content model: what a clerk may write in each file, one module per file kind in schema/.
 * Each field carries its Thai label and an example (FIELD_HELP), which the error messages and
 * the guide quote.
 */
export * from "./schema/agency.ts";
export * from "./schema/field-help.ts";
export { acceptSchema } from "./schema/fields.ts";
export * from "./schema/measure.ts";
export * from "./schema/report.ts";
