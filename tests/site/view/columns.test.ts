import { describe, expect, it } from "vitest";
import { SECTIONS } from "../../../scripts/content/section-titles.ts";
import { COLUMN_LABELS, measureColumns } from "../../../scripts/site/view/columns.ts";

describe("measureColumns", () => {
  it("gives the report six columns and the plan four, without results", () => {
    expect(measureColumns("report").map((column) => column.key)).toEqual([
      "title",
      "steps",
      "period",
      "units",
      "output",
      "outcome",
    ]);
    expect(measureColumns("plan").map((column) => column.className)).toEqual([
      "col-title",
      "col-steps",
      "col-period",
      "col-units",
    ]);
  });

  it("heads the long columns with the clerk's section titles", () => {
    expect(COLUMN_LABELS.steps).toBe(SECTIONS.steps);
    expect(COLUMN_LABELS.output.startsWith(SECTIONS.output)).toBe(true);
    expect(COLUMN_LABELS.outcome.startsWith(SECTIONS.outcome)).toBe(true);
  });
});
