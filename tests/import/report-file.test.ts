import { describe, expect, it } from "vitest";
import type { Block } from "../../scripts/import/document.ts";
import { reportFile, reportParts } from "../../scripts/import/report-file.ts";

const lines = (...texts: string[]): Block[] => texts.map((text) => ({ kind: "paragraph", text }));
const LONG = "ก".repeat(120);

describe("report.md from the text around the table", () => {
  it("keeps every introduction paragraph, short ones between long ones too, and no title lines", () => {
    const parts = reportParts(
      lines(
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        LONG,
        "ได้ดังต่อไปนี้",
        LONG,
        "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      ),
      lines("ลงชื่อ ................", "ลงชื่อ (นางสาวสมใจ รักดี)", "ตำแหน่ง ปลัดองค์การบริหารส่วนตำบล"),
    );
    expect(parts).toEqual({
      title: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      tableTitle: "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม",
      introduction: `${LONG}\n\nได้ดังต่อไปนี้\n\n${LONG}`,
      signer: { name: "นางสาวสมใจ รักดี", position: "ปลัดองค์การบริหารส่วนตำบล" },
      unused: [],
    });
  });

  it("lists text after the table that is not the signature", () => {
    expect(reportParts(lines(LONG), lines("หมายเหตุ ข้อมูล ณ วันที่ ๓๐ กันยายน")).unused).toEqual([
      "หมายเหตุ ข้อมูล ณ วันที่ ๓๐ กันยายน",
    ]);
  });

  it("without a signature, writes the agency head's title and says so", () => {
    const { text, notes } = reportFile(reportParts(lines(LONG), []), "นายกเทศมนตรีตำบลทดสอบ");
    expect(text).toContain("  position: นายกเทศมนตรีตำบลทดสอบ\n");
    expect(text).toContain("status: draft\n");
    expect(notes).toEqual(['ไม่พบตำแหน่งผู้ลงนามท้ายรายงาน ใส่ "นายกเทศมนตรีตำบลทดสอบ" ไว้ก่อน']);
  });
});
