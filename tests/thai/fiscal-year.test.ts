import { describe, expect, it } from "vitest";
import { fiscalYearRange } from "../../scripts/thai/fiscal-year.ts";

describe("fiscalYearRange", () => {
  it("runs from 1 October of the year before to 30 September", () => {
    expect(fiscalYearRange(2568)).toEqual({
      start: new Date("2024-10-01T00:00:00Z"),
      end: new Date("2025-09-30T00:00:00Z"),
    });
  });
});
