import { rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findBrowser, launchBrowser } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { ARCHIVE, FIXTURE, REAL_CONTENT, scratch } from "./content.ts";
import type { SharedBuildResult, SharedBuilds } from "./shared.ts";
import { tambonContent } from "./tambon.ts";
import { skipBrowser } from "./tools.ts";

/**
 * vitest globalSetup of the integration tier: one browser for every test file, reached over its
 * WebSocket, and each fixture built (HTML and PDFs) once, into folders the tests only read.
 * The builds run in the background, so the unit tests start at once; each writes its result
 * file when done, which `sharedBuild` waits for. Without a browser nothing is set up, and the
 * tests that need it skip themselves.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (skipBrowser) return async () => undefined;
  const location = findBrowser();
  const browser = await launchBrowser(location, { pipe: false });
  const root = await scratch("shared");
  const sources = {
    // Strict, as CI builds it: the archive must publish with no warning left.
    archive: { contentDir: ARCHIVE, strict: true },
    real: { contentDir: REAL_CONTENT, strict: false },
    tambon: { contentDir: await tambonContent(), strict: false },
    fixture: { contentDir: FIXTURE, strict: false },
  };
  const builds = Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [
      name,
      { ...source, out: join(root, name, "dist"), result: join(root, `${name}.json`) },
    ]),
  ) as SharedBuilds;
  // Each build's outcome, or its error, is written whole, then renamed: a reader never sees
  // half a file, and a test waiting for a build that failed fails with its error.
  const settle = async (result: string, outcome: SharedBuildResult) => {
    await writeFile(`${result}.part`, JSON.stringify(outcome));
    await rename(`${result}.part`, result);
  };
  const failure = (error: unknown) => ({
    error: String(error instanceof Error ? error.stack : error),
  });
  const building = (async () => {
    const printer = await PdfPrinter.connect(browser.wsEndpoint(), location).catch(
      async (error: unknown) => {
        for (const { result } of Object.values(builds)) await settle(result, failure(error));
      },
    );
    if (!printer) return;
    try {
      for (const { contentDir, strict, out, result } of Object.values(builds)) {
        const outcome: SharedBuildResult = await build({ contentDir, outDir: out, printer, strict })
          .then(({ pdfs }) => ({ pdfs: pdfs.map(({ path, pages }) => ({ path, pages })) }))
          .catch(failure);
        await settle(result, outcome);
      }
    } finally {
      await printer.close();
    }
  })();
  project.provide("browser", { endpoint: browser.wsEndpoint(), location });
  project.provide("builds", builds);
  return async () => {
    await building.catch(() => undefined);
    await browser.close();
    await rm(root, { recursive: true, force: true });
  };
}
