import { describe, expect, it } from "vitest";
import { findDates, weekdayName } from "../../scripts/thai/dates-in-text.ts";

const day = (text: string) => findDates(text)[0]?.date.toISOString().slice(0, 10);

describe("findDates", () => {
  it("reads Thai and Arabic digits, full and short months, BE, CE and two-digit years", () => {
    expect(day("วันพฤหัสบดีที่ 9 ธันวาคม 2567")).toBe("2024-12-09");
    expect(day("๙ ธ.ค. ๖๗")).toBe("2024-12-09");
    expect(day("๑๕ มกราคม พ.ศ. ๒๕๖๘")).toBe("2025-01-15");
    expect(day("12 มีนาคม ค.ศ. 2025")).toBe("2025-03-12");
  });

  it("keeps the weekday written beside the date, and skips impossible dates", () => {
    expect(findDates("วันพฤหัสที่ ๙ ธันวาคม ๒๕๖๗")[0]?.weekday).toBe("วันพฤหัสบดี");
    expect(findDates("๓๑ กุมภาพันธ์ ๒๕๖๘")).toEqual([]);
  });

  it("names the weekday as Intl does", () => {
    expect(weekdayName(new Date(Date.UTC(2024, 11, 9)))).toBe("วันจันทร์");
  });
});
