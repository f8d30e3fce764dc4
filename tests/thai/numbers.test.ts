import { describe, expect, it } from "vitest";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";

describe("formatThaiNumber", () => {
  it("writes Thai digits without grouping", () => {
    expect(formatThaiNumber(2568)).toBe("๒๕๖๘");
    expect(formatThaiNumber(6)).toBe("๖");
    expect(formatThaiNumber(10)).toBe("๑๐");
  });
});
