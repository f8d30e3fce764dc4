import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../scripts/cli/check-command.ts";
import { copyContent, FIXTURE, REAL_CONTENT } from "../helpers/content.ts";
import { captureOutput } from "../helpers/output.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SEED = join(import.meta.dirname, "..", "fixtures", "seed-2568");

/** The fixture with one unaccepted warning: measure 2 renumbered to 3. */
async function contentWithGap() {
  const dir = await copyContent(FIXTURE);
  const file = join(dir, "2568/measures/02-second-measure.md");
  await writeFile(file, (await readFile(file, "utf8")).replace("number: 2", "number: 3"));
  return dir;
}

describe("npm run check", () => {
  it("passes clean content and lists the warnings it accepts, with their reasons", async () => {
    const run = captureOutput();
    expect(await runCheck(["--content", REAL_CONTENT, "--strict"], run.output)).toBe(0);
    expect(run.stdout()).toContain(
      "✓ ตรวจเนื้อหาแล้ว: ๑ ปีงบประมาณ ๕ มาตรการ ไม่พบปัญหา (ยอมรับไว้ ๑ รายการ)",
    );
    expect(run.stderr()).toMatch(/06-eit-public-relations\.md:\d+ \[W_NUMBER_GAP\] เหตุผล: ต้นฉบับ/);
    expect(run.stderr()).toContain("คำเตือนที่ยอมรับไว้ในเนื้อหา ๑ รายการ:");
  });

  it("fails on errors, naming file, line, code and fix, with no stack trace", async () => {
    const run = captureOutput();
    expect(await runCheck(["--content", SEED], run.output)).toBe(1);
    expect(run.stderr()).toMatch(
      /04-iit-awareness\.md:19:\d+ \[E_AGENCY_OTHER\] พบชื่อ "อบต\. หนองบัวดง"/,
    );
    expect(run.stderr()).toContain("วิธีแก้:");
    expect(run.stderr()).toContain("✗ เนื้อหายังเผยแพร่ไม่ได้");
    // Counts in Thai digits, as the checker asks clerks to write them.
    expect(run.stderr()).toMatch(/^พบข้อผิดพลาด [๐-๙]+ รายการ และคำเตือน ๒ รายการ /);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it("lets warnings through, unless --strict", async () => {
    const dir = await contentWithGap();
    const lenient = captureOutput();
    expect(await runCheck(["--content", dir], lenient.output)).toBe(0);
    expect(lenient.stderr()).toContain("[W_NUMBER_GAP] คำเตือน:");
    expect(lenient.stderr()).toContain("พบคำเตือน ๑ รายการ");
    expect(lenient.stdout()).toContain("มีคำเตือน ๑ รายการ");
    const strict = captureOutput();
    expect(await runCheck(["--content", dir, "--strict"], strict.output)).toBe(1);
    expect(strict.stderr()).toContain("--strict");
  });

  it("prints machine-readable records with --json", async () => {
    const run = captureOutput();
    expect(await runCheck(["--content", SEED, "--json"], run.output)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.errors).toBeGreaterThan(30);
    expect(report.warnings).toBe(2);
    expect(report.problems).toContainEqual({
      severity: "warning",
      code: "W_NUMBER_GAP",
      file: expect.stringMatching(/06-eit-public-relations\.md$/),
      line: 2,
      column: null,
      field: "number",
      message: expect.stringContaining("ไม่มีมาตรการลำดับที่ ๕"),
      fix: expect.any(String),
    });
    expect(run.stderr()).toBe("");
  });

  it("annotates each problem on its line when run by GitHub Actions", async () => {
    const run = captureOutput({ GITHUB_ACTIONS: "true" });
    await runCheck(["--content", SEED], run.output);
    const annotations = run
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("::"));
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error file=[^,]*04-iit-awareness\.md,line=19,col=\d+,title=E_AGENCY_OTHER::พบชื่อ .*%0Aวิธีแก้: /,
      ),
    );
    // The field is named first, as in the terminal.
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::warning file=.*,line=2,title=W_NUMBER_GAP::ช่อง "number": /),
    );
    for (const annotation of annotations) expect(annotation).not.toContain("\n");
  });

  it("explains a mistyped option or a missing folder in Thai", async () => {
    const option = captureOutput();
    expect(await runCheck(["--strickt"], option.output)).toBe(1);
    expect(option.stderr()).toContain("ไม่รู้จักตัวเลือกของคำสั่ง");
    const missingValue = captureOutput();
    expect(await runCheck(["--content"], missingValue.output)).toBe(1);
    expect(missingValue.stderr()).toContain("ตัวเลือกนี้ต้องมีค่าตามหลัง");
    const extra = captureOutput();
    expect(await runCheck(["content"], extra.output)).toBe(1);
    expect(extra.stderr()).toContain("ให้เขียน --content หน้าชื่อโฟลเดอร์");
    const folder = captureOutput();
    expect(await runCheck(["--content", join(ROOT, "no-such-folder")], folder.output)).toBe(1);
    expect(folder.stderr()).toMatch(/no-such-folder \[E_FILE_MISSING\] ไม่พบโฟลเดอร์เนื้อหา/);
  });

  it("runs as a command and exits 1 on errors", async () => {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["scripts/run.mjs", "check", "--content", SEED],
        { cwd: ROOT },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[E_HTML_TAG]");
  });
});
