import { execFile } from "node:child_process";
import { cp, readdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REAL_CONTENT, scratch } from "../helpers/content.ts";
import { skipBrowser } from "../helpers/tools.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** `node <project>/scripts/run.mjs …` in a new process, as `npm run …` calls it. */
function runCommand(project: string, args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(project, "scripts", "run.mjs"), ...args],
      { cwd: project },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const bundles = (project: string) => readdir(join(project, ".cache", "cli"));

/** A project of its own: a copy of scripts/, package.json and tsconfig.json, the real packages. */
async function makeProject(): Promise<string> {
  const project = await scratch("run");
  await cp(join(ROOT, "scripts"), join(project, "scripts"), { recursive: true });
  for (const file of ["package.json", "tsconfig.json"]) {
    await cp(join(ROOT, file), join(project, file));
  }
  await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  return project;
}

describe("scripts/run.mjs (what npm run build, check, dev, new-year, new-measure and import call)", () => {
  /** No bundle yet at the start. */
  let project: string;

  beforeAll(async () => {
    project = await makeProject();
  });

  it("bundles the commands on first use, even when two start at once", async () => {
    const [first, second] = await Promise.all([
      runCommand(project, ["check", "--content", REAL_CONTENT]),
      runCommand(project, ["check", "--content", REAL_CONTENT]),
    ]);
    for (const result of [first, second]) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("✓");
    }
    const made = await bundles(project);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("makes a new bundle when a source file changes, so an edit takes effect on the next run", async () => {
    const file = join(project, "scripts", "cli", "check-command.ts");
    const source = await readFile(file, "utf8");
    expect(source).toContain("ตรวจเนื้อหาแล้ว");
    await writeFile(file, source.replaceAll("ตรวจเนื้อหาแล้ว", "ตรวจเนื้อหาเรียบร้อย"));
    const result = await runCommand(project, ["check", "--content", REAL_CONTENT]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("ตรวจเนื้อหาเรียบร้อย");
    expect(await bundles(project)).toHaveLength(2);
  });

  it("names the commands it knows when given another, in Thai and English", async () => {
    const result = await runCommand(project, ["biuld"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ไม่รู้จักคำสั่ง "biuld"');
    expect(result.stderr).toContain("build, check, dev, new-year, new-measure, import");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("stops on a mistake in the TypeScript with esbuild's message, not a stack trace", async () => {
    const file = join(project, "scripts", "thai", "numbers.ts");
    const source = await readFile(file, "utf8");
    await writeFile(file, `${source}\nexport const broken = ;\n`);
    const result = await runCommand(project, ["check", "--content", REAL_CONTENT]);
    await writeFile(file, source);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("numbers.ts");
    expect(result.stderr).toContain("[run] bundling scripts/ failed");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("runs the command through tsx where .cache cannot be written", async () => {
    const readOnly = await makeProject();
    await writeFile(join(readOnly, ".cache"), "not a folder");
    const result = await runCommand(readOnly, ["check", "--content", REAL_CONTENT]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("✓ ตรวจเนื้อหาแล้ว");
  });

  it.skipIf(skipBrowser)(
    "builds the site and both PDFs from the bundle, also once the project folder has moved",
    async () => {
      // The bundle was made before the move. Modules find files beside their sources (the
      // fonts, the printer's own code) through import.meta.url, which must follow the move.
      await cp(join(ROOT, "layouts"), join(project, "layouts"), { recursive: true });
      const moved = `${project}-moved`;
      await rename(project, moved);
      project = moved;
      const out = join(await scratch("run-out"), "dist");
      const result = await runCommand(project, [
        "build",
        ...["--content", REAL_CONTENT, "--out", out, "--cache", ""],
      ]);
      expect(result.code, result.stderr).toBe(0);
      const fonts = (await readdir(join(out, "assets"), { recursive: true })).filter((name) =>
        name.endsWith(".woff2"),
      );
      expect(fonts.length).toBeGreaterThan(0);
      expect((await readdir(join(out, "2568"))).filter((name) => name.endsWith(".pdf"))).toEqual([
        "ita-2568-muangkong.pdf",
        "ita-plan-2568-muangkong.pdf",
      ]);
    },
    60_000,
  );
});
