import { describe, expect, it } from "vitest";
import { plainText } from "../../scripts/markdown/plain-text.ts";

describe("plainText", () => {
  it("keeps a numbered list's numbers and drops the emphasis marks", () => {
    expect(plainText("1. ขั้นตอนแรก **สำคัญ**\n2. ขั้นตอนที่สอง")).toBe("1. ขั้นตอนแรก สำคัญ\n2. ขั้นตอนที่สอง");
  });

  it("counts from the list's own start", () => {
    expect(plainText("3. สาม\n4. สี่")).toBe("3. สาม\n4. สี่");
  });

  it("writes a bullet a spreadsheet does not read as a formula, and indents a nested list", () => {
    expect(plainText("- ผลผลิตหนึ่ง\n  - รายการย่อย")).toBe("• ผลผลิตหนึ่ง\n  • รายการย่อย");
  });

  it("keeps a link's address after its words, and a bare address once", () => {
    expect(plainText("ดู [เว็บไซต์](https://example.go.th/ita) และ https://example.go.th/news")).toBe(
      "ดู เว็บไซต์ (https://example.go.th/ita) และ https://example.go.th/news",
    );
  });

  it("keeps the text as typed: no no-break space before ๆ, no highlight, no HTML escapes", () => {
    expect(plainText('ช่องทางต่าง ๆ [รอกรอก] เขียน <b> & "ข"')).toBe(
      'ช่องทางต่าง ๆ [รอกรอก] เขียน <b> & "ข"',
    );
  });

  it("puts paragraphs and headings on lines of their own, joining a paragraph's lines", () => {
    expect(plainText("### หัวข้อย่อย\n\nบรรทัดหนึ่ง\nบรรทัดสอง\n\nย่อหน้าใหม่")).toBe(
      "หัวข้อย่อย\nบรรทัดหนึ่ง บรรทัดสอง\nย่อหน้าใหม่",
    );
  });
});
