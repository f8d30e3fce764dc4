import { describe, expect, it } from "vitest";
import { titleNumber } from "../../../scripts/content/checks/measures.ts";

const measure = (title: string, number = 2) => ({ number, title, sourceFile: "m.md" });

describe("a title that starts with its own number", () => {
  it("is reported with the title without the number as the fix", () => {
    const [problem] = titleNumber(measure("๒. กิจกรรมประชาสัมพันธ์"), 3);
    expect(problem).toMatchObject({ code: "E_TITLE_NUMBER", line: 3, field: "title" });
    expect(problem?.fix).toBe("ลบเลขข้อออกจากชื่อ: title: กิจกรรมประชาสัมพันธ์");
    expect(titleNumber(measure("2) กิจกรรม"), 3)).toHaveLength(1);
  });

  it("leaves other numbers alone", () => {
    expect(titleNumber(measure("๑๒ เดือนแห่งความโปร่งใส"), 3)).toEqual([]);
    expect(titleNumber(measure("๓. กิจกรรม"), 3)).toEqual([]);
    expect(titleNumber(measure("กิจกรรมที่ ๒"), 3)).toEqual([]);
  });
});
