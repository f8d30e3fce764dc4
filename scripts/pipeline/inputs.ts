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

/** One file of a page: its content's digest, and the files it refers to. */
interface Input {
  digest: string;
  uses: string[];
}

/**
 * Fingerprints of what pages print from, for one built site: a page's HTML and every local
 * stylesheet, font and image it uses, followed through the stylesheets, plus `extra` (the PDF's
 * metadata, the printer's version). Two prints with the same fingerprint give the same PDF. Each
 * file is read once, however many pages use it (every page uses the same fonts).
 */
export function printInputs(siteDir: string) {
  const root = normalize(siteDir) + sep;
  const inputs = new Map<string, Promise<Input>>();
  const read = (path: string) => {
    let input = inputs.get(path);
    if (!input) {
      input = readFile(path).then(
        (bytes) => ({
          digest: createHash("sha256").update(bytes).digest("hex"),
          uses: [".html", ".css"].includes(extname(path))
            ? references(bytes.toString("utf8"))
                .filter((reference) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(reference))
                .map((reference) =>
                  normalize(join(dirname(path), reference.split(/[?#]/)[0] ?? "")),
                )
                .filter((target) => target.startsWith(root) && PRINT_INPUTS.has(extname(target)))
            : [],
        }),
        // A missing file is part of the fingerprint too: the printer will refuse it anyway.
        () => ({ digest: "missing", uses: [] }),
      );
      inputs.set(path, input);
    }
    return input;
  };
  return async (pagePath: string, extra: string): Promise<string> => {
    const hash = createHash("sha256").update(extra);
    const seen = new Set<string>();
    const visit = async (path: string): Promise<void> => {
      if (seen.has(path)) return;
      seen.add(path);
      const { digest, uses } = await read(path);
      hash.update(`\0${relative(siteDir, path)}\0${digest}`);
      for (const target of uses) await visit(target);
    };
    await visit(join(siteDir, pagePath));
    return hash.digest("hex");
  };
}
