import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runImport } from "../../scripts/cli/import-command.ts";
import { matchCells } from "../helpers/cell-match.ts";
import { copyContent, REAL_CONTENT } from "../helpers/content.ts";
import { captureOutput } from "../helpers/output.ts";

/** The FY2568 report as text copied out of its PDF (the seed in shared/seed). */
const SEED = join(import.meta.dirname, "..", "fixtures", "import", "seed-2568.txt");
const SEED_AGENCY = join(import.meta.dirname, "..", "fixtures", "seed-2568");

describe("importing the FY2568 seed from its PDF text", () => {
  it("finds the five measures, merges the cut rows, and matches content/2568 as measured", async () => {
    const content = await copyContent(SEED_AGENCY);
    await rm(join(content, "2568"), { recursive: true });
    const run = captureOutput();
    expect(await runImport([SEED, "--year", "2568", "--content", content], run.output)).toBe(0);
    expect(await readdir(join(content, "2568", "measures"))).toEqual(
      ["01", "02", "03", "04", "06"].map((number) => `${number}-measure.md`),
    );
    const match = await matchCells(
      join(REAL_CONTENT, "2568", "measures"),
      join(content, "2568", "measures"),
    );
    // Measured when the import was written (see docs/clerk-handbook.md): of 30 cells, the five
    // periods and one unit list are exact; 19 have the right characters but for the spaces the
    // PDF left where lines broke; the rest differ where a clerk corrected the wording by hand.
    expect(match.cells).toBe(30);
    expect(match.byColumn.period).toBe(5);
    expect(match.exact).toBeGreaterThanOrEqual(6);
    expect(match.exceptSpaces).toBeGreaterThanOrEqual(19);
    expect(match.similarity).toBeGreaterThanOrEqual(0.95);
  });
});
