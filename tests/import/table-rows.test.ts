import { describe, expect, it } from "vitest";
import type { SourceRow } from "../../scripts/import/document.ts";
import { measureRows } from "../../scripts/import/table-rows.ts";
import { readPdfText } from "../../scripts/import/text-reader.ts";

const HEADER =
  "มาตรการ/ โครงการ\tขั้นตอน\tระยะเวลา ดำเนินการ\tผู้รับผิดชอบ\tผลการดำเนินการ(output)\tผลลัพธ์ (outcome)";
const row = (cells: string[], header = false): SourceRow => ({
  header,
  cells: cells.map((text) => (text ? [{ kind: "paragraph", text }] : [])),
});

describe("the table's rows as measures", () => {
  it("drops header rows, marked or typed again, and joins a row cut at a page to its measure", () => {
    const rows = readPdfText(
      [
        "บทนำ",
        HEADER,
        "๑. โครงการ ก\t๑. ประชุม\tตุลาคม ๒๕๖๗ -\tหัวหน้า\tจัดแล้ว\tดีขึ้น",
        "",
        HEADER,
        "<p>ต่อ</p>\t<p>๒. เผยแพร่</p>\t<p>กันยายน ๒๕๖๘</p>\t<p>ทุกส่วน ราชการ</p>\t\t",
        "๒. โครงการ ข\tทำ\tตลอดปีงบประมาณ\tกองคลัง\tทำแล้ว\tได้ผล",
      ].join("\n"),
    ).rows;
    const measures = measureRows(rows);
    expect(measures).toHaveLength(2);
    const [first] = measures;
    expect(first?.title.map((block) => block.text)).toEqual(["๑. โครงการ กต่อ"]);
    expect(first?.steps.map((block) => block.text)).toEqual(["๑. ประชุม", "๒. เผยแพร่"]);
    expect(first?.period.map((block) => block.text)).toEqual(["ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘"]);
    expect(first?.units.map((block) => block.text)).toEqual(["หัวหน้าทุกส่วน ราชการ"]);
  });

  it("takes the columns in the header's order", () => {
    const measures = measureRows([
      row(["ผู้รับผิดชอบ", "มาตรการ", "ขั้นตอน", "ระยะเวลา", "ผลการดำเนินการ", "ผลลัพธ์"], true),
      row(["กองช่าง", "๑. ซ่อมถนน", "สำรวจ", "ธันวาคม ๒๕๖๗", "ซ่อมแล้ว", "ถนนดี"]),
    ]);
    expect(measures[0]?.units[0]?.text).toBe("กองช่าง");
    expect(measures[0]?.title[0]?.text).toBe("๑. ซ่อมถนน");
  });

  it("in a table without numbers, only a row with no title continues the one before", () => {
    const measures = measureRows([
      row(["โครงการ ก", "ทำ", "ตลอดปีงบประมาณ", "กองคลัง", "ผล", "ลัพธ์"]),
      row(["", "ต่อ", "", "", "", ""]),
      row(["โครงการ ข", "ทำ", "ตลอดปีงบประมาณ", "กองคลัง", "ผล", "ลัพธ์"]),
    ]);
    expect(measures.map((measure) => measure.title[0]?.text)).toEqual(["โครงการ ก", "โครงการ ข"]);
    expect(measures[0]?.steps[0]?.text).toBe("ทำต่อ");
  });
});
