import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNewMeasure } from "../../scripts/cli/new-measure-command.ts";
import { runNewYear } from "../../scripts/cli/new-year-command.ts";
import { checkSite, publishable } from "../../scripts/content/load.ts";
import { nextYearDate, shiftYears } from "../../scripts/scaffold/new-year.ts";
import { copyContent, FIXTURE, REAL_CONTENT } from "../helpers/content.ts";
import { captureOutput } from "../helpers/output.ts";

describe("moving a text on by one year", () => {
  it("moves this fiscal year and the one before, in the digits they were written in", () => {
    expect(shiftYears("ผลปี ๒๕๖๗ ใช้ในปี ๒๕๖๘ (ITA 2568)", 2568)).toEqual({
      text: "ผลปี ๒๕๖๘ ใช้ในปี ๒๕๖๙ (ITA 2569)",
      count: 3,
    });
  });

  it("leaves other numbers alone: counts, older years, longer numbers", () => {
    const text = "ผู้เข้าร่วม ๕๐ คน ตั้งแต่ปี ๒๕๖๐ งบ ๑๒๕๖๘๐ บาท 25681";
    expect(shiftYears(text, 2568)).toEqual({ text, count: 0 });
  });

  it("moves dates by a year, and 29 February to the 28th when the next year has none", () => {
    expect(nextYearDate("2567-10")).toBe("2568-10");
    expect(nextYearDate("2568-01-15")).toBe("2569-01-15");
    // 2567 BE is 2024, a leap year; 2568 BE is 2025.
    expect(nextYearDate("2567-02-29")).toBe("2568-02-28");
    expect(nextYearDate("2571-02-29")).toBe("2572-02-28");
  });
});

describe("npm run new-year", () => {
  it("makes FY2569 from the real FY2568: a draft that passes the strict check but for its [รอกรอก] notes", async () => {
    const content = await copyContent(REAL_CONTENT);
    const run = captureOutput();
    expect(await runNewYear(["2569", "--content", content], run.output)).toBe(0);
    expect(run.stdout()).toContain("✓ สร้างปีงบประมาณ ๒๕๖๙ จากปี ๒๕๖๘ แล้ว");
    expect(run.stdout()).toContain("(๑๐ รายการ)");

    const check = await checkSite(content);
    expect(new Set(check.problems.map((problem) => problem.code))).toEqual(new Set(["W_TO_FILL"]));
    // Output and outcome of each of the five measures.
    expect(check.problems).toHaveLength(10);
    const site = publishable(check, { strict: true });
    const [next, last] = site.reports;
    expect(next?.fiscalYear).toBe(2569);
    expect(next?.draft).toBe(true);
    expect(last?.draft).toBe(false);
    // Same measures, numbered again without last year's gap; titles, steps and units kept.
    expect(next?.measures.map((measure) => measure.number)).toEqual([1, 2, 3, 4, 5]);
    expect(await readdir(join(content, "2569/measures"))).toEqual([
      "01-ethics-training.md",
      "02-no-gift-policy.md",
      "03-budget-plan-awareness.md",
      "04-iit-awareness.md",
      "05-eit-public-relations.md",
    ]);
    next?.measures.forEach((measure, index) => {
      const old = last?.measures[index];
      expect(measure.title).toBe(old?.title.replaceAll("๒๕๖๘", "๒๕๖๙"));
      expect(measure.responsibleUnits).toEqual(old?.responsibleUnits);
      expect(measure.output).toContain("รอกรอก");
      expect(measure.outcome).toContain("รอกรอก");
      expect(measure.period.start.date.getFullYear()).toBe(
        (old?.period.start.date.getFullYear() ?? 0) + 1,
      );
    });
    const gapFile = await readFile(
      join(content, "2569/measures/05-eit-public-relations.md"),
      "utf8",
    );
    expect(gapFile).not.toContain("accept");
    // The clerk's notes in the header are kept; last year's dates are not.
    const report = await readFile(join(content, "2569/report.md"), "utf8");
    expect(report).toContain("# ต้นฉบับไม่มีชื่อผู้ลงนาม");
    expect(report).toContain("status: draft");
    expect(report).not.toMatch(/^reportDate:/m);
    expect(report).toContain("ประจำปี พ.ศ. ๒๕๖๙");
  });

  it("refuses a year that exists, a year that is not one, and content with errors, writing nothing", async () => {
    const content = await copyContent(FIXTURE);
    const before = await readdir(content);
    const cases: [string[], RegExp][] = [
      [["2568"], /มีโฟลเดอร์ปี ๒๕๖๘ อยู่แล้ว/],
      [[], /ยังไม่ได้ระบุปีงบประมาณ/],
      [["2026"], /"2026" ไม่ใช่ปีงบประมาณ พ\.ศ\./],
      [["2566"], /ไม่มีปีงบประมาณก่อนปี ๒๕๖๖/],
      // Periods and years move on by one year only: a skipped year would leave them wrong.
      [["2570"], /ปีล่าสุดที่มีคือ ๒๕๖๘ ปีใหม่จึงต้องเป็นปี ๒๕๖๙/],
    ];
    for (const [args, message] of cases) {
      const run = captureOutput();
      expect(await runNewYear([...args, "--content", content], run.output)).toBe(1);
      expect(run.stderr()).toMatch(message);
      expect(run.stderr()).not.toMatch(/\n\s+at /);
    }
    const path = join(content, "2568/measures/02-second-measure.md");
    await writeFile(path, (await readFile(path, "utf8")).replace("number: 2", "numbr: 2"));
    const run = captureOutput();
    expect(await runNewYear(["2569", "--content", content], run.output)).toBe(1);
    expect(run.stderr()).toContain("ยังสร้างปีใหม่ไม่ได้");
    expect(await readdir(content)).toEqual(before);
  });

  it("accepts the year in Thai digits", async () => {
    const content = await copyContent(FIXTURE);
    expect(await runNewYear(["๒๕๖๙", "--content", content], captureOutput().output)).toBe(0);
    expect(existsSync(join(content, "2569/report.md"))).toBe(true);
  });
});

