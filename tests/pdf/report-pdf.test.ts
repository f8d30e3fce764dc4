import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";
import { pageSizes, pageText, pdfFonts, pdfInfo, pdfObjects, qpdfCheck } from "../helpers/pdf.ts";
import { sharedBuild } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

/** Page text with all white space removed, so phrases wrapped across lines still match. */
const squash = (text: string) => text.replace(/\s+/g, "");

const A4_LANDSCAPE = "841.92 x 594.96";

describe.skipIf(skipPdf)(
  `the printed FY2568 report${skipPdf ? ` (skipped: ${skipPdf})` : ""}`,
  () => {
    let pdf: string;
    let fixturePdf: string;
    let pages: number;
    let texts: string[];

    beforeAll(async () => {
      const real = await sharedBuild("real");
      pdf = join(real.out, "2568", "ita-2568-muangkong.pdf");
      pages = real.pdfs[0]?.pages ?? 0;
      texts = Array.from({ length: pages }, (_, index) => pageText(pdf, index + 1));
      fixturePdf = join((await sharedBuild("fixture")).out, "2568", "ita-2568-testtown.pdf");
    });

    it("is a sound, tagged PDF in Thai with its title and author", () => {
      expect(qpdfCheck(pdf)).toContain("No syntax or stream encoding errors");
      const info = pdfInfo(pdf);
      expect(info.Title).toBe(
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
      );
      expect(info.Author).toBe("เทศบาลตำบลเมืองคง");
      expect(info.Tagged).toBe("yes");
      expect(Number(info.Pages)).toBe(pages);
      expect(pdfObjects(pdf)).toContain("/Lang (th)");
    });

    it("has A4 landscape pages: cover, introduction, table pages", () => {
      expect(pages).toBeGreaterThanOrEqual(5);
      expect(pageSizes(pdf, pages)).toEqual(Array(pages).fill(A4_LANDSCAPE));
    });

    it("embeds Sarabun and no fallback font", () => {
      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name).toMatch(/\+Sarabun-(Regular|Bold)$/);
        expect(font.embedded).toBe(true);
      }
    });

    it("starts with a cover naming the report, the fiscal year and the agency, without a page number", () => {
      const cover = squash(texts[0] ?? "");
      for (const line of [
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณพ.ศ.๒๕๖๘",
        "เทศบาลตำบลเมืองคง",
        "อำเภอราษีไศลจังหวัดศรีสะเกษ",
      ]) {
        expect(cover).toContain(line);
      }
      expect(cover).not.toContain("หน้า");
    });

    it("numbers every page after the cover in Thai digits", () => {
      for (let page = 2; page <= pages; page++) {
        expect(squash(texts[page - 1] ?? "")).toContain(
          `หน้า${formatThaiNumber(page)}จาก${formatThaiNumber(pages)}`,
        );
      }
    });

    it("gives the introduction extractable Thai text in reading order", () => {
      expect(squash(texts[1] ?? "")).toContain(
        squash(
          "จากการวิเคราะห์ข้อมูลสรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        ),
      );
    });

    it("repeats the table header on every table page and keeps each row on one page", () => {
      const rows = [
        ["๑.โครงการฝึกอบรมการส่งเสริมคุณธรรม", "มีความรับผิดชอบต่อสังคม"],
        ["๒.กิจกรรมการประกาศเจตนารมณ์", "คำนึงถึงประโยชน์ส่วนรวม"],
        ["๓.สร้างการรับรู้เกี่ยวกับแผนการใช้จ่าย", "สร้างความเชื่อมั่นต่อการดำเนินงานของหน่วยงาน"],
        ["๔.สร้างความรู้ความเข้าใจให้บุคลากร", "มีแนวโน้มที่ดีขึ้น"],
        ["๖.ประชาสัมพันธ์สร้างความรู้ความเข้าใจ", "คะแนนEITส่วนที่๒=๙๐.๘๑"],
      ];
      const tablePages = new Set<number>();
      for (const [title, lastWords] of rows) {
        const page = texts.findIndex((text) => squash(text).includes(title as string));
        expect(page, `${title} is printed`).toBeGreaterThan(0);
        expect(squash(texts[page] ?? ""), `${title} ends on its page`).toContain(lastWords);
        tablePages.add(page);
      }
      for (const page of tablePages) {
        const text = squash(texts[page] ?? "");
        for (const header of [
          "มาตรการ/โครงการ/กิจกรรม",
          "ขั้นตอนหรือวิธีการปฏิบัติ",
          "ระยะเวลาดำเนินการ",
          "ผู้รับผิดชอบ",
          "ผลการดำเนินการ(output)",
          "(outcome/result)",
        ]) {
          expect(text, `header on page ${page + 1}`).toContain(header);
        }
      }
    });

    it("carries the EIT 2567 scores and ends with the signature block, then the appendix", () => {
      const all = squash(texts.join(""));
      expect(all).toContain("๙๒.๙๘");
      expect(all).toContain("๙๐.๘๑");
      const signed = texts.findIndex((text) => squash(text).includes("ลงชื่อ"));
      expect(squash(texts[signed] ?? "")).toContain("นายกเทศมนตรีตำบลเมืองคง");
      // Every page after it is the appendix of photos and documents.
      expect(squash(texts[signed + 1] ?? "")).toContain("ภาคผนวก");
      expect(texts.slice(signed + 1).join("")).not.toContain("ลงชื่อ");
    });

    it("prints the signer's name and the report date in Thai when the content has them", () => {
      // The signature ends the table; the comparison with 2567 follows on a page of its own.
      const pages = Number(pdfInfo(fixturePdf).Pages);
      const last = squash(pageText(fixturePdf, pages));
      expect(last).toContain("เปรียบเทียบกับปีงบประมาณพ.ศ.๒๕๖๗");
      const signed = squash(pageText(fixturePdf, pages - 1));
      expect(signed).toContain("(นายทดสอบใจดี)");
      expect(signed).toContain("๑๕ตุลาคม๒๕๖๘");
    });
  },
);
