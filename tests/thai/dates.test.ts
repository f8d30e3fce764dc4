import { describe, expect, it } from "vitest";
import {
  formatBuddhistYear,
  formatThaiDate,
  formatThaiPeriod,
  lastDayCovered,
  parseBuddhistDate,
  type ThaiDate,
} from "../../scripts/thai/dates.ts";

const date = (text: string): ThaiDate => {
  const parsed = parseBuddhistDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe("parseBuddhistDate", () => {
  it("reads a day in the Buddhist era as a UTC date", () => {
    expect(date("2568-01-01")).toEqual({
      date: new Date("2025-01-01T00:00:00Z"),
      precision: "day",
    });
  });

  it("reads a month", () => {
    expect(date("2567-10")).toEqual({ date: new Date("2024-10-01T00:00:00Z"), precision: "month" });
  });

  it("rejects dates that do not exist and other shapes", () => {
    expect(parseBuddhistDate("2568-02-30")).toBeUndefined();
    expect(parseBuddhistDate("2568-13")).toBeUndefined();
    expect(parseBuddhistDate("1/10/2568")).toBeUndefined();
    expect(parseBuddhistDate("๒๕๖๘-๐๑-๐๑")).toBeUndefined();
  });

  it("knows 29 February in a leap year (2567 = 2024)", () => {
    expect(parseBuddhistDate("2567-02-29")?.precision).toBe("day");
    expect(parseBuddhistDate("2568-02-29")).toBeUndefined();
  });
});

describe("lastDayCovered", () => {
  it("is the month's last day for a month", () => {
    expect(lastDayCovered(date("2568-09"))).toEqual(new Date("2025-09-30T00:00:00Z"));
    expect(lastDayCovered(date("2567-02"))).toEqual(new Date("2024-02-29T00:00:00Z"));
  });

  it("is the day itself for a day", () => {
    expect(lastDayCovered(date("2568-07-01"))).toEqual(new Date("2025-07-01T00:00:00Z"));
  });
});

describe("formatThaiDate", () => {
  it("writes day, month name and Buddhist year in Thai digits", () => {
    expect(formatThaiDate(date("2568-10-15"))).toBe("๑๕ ตุลาคม ๒๕๖๘");
    expect(formatThaiDate(date("2567-10"))).toBe("ตุลาคม ๒๕๖๗");
  });
});

describe("formatThaiPeriod", () => {
  it("writes a month range across two years as the original report does", () => {
    expect(formatThaiPeriod(date("2567-10"), date("2568-09"))).toBe("ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘");
  });

  it("writes the shared year once for a range of days", () => {
    expect(formatThaiPeriod(date("2568-01-01"), date("2568-07-01"))).toBe(
      "๑ มกราคม – ๑ กรกฎาคม ๒๕๖๘",
    );
  });

  it("writes a single month once", () => {
    expect(formatThaiPeriod(date("2568-01"), date("2568-01"))).toBe("มกราคม ๒๕๖๘");
  });
});

describe("formatBuddhistYear", () => {
  it("adds the era", () => {
    expect(formatBuddhistYear(2568)).toBe("พ.ศ. ๒๕๖๘");
  });
});

describe("formatThaiPeriod with a day and a month", () => {
  it("ends a period given to the day on the last day of the end month", () => {
    expect(formatThaiPeriod(date("2567-10-15"), date("2568-09"))).toBe(
      "๑๕ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘",
    );
  });
});
