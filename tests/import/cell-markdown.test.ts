import { describe, expect, it } from "vitest";
import { cellMarkdown, splitNumbered, unitsOf } from "../../scripts/import/cell-markdown.ts";
import { cleanText } from "../../scripts/import/clean-text.ts";
import type { Block } from "../../scripts/import/document.ts";
import { joinKnownNames } from "../../scripts/import/known-names.ts";

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

describe("cleaning imported Thai text as check would ask", () => {
  it("removes tags, form dots, invisible characters and split letters; composes sara am", () => {
    expect(cleanText("<p>ร้อยละ...๑๐๐...ของ\u200B ป ร ะ จํา ปี</p>  ประจ ำปี เเละ\u00A0ต่อ")).toBe(
      "ร้อยละ ๑๐๐ ของ ประจำปี ประจำปี และ ต่อ",
    );
  });

  it("leaves good text byte for byte", () => {
    const text = "น้ำท่วมขังฯ ลดลงร้อยละ ๒๕ กำหนดการเดิมๆ ผู้ใหญ่บ้าน (No Gift Policy)";
    expect(Buffer.from(cleanText(text))).toEqual(Buffer.from(text));
  });

  it("writes the agency's own names whole where only a line break split them", () => {
    expect(
      joinKnownNames("ปลัดเทศบาล ตำบลเมือง คง และ ศรีสะ เกษ", ["เทศบาลตำบลเมืองคง", "ศรีสะเกษ"]),
    ).toBe("ปลัดเทศบาลตำบลเมืองคง และ ศรีสะเกษ");
  });
});

describe("a cell as Markdown", () => {
  it("splits items numbered by hand, counting on, and leaves other numbers in the text", () => {
    expect(splitNumbered("๑. ผู้เข้าร่วม ๕๐ คน ร้อยละ ๑๐๐. ๒.ประชุม ๓ .เผยแพร่")).toEqual([
      { number: 1, text: "ผู้เข้าร่วม ๕๐ คน ร้อยละ ๑๐๐." },
      { number: 2, text: "ประชุม" },
      { number: 3, text: "เผยแพร่" },
    ]);
    expect(splitNumbered("พ.ศ. ๒๕๖๘ ข้อ ๑. ก")).toEqual([]);
  });

  it("numbers on across paragraphs and keeps lists, bullets and bold", () => {
    expect(
      cellMarkdown([
        paragraph("๑. ก ๒. ข"),
        paragraph("๓. ค"),
        { kind: "bullet", text: "**หนา** ต่อ" },
        paragraph("- จุด"),
        paragraph("ข้อความ"),
      ]),
    ).toBe("1. ก\n2. ข\n3. ค\n\n- **หนา** ต่อ\n- จุด\n\nข้อความ");
  });

  it("escapes a paragraph Markdown would read as a heading", () => {
    expect(cellMarkdown([paragraph("# ไม่ใช่หัวข้อ")])).toBe("\\# ไม่ใช่หัวข้อ");
  });

  it("takes one responsible unit per paragraph, without list marks", () => {
    expect(
      unitsOf([paragraph("๑. กองคลัง"), { kind: "bullet", text: "กองช่าง" }, paragraph("")]),
    ).toEqual(["กองคลัง", "กองช่าง"]);
  });
});
