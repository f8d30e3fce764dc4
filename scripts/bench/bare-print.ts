import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { run } from "./tools.ts";

/** The pages `npm run build` prints for FY2568: the report and the plan. */
export const FY2568_PAGES = ["2568/index.html", "2568/plan/index.html"];

/**
 * The baseline for the build: the same browser binary printing the same built pages with its own
 * `--print-to-pdf`, one launch a page, with nothing of ours around it (no content check, no HTML
 * stage, no post-processing). `siteDir` holds pages a build wrote.
 */
export async function barePrint(browserPath: string, siteDir: string, outDir: string) {
  for (const [index, page] of FY2568_PAGES.entries()) {
    await run(browserPath, [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--no-pdf-header-footer",
      `--print-to-pdf=${join(outDir, `bare-${index}.pdf`)}`,
      pathToFileURL(join(siteDir, page)).href,
    ]);
  }
}
