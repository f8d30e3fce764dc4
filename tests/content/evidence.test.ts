import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { ARCHIVE, copyContent, listEvidence } from "../helpers/content.ts";

const MEASURE = "2568/measures/02-second-measure.md";

/** The problems of the fixture's second measure once its header lists this evidence. */
async function problemsWith(evidence: string) {
  const dir = await copyContent(ARCHIVE);
  const path = join(dir, MEASURE);
  const text = await readFile(path, "utf8");
  await writeFile(
    path,
    text.replace("responsibleUnits: กองช่าง", `responsibleUnits: กองช่าง\nevidence:\n${evidence}`),
  );
  const { problems } = await checkSite(dir);
  return problems
    .filter((problem) => problem.file.endsWith(MEASURE))
    .map((problem) => [problem.code, problem.line, problem.field]);
}

describe("a measure's evidence", () => {
  it("is read with its kind, its file on disk and its size", async () => {
    const { site } = await checkSite(ARCHIVE);
    const measure = site?.reports[1]?.measures[0];
    expect(measure?.evidence.map((item) => [item.kind, item.caption])).toEqual([
      ["image", "ภาพการประชุมชี้แจงโครงการทดสอบ"],
      ["image", "โปสเตอร์ประชาสัมพันธ์โครงการทดสอบ"],
      ["pdf", "ประกาศโครงการทดสอบ"],
      ["link", "ข่าวโครงการบนเว็บไซต์"],
    ]);
  });

  it("needs a caption, and either a file or a web address, each reported at its line", async () => {
    expect(await problemsWith("  - file: 01-meeting.jpg")).toEqual([
      ["E_FIELD_MISSING", 9, "evidence.0.caption"],
    ]);
    expect(await problemsWith("  - caption: ภาพกิจกรรม")).toEqual([
      ["E_FIELD_INVALID", 9, "evidence.0"],
    ]);
    expect(
      await problemsWith("  - file: x.jpg\n    url: https://example.go.th/\n    caption: ภาพ"),
    ).toEqual([["E_FIELD_INVALID", 9, "evidence.0"]]);
    expect(await problemsWith("  - file: ภาพกิจกรรม.jpg\n    caption: ภาพ")).toEqual([
      ["E_FIELD_INVALID", 9, "evidence.0.file"],
    ]);
  });

  it("reports a file that is not in the year's evidence folder, and does not publish without it", async () => {
    const dir = await copyContent(ARCHIVE);
    await listEvidence(join(dir, MEASURE), [
      ["01-meeting.jpg", "ภาพ"],
      ["02-missing.jpg", "ภาพที่ยังไม่ได้วาง"],
    ]);
    const { problems, site } = await checkSite(dir);
    const missing = problems.find((problem) => problem.code === "E_EVIDENCE_MISSING");
    expect(missing).toMatchObject({ line: 11, field: "evidence.1.file" });
    expect(missing?.message).toContain("2568/evidence/02-missing.jpg");
    expect(site).toBeUndefined();
  });
});
