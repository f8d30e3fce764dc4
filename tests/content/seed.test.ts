import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProblemCode } from "../../scripts/content/codes.ts";
import { checkSite } from "../../scripts/content/load.ts";
import { REAL_CONTENT } from "../helpers/content.ts";

/** The FY2568 report as extracted from its PDF, every mistake left in (see its corrections.md). */
const SEED = join(import.meta.dirname, "..", "fixtures", "seed-2568");

/** What the original text gets wrong, and how to find each place in the files. */
const MISTAKES: { code: ProblemCode; files: RegExp; lines: RegExp }[] = [
  { code: "E_AGENCY_NAME_MISSPELLED", files: /06-eit/, lines: /เมือง ?คอง/ },
  { code: "E_AGENCY_OTHER", files: /04-iit/, lines: /อบต\. หนองบัวดง/ },
  { code: "E_HTML_TAG", files: /\.md$/, lines: /<\/?p>/ },
  { code: "E_DOTTED_PLACEHOLDER", files: /0[12]-/, lines: /ร้อยละ\.{3}๑๐๐\.{3}/ },
  { code: "E_SPACED_LETTERS", files: /02-no-gift/, lines: /ป ร ะ/ },
  { code: "E_DECOMPOSED_VOWEL", files: /02-no-gift/, lines: /\u0E4D\u0E32/ },
  { code: "W_LATIN_GLUED", files: /04-iit/, lines: /การรับรู้ITA/ },
  { code: "W_NUMBER_GAP", files: /06-eit/, lines: /^number: 6$/ },
];

/** "code file:line" for every line of the seed where a mistake sits. */
async function expectedProblems(): Promise<string[]> {
  const files = (await readdir(SEED, { recursive: true })).filter((file) =>
    /\.(md|yaml)$/.test(file),
  );
  const found: string[] = [];
  for (const file of files) {
    const lines = (await readFile(join(SEED, file), "utf8")).split("\n");
    for (const { code, files: inFiles, lines: pattern } of MISTAKES) {
      if (!inFiles.test(file)) continue;
      lines.forEach((line, index) => {
        if (pattern.test(line)) found.push(`${code} ${file}:${index + 1}`);
      });
    }
  }
  return found.sort();
}

describe("the original FY2568 text", () => {
  it("has each of its mistakes reported at the right file and line, and nothing else", async () => {
    const { problems, site } = await checkSite(SEED);
    const reported = problems
      .map((problem) => `${problem.code} ${relative(SEED, problem.file)}:${problem.line}`)
      .sort();
    const expected = await expectedProblems();
    expect(expected.length).toBeGreaterThan(30);
    expect(reported).toEqual(expected);
    expect(site).toBeUndefined();
  });

  it("names the right agency in the fix for the misspelled and the foreign names", async () => {
    const { problems } = await checkSite(SEED);
    const misspelled = problems.find((problem) => problem.code === "E_AGENCY_NAME_MISSPELLED");
    expect(misspelled?.message).toContain("เมืองคอง");
    expect(misspelled?.fix).toBe('แก้เป็น "เทศบาลตำบลเมืองคง"');
    const other = problems.find((problem) => problem.code === "E_AGENCY_OTHER");
    expect(other?.message).toContain('"อบต. หนองบัวดง"');
  });

  it("is clean once corrected, with the missing ๕ accepted in the content and its reason shown", async () => {
    const { problems, accepted, site } = await checkSite(REAL_CONTENT);
    expect(problems).toEqual([]);
    expect(accepted).toEqual([
      expect.objectContaining({
        code: "W_NUMBER_GAP",
        file: expect.stringMatching(/06-eit-public-relations\.md$/),
        reason: expect.stringContaining("ไม่มีมาตรการที่ ๕"),
      }),
    ]);
    expect(site?.reports[0]?.measures).toHaveLength(5);
  });
});
