import { SECTIONS } from "../../content/section-titles.ts";

/** The report table's columns, in the order of the NACC's form. */
export type ColumnKey = "title" | "steps" | "period" | "units" | "output" | "outcome";

/** One column: its CSS class and its heading, also the label a phone shows in each cell. */
export interface Column {
  key: ColumnKey;
  className: string;
  label: string;
}

/**
 * The headings: the three long ones are the clerk's section titles (SECTIONS), the output and
 * outcome with the English gloss the NACC's form gives them.
 */
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  title: "มาตรการ/โครงการ/กิจกรรม",
  steps: SECTIONS.steps,
  period: "ระยะเวลาดำเนินการ",
  units: "ผู้รับผิดชอบ",
  output: `${SECTIONS.output} (output)`,
  outcome: `${SECTIONS.outcome}ในการดำเนินการ (outcome/result)`,
};

const REPORT_COLUMNS: ColumnKey[] = ["title", "steps", "period", "units", "output", "outcome"];
/** The plan is published before the results: no output or outcome. */
const PLAN_COLUMNS: ColumnKey[] = ["title", "steps", "period", "units"];

/**
 * The columns of the report's table, or of the plan's.
 * @example measureColumns("plan").length // => 4
 */
export function measureColumns(kind: "report" | "plan"): Column[] {
  return (kind === "plan" ? PLAN_COLUMNS : REPORT_COLUMNS).map((key) => ({
    key,
    className: `col-${key}`,
    label: COLUMN_LABELS[key],
  }));
}
