import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findBrowser, launchBrowser } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { ARCHIVE, FIXTURE, REAL_CONTENT, scratch } from "./content.ts";
import type { SharedBuilds } from "./shared.ts";
import { tambonContent } from "./tambon.ts";
import { skipBrowser } from "./tools.ts";

/**
 * vitest globalSetup of the integration tier: one browser for every test file, reached over its
 * WebSocket, and each fixture built (HTML and PDFs) once, into folders the tests only read.
 * Without a browser nothing is set up, and the tests that need it skip themselves.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (skipBrowser) return async () => undefined;
  const location = findBrowser();
  const browser = await launchBrowser(location, { pipe: false });
  const root = await scratch("shared");
  const printer = await PdfPrinter.connect(browser.wsEndpoint(), location);
  try {
    const sources = {
      // Strict, as CI builds it: the archive must publish with no warning left.
      archive: { contentDir: ARCHIVE, strict: true },
      real: { contentDir: REAL_CONTENT, strict: false },
      tambon: { contentDir: await tambonContent(), strict: false },
      fixture: { contentDir: FIXTURE, strict: false },
    };
    const builds = {} as SharedBuilds;
    for (const [name, { contentDir, strict }] of Object.entries(sources)) {
      const out = join(root, name, "dist");
      const { pdfs } = await build({ contentDir, outDir: out, printer, strict });
      builds[name as keyof SharedBuilds] = {
        contentDir,
        out,
        strict,
        pdfs: pdfs.map(({ path, pages }) => ({ path, pages })),
      };
    }
    project.provide("browser", { endpoint: browser.wsEndpoint(), location });
    project.provide("builds", builds);
  } catch (error) {
    await browser.close();
    throw error;
  } finally {
    await printer.close();
  }
  return async () => {
    await browser.close();
    await rm(root, { recursive: true, force: true });
  };
}
