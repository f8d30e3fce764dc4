import { describe, expect, it } from "vitest";
import { ITA_PASS, itaLevel, passes } from "../../scripts/thai/ita-level.ts";

describe("the ITA level of a score", () => {
  it.each([
    [100, "AA"],
    [95, "AA"],
    [94.99, "A"],
    [85, "A"],
    [84.99, "B"],
    [75, "B"],
    [74.99, "C"],
    [65, "C"],
    [64.99, "D"],
    [55, "D"],
    [54.99, "E"],
    [50, "E"],
    [49.99, "F"],
    [0, "F"],
  ] as const)("%s is %s", (score, level) => {
    expect(itaLevel(score)).toBe(level);
  });

  it("passes at 85, not at 84.99", () => {
    expect(ITA_PASS).toBe(85);
    expect(passes(85)).toBe(true);
    expect(passes(84.99)).toBe(false);
  });

  it("refuses what is not a score", () => {
    expect(() => itaLevel(100.01)).toThrow(RangeError);
    expect(() => itaLevel(-1)).toThrow(RangeError);
    expect(() => itaLevel(Number.NaN)).toThrow(RangeError);
  });
});
