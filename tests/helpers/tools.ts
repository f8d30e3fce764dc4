import { spawnSync } from "node:child_process";
import { findBrowser } from "../../scripts/pdf/browser.ts";

/**
 * External tools some tests need. Where one is missing the test is skipped with the command
 * that installs it, except in CI (CI=true), where a missing tool must fail the run instead.
 */
const has = (command: string) =>
  spawnSync(command, ["-v"], { stdio: "ignore" }).error === undefined;

const inCi = Boolean(process.env.CI);

function browserMissing(): string | undefined {
  try {
    findBrowser();
    return undefined;
  } catch {
    return "no Chromium: run `npm run setup`";
  }
}

const pdfToolsMissing = ["pdftotext", "pdfinfo", "pdffonts", "qpdf"].some((tool) => !has(tool))
  ? "no poppler-utils/qpdf: run `npm run setup` or `apt-get install poppler-utils qpdf`"
  : undefined;

/** Why browser tests cannot run here, or undefined when they can (always undefined in CI). */
export const skipBrowser = inCi ? undefined : browserMissing();

/** Why PDF-reading tests cannot run here, or undefined when they can (always undefined in CI). */
export const skipPdf = inCi ? undefined : (browserMissing() ?? pdfToolsMissing);
