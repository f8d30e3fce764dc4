import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { scoreChartSvg } from "../../scripts/site/score-chart.ts";
import { ARCHIVE, copyContent } from "../helpers/content.ts";

const SCORES = "ita-scores.yaml";

async function problemsWith(text: string) {
  const dir = await copyContent(ARCHIVE);
  await writeFile(join(dir, SCORES), text);
  return (await checkSite(dir)).problems.filter((problem) => problem.file.endsWith(SCORES));
}

describe("the ITA score history (content/ita-scores.yaml)", () => {
  it("is read oldest first, each total with its computed level", async () => {
    const { site } = await checkSite(ARCHIVE);
    expect(site?.scores.map((entry) => [entry.year, entry.total, entry.level])).toEqual([
      [2565, 78.4, "B"],
      [2566, 86.72, "A"],
      [2567, 95, "AA"],
      [2568, 84.99, "B"],
    ]);
    expect(site?.scores[2]?.eitParts).toEqual([92.98, 90.81]);
  });

  it("is optional: content without it has no scores", async () => {
    const dir = await copyContent(ARCHIVE);
    await rm(join(dir, SCORES));
    expect((await checkSite(dir)).site?.scores).toEqual([]);
  });

  it("reports a score above 100, three decimals, a year twice, a year without figures and a typo, each at its line", async () => {
    const problems = await problemsWith(
      [
        "scores:",
        "  - year: 2566",
        "    total: 101",
        "  - year: 2567",
        "    eit: 88.125",
        "  - year: 2567",
        "    totl: 90",
        "",
      ].join("\n"),
    );
    expect(problems.map((problem) => [problem.code, problem.line, problem.field])).toEqual(
      [
        ["E_FIELD_TOO_BIG", 3, "scores.0.total"],
        ["E_FIELD_INVALID", 5, "scores.1.eit"],
        ["E_FIELD_UNKNOWN", 7, "scores.2.totl"],
        ["E_FIELD_INVALID", 6, "scores.2.year"],
        ["E_FIELD_INVALID", 6, "scores.2"],
      ].sort((a, b) => Number(a[1]) - Number(b[1])),
    );
    const typo = problems.find((problem) => problem.code === "E_FIELD_UNKNOWN");
    expect(typo?.message).toContain('หรือหมายถึง "total"');
  });
});

describe("the score chart", () => {
  const scores = [
    { year: 2566, total: 86.72, level: "A" as const, iit: 88, eit: 87.5, oit: 85.2 },
    { year: 2567, total: 95, level: "AA" as const, eitParts: [92.98, 90.81] },
  ];

  it("draws every year's figures with Thai labels, a title and a description of the same figures", () => {
    const svg = scoreChartSvg(scores, "s");
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="s-title s-desc">/);
    for (const text of ["พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๗", "๘๖.๗๒ (A)", "๙๕.๐๐ (AA)", "เกณฑ์ผ่าน"]) {
      expect(svg).toContain(text);
    }
    const desc = /<desc id="s-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
    expect(desc).toBe(
      "ปีงบประมาณ ๒๕๖๖: คะแนนรวม ๘๖.๗๒ ระดับ A, IIT ๘๘.๐๐, EIT ๘๗.๕๐, OIT ๘๕.๒๐ · ปีงบประมาณ ๒๕๖๗: คะแนนรวม ๙๕.๐๐ ระดับ AA",
    );
    // One bar per known figure: four for 2566, the total for 2567.
    expect(svg.match(/<rect x="[\d.]+" y=/g)).toHaveLength(5 + 4);
    expect(svg).not.toMatch(/style=|<script/);
  });

  it("draws nothing when only sub-scores are known; the table shows them", () => {
    expect(scoreChartSvg([{ year: 2567, eitParts: [92.98, 90.81] }], "s")).toBe("");
  });
});