/** Marks a year of a copied content folder as a draft. */
async function makeDraft(content: string, year: number) {
  const report = join(content, String(year), "report.md");
  await writeFile(
    report,
    (await readFile(report, "utf8")).replace("reportDate:", "status: draft\nreportDate:"),
  );
}

describe("npm run new-measure", () => {
  it("adds the next numbered measure from the template, each field marked to be filled", async () => {
    const content = await copyContent(FIXTURE);
    await makeDraft(content, 2568);
    const run = captureOutput();
    expect(await runNewMeasure(["2568", "--content", content], run.output)).toBe(0);
    expect(run.stdout()).toMatch(
      /✓ เพิ่มมาตรการที่ ๓ ของปีงบประมาณ ๒๕๖๘ แล้ว: .*2568\/measures\/03-measure\.md/,
    );
    expect(run.stdout()).not.toContain("ฉบับสมบูรณ์");
    const check = await checkSite(content);
    // Title, unit, steps, output and outcome: five notes in the new file, nothing else wrong.
    expect(
      check.problems.map((problem) => [problem.code, problem.file.split("/").pop(), problem.line]),
    ).toEqual([
      ["W_TO_FILL", "03-measure.md", 4],
      ["W_TO_FILL", "03-measure.md", 10],
      ["W_TO_FILL", "03-measure.md", 15],
      ["W_TO_FILL", "03-measure.md", 19],
      ["W_TO_FILL", "03-measure.md", 23],
    ]);
    // Its title and steps are to be filled, so the year's plan is a draft too.
    expect(check.site?.reports[0]?.planDraft).toBe(true);
    expect(check.site?.reports[1]?.planDraft).toBe(false);
    expect(check.site?.reports[0]?.measures.at(-1)?.period).toMatchObject({
      start: { date: new Date(2024, 9, 1) },
    });
  });

  it("keeps the plan a draft while a measure still has the request after its mark was deleted", async () => {
    const content = await copyContent(FIXTURE);
    await makeDraft(content, 2568);
    expect(await runNewMeasure(["2568", "--content", content], captureOutput().output)).toBe(0);
    const file = join(content, "2568/measures/03-measure.md");
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("[รอกรอก] ", ""));
    expect((await checkSite(content)).site?.reports[0]?.planDraft).toBe(true);
  });

  it("still reports a line whose [รอกรอก] was deleted but whose request was left", async () => {
    const content = await copyContent(FIXTURE);
    expect(await runNewMeasure(["2568", "--content", content], captureOutput().output)).toBe(0);
    const file = join(content, "2568/measures/03-measure.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replaceAll("[รอกรอก] ", ""));
    const { problems } = await checkSite(content);
    const toFill = problems.filter((problem) => problem.code === "W_TO_FILL");
    expect(toFill.map((problem) => problem.line)).toEqual([4, 10, 15, 19, 23]);
    expect(toFill[0]?.message).toContain("ยังเป็นข้อความแนะนำที่ระบบใส่ไว้");
  });

  it("warns that a final year cannot be built until the new measure is filled", async () => {
    const content = await copyContent(FIXTURE);
    const run = captureOutput();
    expect(await runNewMeasure(["2568", "ethics-camp", "--content", content], run.output)).toBe(0);
    expect(run.stdout()).toContain("03-ethics-camp.md");
    expect(run.stdout()).toContain("ปีนี้เป็นฉบับสมบูรณ์");
    const check = await checkSite(content);
    expect(check.problems.map((problem) => problem.code)).toContain("E_FINAL_INCOMPLETE");
  });

  it("refuses a name that cannot be a web address, and a year without a folder", async () => {
    const content = await copyContent(FIXTURE);
    const bad = captureOutput();
    expect(await runNewMeasure(["2568", "อบรม จริยธรรม", "--content", content], bad.output)).toBe(1);
    expect(bad.stderr()).toContain("ใช้เป็นชื่อไฟล์ไม่ได้");
    const missing = captureOutput();
    expect(await runNewMeasure(["2570", "--content", content], missing.output)).toBe(1);
    expect(missing.stderr()).toContain("npm run new-year -- 2570");
    expect(await readdir(join(content, "2568/measures"))).toHaveLength(2);
  });
});
