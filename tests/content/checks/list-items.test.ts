import { describe, expect, it } from "vitest";
import { checkText } from "../../../scripts/content/checks/index.ts";
import { measureSource } from "../../helpers/source.ts";

const found = (body: string, fiscalYear?: number) =>
  checkText(measureSource(body), undefined, fiscalYear).map(
    (problem) => `${problem.code}:${problem.line}`,
  );

describe("list items", () => {
  it("reports an item with nothing, or only a number, in it", () => {
    expect(found("1. ประชุม\n2.\n3. ๒.\n- ๓\n-")).toEqual([
      "E_LIST_ITEM_EMPTY:7",
      "E_LIST_ITEM_EMPTY:8",
      "E_LIST_ITEM_EMPTY:9",
      "E_LIST_ITEM_EMPTY:10",
    ]);
  });

  it("leaves real items and a heading's underline alone", () => {
    expect(found("1. ประชุม ๒ ครั้ง\n- ๓๐ คน\n\nหัวข้อ\n-")).toEqual([]);
  });
});

describe("dates in the text", () => {
  it("reports a weekday that does not match its date, naming the right one", () => {
    const problem = checkText(measureSource("วันพฤหัสบดีที่ 9 ธันวาคม 2567")).find(
      ({ code }) => code === "E_WEEKDAY_MISMATCH",
    );
    expect(problem?.message).toContain("เป็นวันจันทร์");
    expect(problem?.fix).toContain('"วันจันทร์ที่ 9 ธันวาคม 2567"');
  });

  it("warns about a date outside the fiscal year, only when the year is given", () => {
    expect(found("เมื่อ ๙ ธันวาคม ๒๕๖๘ และ ๙ ธันวาคม ๒๕๖๗", 2568)).toEqual(["W_DATE_OUTSIDE_YEAR:6"]);
    expect(found("เมื่อ ๙ ธันวาคม ๒๕๖๘")).toEqual([]);
  });
});
