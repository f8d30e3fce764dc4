import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { BrowserLocation } from "./browser.ts";

/**
 * What a PDF depends on besides its page, known without starting the browser: the browser
 * (its file, which an update replaces) and the printer's own code with its post-processing
 * (metadata, bookmarks, links), for the build's cache.
 */
export async function printerFingerprint(location: BrowserLocation): Promise<string> {
  const browser = await stat(location.path).then(
    (found) => `${found.size} ${found.mtimeMs}`,
    () => "",
  );
  // The code that shapes the printed page and the file: a change to it prints every PDF again.
  const hash = createHash("sha256");
  const modules = [
    "./printer.ts",
    "./post-process.ts",
    "./stable-structure.ts",
    "./keep-signature.ts",
  ];
  for (const module of modules) hash.update(await readFile(new URL(module, import.meta.url)));
  return `${location.path} ${browser} ${hash.digest("hex")}`;
}
