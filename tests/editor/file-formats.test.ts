import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { editorConfig } from "../../scripts/editor/config.ts";
import {
  markdownFormat,
  measureFormat,
  readYaml,
  splitFrontMatter,
  yamlFormat,
} from "../../scripts/editor/file-formats.ts";
import { copyContent, REAL_CONTENT } from "../helpers/content.ts";

const { sections, keys } = editorConfig([2568], { kind: "local" });
const measure = measureFormat(sections, keys["ita-measure"]);
const report = markdownFormat(keys["ita-report"]);
const yaml = yamlFormat(keys["ita-agency"]);

const MEASURE = `---
number: 2
# a clerk's note
title: "โครงการ: ทดสอบ"
period:
  start: 2567-10
  end: 2568-09
responsibleUnits: กองคลัง
accept:
  W_NUMBER_GAP: ต้นฉบับไม่มีมาตรการที่ ๑
---

## ขั้นตอนหรือวิธีการปฏิบัติ

1. ขั้นแรก

### หัวข้อย่อย

## ผลการดำเนินการ (output)

- ผล

## ผลลัพธ์หรือผลสัมฤทธิ์ (outcome/result)

ผลลัพธ์
`;

describe("the editor's file formats", () => {
  it("gives the form the front matter, each section, and accept and evidence as lists", () => {
    const form = measure.fromFile(MEASURE);
    expect(form).toMatchObject({
      number: 2,
      title: "โครงการ: ทดสอบ",
      period: { start: "2567-10", end: "2568-09" },
      accept: [{ code: "W_NUMBER_GAP", reason: "ต้นฉบับไม่มีมาตรการที่ ๑" }],
      steps: "1. ขั้นแรก\n\n### หัวข้อย่อย",
      output: "- ผล",
      outcome: "ผลลัพธ์",
    });
  });

  it("writes an unchanged measure back byte for byte, comments and headings as typed", () => {
    expect(measure.toFile(measure.fromFile(MEASURE))).toBe(MEASURE);
  });

  it("changes only the fields the clerk changed", () => {
    const form = measure.fromFile(MEASURE);
    const text = measure.toFile({
      ...form,
      title: "ชื่อใหม่",
      evidence: [
        { type: "file", file: "01-a.jpg", caption: " ภาพ " },
        { type: "url", url: "https://example.go.th/a", caption: "ข่าว" },
        { type: "file", file: "", caption: "" },
      ],
      accept: [],
    });
    expect(text).toContain("# a clerk's note\ntitle: ชื่อใหม่\n");
    const data = readYaml(splitFrontMatter(text).yaml);
    expect(data.evidence).toEqual([
      { file: "01-a.jpg", caption: "ภาพ" },
      { url: "https://example.go.th/a", caption: "ข่าว" },
    ]);
    expect(data).not.toHaveProperty("accept");
    expect(data.responsibleUnits).toBe("กองคลัง");
  });

  it("writes a new file in the schema's order, dates as typed and no empty fields", () => {
    const text = measure.toFile({
      steps: "ก",
      output: "ข",
      outcome: "ค",
      responsibleUnits: ["สำนักปลัด"],
      period: { end: "2568-09", start: "2567-10" },
      title: "ใหม่",
      number: 7,
      evidence: [],
    });
    expect(text).toBe(
      "---\nnumber: 7\ntitle: ใหม่\nperiod:\n  end: 2568-09\n  start: 2567-10\nresponsibleUnits:\n  - สำนักปลัด\n---\n\n" +
        "## ขั้นตอนหรือวิธีการปฏิบัติ\n\nก\n\n## ผลการดำเนินการ\n\nข\n\n## ผลลัพธ์หรือผลสัมฤทธิ์\n\nค\n",
    );
  });

  it("reads and writes report.md and the YAML files", () => {
    const text = "---\ntitle: รายงาน\nreportDate: 2568-10-15\n---\n\nบทนำ\n";
    expect(report.fromFile(text)).toMatchObject({
      title: "รายงาน",
      reportDate: "2568-10-15",
      body: "บทนำ",
    });
    expect(report.toFile(report.fromFile(text))).toBe(text);
    const agency = "id: a\n# ชื่อเต็ม\nname: เทศบาลตำบลก\n";
    expect(yaml.toFile({ ...yaml.fromFile(agency), name: "เทศบาลตำบลข" })).toBe(
      "id: a\n# ชื่อเต็ม\nname: เทศบาลตำบลข\n",
    );
  });

  it("round-trips every file of the real content into content the check passes unchanged", async () => {
    const dir = await copyContent(REAL_CONTENT);
    const before = await checkSite(dir);
    const measures = join(dir, "2568", "measures");
    for (const name of await readdir(measures)) {
      const file = join(measures, name);
      const text = await readFile(file, "utf8");
      await writeFile(file, measure.toFile({ ...measure.fromFile(text), title: `${name} ใหม่` }));
    }
    const after = await checkSite(dir);
    expect(after.problems.filter((p) => p.code.startsWith("E_"))).toEqual([]);
    const titles = (site: typeof after.site) =>
      site?.reports[0]?.measures.map(({ title, sourceFile, numberLine, ...rest }) => rest);
    expect(titles(after.site)).toEqual(titles(before.site));
  });
});
