import { describe, expect, it } from "vitest";
import { didYouMean } from "../../scripts/content/validate.ts";

describe("didYouMean", () => {
  const fields = ["number", "title", "period", "responsibleUnits", "accept"];

  it("finds the field a typo was meant to be, swapped letters and case included", () => {
    expect(didYouMean("titel", fields)).toBe("title");
    expect(didYouMean("Number", fields)).toBe("number");
    expect(didYouMean("responsibleUnit", fields)).toBe("responsibleUnits");
    expect(didYouMean("ผลการดำเนินงาน", ["ผลการดำเนินการ", "ผลลัพธ์หรือผลสัมฤทธิ์"])).toBe("ผลการดำเนินการ");
  });

  it("does not guess when nothing is close", () => {
    expect(didYouMean("budget", fields)).toBeUndefined();
    expect(didYouMean("x", fields)).toBeUndefined();
    expect(didYouMean("title", [])).toBeUndefined();
  });
});
