import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const FIXTURE = join(import.meta.dirname, "..", "fixtures", "basic");
/** FY2568 final and FY2569 a draft made by `npm run new-year`, with the agency's siteUrl. */
export const ARCHIVE = join(import.meta.dirname, "..", "fixtures", "archive");
export const REAL_CONTENT = join(import.meta.dirname, "..", "..", "content");

/** A scratch folder under the system temp dir. */
export const scratch = (name: string) => mkdtemp(join(tmpdir(), `ita-${name}-`));

/** A copy of a content folder to break on purpose; returns its path. */
export async function copyContent(from = FIXTURE): Promise<string> {
  const dir = join(await scratch("content"), "content");
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its SHA-256, to prove a failed build changed nothing. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        const hash = createHash("sha256")
          .update(await readFile(path))
          .digest("hex");
        return [relative(dir, path), hash] as const;
      }),
  );
  return Object.fromEntries(entries.sort());
}

/**
 * Lists evidence in a measure of a copied fixture whose units are "กองช่าง" (its `evidence:`
 * entries follow that line); `items` are [file, caption] pairs.
 */
export async function listEvidence(
  measureFile: string,
  items: [file: string, caption: string][],
): Promise<void> {
  const text = await readFile(measureFile, "utf8");
  if (!text.includes("responsibleUnits: กองช่าง")) throw new Error(`${measureFile}: no units line`);
  const entries = items.map(([file, caption]) => `\n  - file: ${file}\n    caption: ${caption}`);
  await writeFile(
    measureFile,
    text.replace(
      "responsibleUnits: กองช่าง",
      `responsibleUnits: กองช่าง\nevidence:${entries.join("")}`,
    ),
  );
}
