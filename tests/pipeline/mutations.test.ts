import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../../scripts/cli/build-command.ts";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "../../scripts/pipeline/output-folder.ts";
import { copyContent, scratch, snapshot } from "../helpers/content.ts";
import { captureOutput } from "../helpers/output.ts";

/**
 * Valid measure files broken at random, the ways clerks and editors break them: cut short, saved
 * in another encoding, a field deleted, a wrong type, a huge value, a misspelt field, pasted
 * damage. Every case must make `npm run build` stop cleanly: exit 1, a Thai message naming the
 * file, no stack trace, and the published folder untouched.
 */

const MEASURES = [
  "2568/measures/01-first-measure.md",
  "2568/measures/02-second-measure.md",
  "2567/measures/01-old-measure.md",
];
const FIELDS = ["number", "title", "period", "responsibleUnits"] as const;

type Mutation = { describe: string; apply(text: string): string | Uint8Array; strict?: boolean };

/** Cut anywhere before the last section's heading, so some part is always missing. */
const truncated = fc.nat().map(
  (seed): Mutation => ({
    describe: `cut at ${seed}`,
    apply: (text) => text.slice(0, seed % (text.lastIndexOf("\n## ") + 1)),
  }),
);

/** One ASCII byte replaced by a byte that cannot start or continue UTF-8 there. */
const badByte = fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(
  ([seed, byte]): Mutation => ({
    describe: `byte 0x${byte.toString(16)} at ${seed}`,
    apply: (text) => {
      const bytes = new TextEncoder().encode(text);
      const ascii = [...bytes.keys()].filter((index) => (bytes[index] ?? 0) < 0x80);
      bytes[ascii[seed % ascii.length] ?? 0] = byte;
      return bytes;
    },
  }),
);

/** A field's line and its indented continuation lines. */
const fieldBlock = (field: string) => new RegExp(`^${field}:.*\\n(?:[ \\t]+.*\\n)*`, "m");

const deletedField = fc.constantFrom(...FIELDS).map(
  (field): Mutation => ({
    describe: `${field} deleted`,
    apply: (text) => text.replace(fieldBlock(field), ""),
  }),
);

const WRONG_VALUES: Record<(typeof FIELDS)[number], string[]> = {
  number: ["หนึ่ง", "[1, 2]", "{a: 1}", "true", "1.5", "-3", "0", "~", "2568-10-01"],
  title: ["[ชื่อ]", "{a: b}", "123", "true", "~", '""', "'   '"],
  period: [
    "2568",
    "[2567-10, 2568-09]",
    "{start: 2568-13-01, end: 2568-09}",
    "{start: 2024-10, end: 2025-09}",
    "{start: 2568-09, end: 2567-10}",
    "{start: 2570-01, end: 2570-02}",
  ],
  responsibleUnits: ["123", "{a: b}", "[]", "[1, 2]", "~", "[กองช่าง, '']"],
};
const wrongType = fc
  .constantFrom(...FIELDS)
  .chain((field) => fc.constantFrom(...WRONG_VALUES[field]).map((value) => [field, value] as const))
  .map(
    ([field, value]): Mutation => ({
      describe: `${field}: ${value}`,
      apply: (text) => text.replace(fieldBlock(field), `${field}: ${value}\n`),
    }),
  );

const huge = fc.oneof(
  fc.bigInt({ min: 1000n, max: 10n ** 30n }).map(
    (number): Mutation => ({
      describe: `number: ${number}`,
      apply: (text) => text.replace(/^number:.*$/m, `number: ${number}`),
    }),
  ),
  fc.integer({ min: 1001, max: 50_000 }).map(
    (length): Mutation => ({
      describe: `title of ${length} characters`,
      apply: (text) => text.replace(/^title:.*$/m, `title: ${"ก".repeat(length)}`),
    }),
  ),
  // A section far too long for a table row is a warning: CI (--strict) refuses it.
  fc.integer({ min: 1_500, max: 200_000 }).map(
    (length): Mutation => ({
      describe: `section of ${length} characters`,
      apply: (text) =>
        text.replace(/\n## [^\n]*\n/, (heading) => `${heading}\n${"ข".repeat(length)}\n`),
      strict: true,
    }),
  ),
);

const misspeltField = fc
  .stringMatching(/^[a-z][a-zA-Z]{1,12}$/)
  .filter((name) => !["number", "title", "period", "responsibleUnits", "accept"].includes(name))
  .map(
    (name): Mutation => ({
      describe: `unknown field ${name}`,
      apply: (text) => text.replace(/^title:/m, `${name}: ค่า\ntitle:`),
    }),
  );

const DAMAGE = [
  "<p>",
  "</div>",
  "ป ร ะ จำ ปี",
  "ร้อยละ...๑๐๐...",
  "ประจ\u0E4D\u0E32ปี",
  "อบต. หนองบัวดง",
  "เทศบาลตำบลทดสบ",
  "[x](javascript:alert(1))",
];
const pastedDamage = fc.tuple(fc.constantFrom(...DAMAGE), fc.nat()).map(
  ([damage, seed]): Mutation => ({
    describe: `"${damage}" pasted`,
    apply: (text) => {
      const body = text.indexOf("\n## ") + 1;
      const at = body + (seed % (text.length - body));
      return `${text.slice(0, at)} ${damage} ${text.slice(at)}`;
    },
  }),
);

describe("broken measure files", () => {
  let content: string;
  let out: string;
  let published: Record<string, string>;
  const originals = new Map<string, string>();

  beforeAll(async () => {
    content = await copyContent();
    for (const file of MEASURES) originals.set(file, await readFile(join(content, file), "utf8"));
    out = join(await scratch("mutations"), "dist");
    await mkdir(join(out, "2568"), { recursive: true });
    await writeFile(join(out, "index.html"), "<!doctype html><title>เว็บไซต์เดิม</title>");
    await writeFile(join(out, "2568", "ita-2568-testtown.pdf"), "%PDF-1.7 เดิม");
    // An earlier build's output, as the build marks it.
    await writeFile(join(out, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    published = await snapshot(out);
  });

  it("always stop the build with a Thai message naming the file, and never touch dist/ (500 cases)", async () => {
    const mutation = fc.oneof(
      truncated,
      badByte,
      deletedField,
      wrongType,
      huge,
      misspeltField,
      pastedDamage,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MEASURES), mutation, async (file, { apply, strict }) => {
        const path = join(content, file);
        await writeFile(path, apply(originals.get(file) ?? ""));
        try {
          const run = captureOutput();
          const args = ["--content", content, "--out", out, ...(strict ? ["--strict"] : [])];
          expect(await runBuild(args, run.output)).toBe(1);
          const said = run.stderr();
          expect(said).toContain("✗ เนื้อหายังเผยแพร่ไม่ได้");
          expect(said).toContain(file);
          expect(said).toMatch(/\[[EW]_[A-Z_]+\]/);
          expect(said).not.toMatch(/\n\s+at |Error:/);
          expect(await snapshot(out)).toEqual(published);
        } finally {
          await writeFile(path, originals.get(file) ?? "");
        }
      }),
      { numRuns: 500 },
    );
  }, 180_000);
});
