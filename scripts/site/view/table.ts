import type { Report } from "../../content/load.ts";
import { formatThaiDate, type ThaiDate } from "../../thai/dates.ts";
import { type Column, measureColumns } from "./columns.ts";
import type { MeasureView } from "./measures.ts";

/** One cell after the title: Markdown's HTML, plain text, or the responsible units. */
export interface Cell {
  className: string;
  label: string;
  html?: string;
  text?: string;
  units?: string[];
}

/** The printed signature block: a date, or none for dotted lines to fill by hand. */
export interface SignatureView {
  name?: string;
  position: string;
  date?: string;
}

/** The measures' table of the report or of the plan; its last row is the signature. */
export interface TableView {
  kind: "report" | "plan";
  columns: Column[];
  rows: { measure: MeasureView; cells: Cell[] }[];
  signature: SignatureView;
}

/** A measure's cells for the columns after its title. */
function cells(measure: MeasureView, columns: Column[]): Cell[] {
  return columns
    .filter((column) => column.key !== "title")
    .map(({ key, className, label }) => {
      if (key === "period") return { className, label, text: measure.periodText };
      if (key === "units") return { className, label, units: measure.responsibleUnits };
      return { className, label, html: measure[key as "steps" | "output" | "outcome"] };
    });
}

/**
 * Who signs a year's documents: the report on its report date; the plan on the day it is
 * announced, written by hand.
 */
export function signatureView(report: Report, signedOn?: ThaiDate): SignatureView {
  return {
    name: report.signer.name,
    position: report.signer.position,
    date: signedOn ? formatThaiDate(signedOn) : undefined,
  };
}

/** The report's six-column table, or the plan's four. */
export function tableView(
  kind: TableView["kind"],
  measures: MeasureView[],
  signature: SignatureView,
): TableView {
  const columns = measureColumns(kind);
  return {
    kind,
    columns,
    rows: measures.map((measure) => ({ measure, cells: cells(measure, columns) })),
    signature,
  };
}
