import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, relative, sep } from "node:path";

/**
 * Every address a page or a stylesheet refers to: `href`, `src`, each `srcset` candidate, and
 * `url()` in CSS.
 * @example references('<img src="a.jpg" srcset="a-640.jpg 640w, a-1280.jpg 1280w">') // => ["a.jpg", "a-640.jpg", "a-1280.jpg"]
 */
export function references(text: string): string[] {
  const attributes = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? "");
  const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
    (match[1] ?? "").split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""),
  );
  const cssUrls = [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map(
    (match) => match[1] ?? "",
  );
  return [...attributes, ...srcsets, ...cssUrls].filter(Boolean);
}

/** Files a printed page is made of, which Chromium reads: stylesheets, fonts, images. */
const PRINT_INPUTS = new Set([".css", ".woff2", ".woff", ".png", ".jpg", ".jpeg", ".svg", ".webp"]);

/**
 * A fingerprint of everything a page prints from: its HTML and every local stylesheet, font and
 * image it uses, followed through the stylesheets, plus `extra` (the PDF's metadata, the
 * printer's version). Two prints with the same fingerprint give the same PDF.
 */
export async function printInputsHash(siteDir: string, pagePath: string, extra: string) {
  const hash = createHash("sha256").update(extra);
  const root = normalize(siteDir) + sep;
  const seen = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = await readFile(path).catch(() => undefined);
    // A missing file is part of the fingerprint too: the printer will refuse it anyway.
    hash.update(`\0${relative(siteDir, path)}\0`).update(bytes ?? "missing");
    if (!bytes || ![".html", ".css"].includes(extname(path))) return;
    for (const reference of references(bytes.toString("utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith("#")) continue;
      const target = normalize(join(dirname(path), reference.split(/[?#]/)[0] ?? ""));
      if (target.startsWith(root) && PRINT_INPUTS.has(extname(target))) await visit(target);
    }
  };
  await visit(join(siteDir, pagePath));
  return hash.digest("hex");
}
