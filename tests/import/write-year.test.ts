import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeYear } from "../../scripts/import/write-year.ts";
import { scratch } from "../helpers/content.ts";

describe("writing an imported year", () => {
  it("leaves nothing behind when a file fails half-way", async () => {
    const content = await scratch("write");
    const files = new Map([
      ["report.md", "ก"],
      ["measures/01-measure.md", "ข"],
      ["measures/02-\0.md", "ค"],
    ]);
    await expect(writeYear(content, 2567, files, false)).rejects.toThrow();
    expect(await readdir(content)).toEqual([]);
  });

  it("keeps the old year when the new one fails, even with --force", async () => {
    const content = await scratch("write");
    await mkdir(join(content, "2567"));
    await writeFile(join(content, "2567", "report.md"), "เดิม");
    await expect(writeYear(content, 2567, new Map([["\0", "x"]]), true)).rejects.toThrow();
    expect(await readFile(join(content, "2567", "report.md"), "utf8")).toBe("เดิม");
    expect(await readdir(content)).toEqual(["2567"]);
  });

  it("puts back a year an interrupted --force had moved aside", async () => {
    const content = await scratch("write");
    const aside = join(content, ".import-2567-old-123-456");
    await mkdir(aside);
    await writeFile(join(aside, "report.md"), "เดิม");
    await expect(writeYear(content, 2567, new Map([["report.md", "ใหม่"]]), false)).rejects.toThrow(
      /มีปีงบประมาณ ๒๕๖๗ อยู่แล้ว/,
    );
    expect(await readFile(join(content, "2567", "report.md"), "utf8")).toBe("เดิม");
    expect(existsSync(aside)).toBe(false);
  });
});
