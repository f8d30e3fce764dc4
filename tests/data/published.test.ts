import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { sharedBuild } from "../helpers/shared.ts";
import { skipPdf } from "../helpers/tools.ts";

// The archive fixture's shared build: 2568 (final, with evidence) and 2569 (draft).
const SITE_URL = "https://www.example.go.th/ita/";
const squash = (text: string) => text.replace(/\s+/g, "");
let out: string;

beforeAll(async () => {
  out = (await sharedBuild("archive")).out;
});

const read = (path: string) => readFile(join(out, path), "utf8");

describe("the open data beside each year's PDF", () => {
  it("publishes a CSV that Excel opens with Thai, one row per measure", async () => {
    for (const year of [2568, 2569]) {
      const bytes = await readFile(join(out, `${year}/ita-${year}-testtown.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(bytes, { bom: true });
      expect(rows.map((row) => row[0])).toEqual(["ลำดับที่", "1", "2"]);
      expect(rows[1]?.[1]).toBe("โครงการทดสอบที่หนึ่ง");
    }
  });

  it("publishes a JSON that its published JSON Schema accepts, with evidence that exists", async () => {
    const ajv = new Ajv2020({ strict: false, formats: { date: true } });
    for (const year of [2568, 2569]) {
      const schema = JSON.parse(await read(`${year}/ita-${year}-testtown.schema.json`));
      const data = JSON.parse(await read(`${year}/ita-${year}-testtown.json`));
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data.status).toBe(year === 2568 ? "final" : "draft");
      const metadata = JSON.parse(await read(`${year}/ita-${year}-testtown.metadata.json`));
      for (const resource of metadata.resources) {
        expect(existsSync(join(out, resource.url.slice(SITE_URL.length))), resource.url).toBe(true);
      }
    }
    const final = JSON.parse(await read("2568/ita-2568-testtown.json"));
    const evidence: { kind: string; url: string }[] = final.measures[0].evidence;
    expect(evidence.map((item) => item.kind)).toEqual(["image", "image", "pdf", "link"]);
    for (const item of evidence.filter(({ kind }) => kind !== "link")) {
      expect(item.url.startsWith(`${SITE_URL}2568/evidence/`), item.url).toBe(true);
      expect(existsSync(join(out, item.url.slice(SITE_URL.length))), item.url).toBe(true);
    }
  });

  it("links both files from the year page", async () => {
    for (const year of [2568, 2569]) {
      const page = await read(`${year}/index.html`);
      for (const extension of ["csv", "json"]) {
        expect(page).toContain(`href="ita-${year}-testtown.${extension}" download>`);
      }
    }
  });
});

describe("each year compared with the one before", () => {
  it("has no comparison for the first year, and one titled with the year before for the next", async () => {
    expect(await read("2568/index.html")).not.toContain('class="comparison"');
    const page = await read("2569/index.html");
    const section = /<section class="comparison"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(section.replace(/<[^>]+>/g, "")).toContain("เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(section).toContain('href="measures/01-first-measure/index.html"');
  });

  it.skipIf(skipPdf)("prints it on a page of its own at the end of the year's PDF", () => {
    const pdf = join(out, "2569/ita-2569-testtown.pdf");
    const pages = Number(pdfInfo(pdf).Pages);
    const last = squash(pageText(pdf, pages));
    expect(last).toContain("เปรียบเทียบกับปีงบประมาณพ.ศ.๒๕๖๘");
    expect(last).toContain("ดำเนินการต่อเนื่อง๒มาตรการ");
    expect(last).not.toContain("ลงชื่อ");
    const first = join(out, "2568/ita-2568-testtown.pdf");
    const all = Array.from({ length: Number(pdfInfo(first).Pages) }, (_, index) =>
      pageText(first, index + 1),
    ).join("");
    expect(squash(all)).not.toContain("เปรียบเทียบกับ");
  });
});
