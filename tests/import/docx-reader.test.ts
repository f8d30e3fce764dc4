import {
  Document,
  ExternalHyperlink,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cellMarkdown, lineText } from "../../scripts/import/cell-markdown.ts";
import { plainText } from "../../scripts/import/document.ts";
import { readDocx } from "../../scripts/import/docx-reader.ts";
import { measureRows } from "../../scripts/import/table-rows.ts";
import { HEADER } from "../helpers/report-docx.ts";

const cell = (text: string, rowSpan?: number) =>
  new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });

describe("reading a Word table through mammoth", () => {
  it("gives a cell merged down over rows to each of them, the other cells staying in their columns", async () => {
    const table = new Table({
      rows: [
        new TableRow({ tableHeader: true, children: HEADER.map((text) => cell(text)) }),
        new TableRow({
          children: ["๑. ก", "ทำ", "ธันวาคม ๒๕๖๗"]
            .map((text) => cell(text))
            .concat(cell("กองคลัง", 2), cell("ผลหนึ่ง"), cell("ลัพธ์หนึ่ง")),
        }),
        new TableRow({
          children: ["๒. ข", "ทำ", "มกราคม ๒๕๖๘", "ผลสอง", "ลัพธ์สอง"].map((text) => cell(text)),
        }),
      ],
    });
    const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
    const measures = measureRows((await readDocx(buffer)).rows);
    expect(
      measures.map((measure) => [plainText(measure.units), plainText(measure.output)]),
    ).toEqual([
      ["กองคลัง", "ผลหนึ่ง"],
      ["กองคลัง", "ผลสอง"],
    ]);
  });

  it("keeps a web link as a Markdown link in a section, and as its words in a title", async () => {
    const link = (text: string) =>
      new Paragraph({
        children: [
          new TextRun("ดูที่ "),
          new ExternalHyperlink({
            children: [new TextRun(text)],
            link: "https://example.go.th/a b",
          }),
        ],
      });
    const row = new TableRow({
      children: [link("๑. ประกาศ"), link("เว็บไซต์"), new Paragraph("ธันวาคม ๒๕๖๗")].map(
        (paragraph) => new TableCell({ children: [paragraph] }),
      ),
    });
    const header = new TableRow({ children: HEADER.map((text) => cell(text)) });
    const buffer = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Table({ rows: [header, row] })] }] }),
    );
    const [measure] = measureRows((await readDocx(buffer)).rows);
    expect(cellMarkdown(measure?.steps ?? [])).toBe("ดูที่ [เว็บไซต์](https://example.go.th/a%20b)");
    expect(lineText(plainText(measure?.title ?? []))).toBe("ดูที่ ๑. ประกาศ");
  });

  it("leaves out another table, such as the ITA scores, and says so", async () => {
    const scores = new Table({
      rows: [
        new TableRow({ children: ["ปี", "คะแนน"].map((text) => cell(text)) }),
        new TableRow({ children: ["๒๕๖๗", "๘๘.๕๐"].map((text) => cell(text)) }),
      ],
    });
    const measures = new Table({
      rows: [
        new TableRow({ children: HEADER.map((text) => cell(text)) }),
        new TableRow({
          children: ["๑. ก", "ทำ", "ธันวาคม ๒๕๖๗", "กองคลัง", "ผล", "ลัพธ์"].map((text) => cell(text)),
        }),
      ],
    });
    const buffer = await Packer.toBuffer(
      new Document({ sections: [{ children: [scores, new Paragraph("บทนำ"), measures] }] }),
    );
    const document = await readDocx(buffer);
    expect(measureRows(document.rows)).toHaveLength(1);
    expect(document.notes).toEqual(['ตารางที่ไม่ใช่ตารางมาตรการไม่ได้นำเข้า (๒ แถว): "ปี คะแนน"']);
  });

  it("counts pictures, which are not imported, and says so", async () => {
    const png = await sharp({
      create: { width: 2, height: 2, channels: 3, background: "#ffffff" },
    })
      .png()
      .toBuffer();
    const picture = new Paragraph({
      children: [
        new ImageRun({ type: "png", data: png, transformation: { width: 20, height: 20 } }),
      ],
    });
    const buffer = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("ก"), picture] }] }),
    );
    const document = await readDocx(buffer);
    expect(document.notes).toEqual([
      "มีภาพ ๑ ภาพในไฟล์ ซึ่งไม่ได้นำเข้า: วางภาพหลักฐานในโฟลเดอร์ evidence แล้วใส่ในช่อง evidence ของมาตรการ",
    ]);
  });
});
