/**
 * Names of the widgets our page registers with Decap CMS (scripts/editor/browser/admin.ts), shared
 * with the configuration that uses them. Imports nothing, so the browser bundle stays small.
 */

/** Either end of a measure's period: a text field that also refuses an end before the start. */
export const PERIOD_DATE_WIDGET = "ita-period-date";
