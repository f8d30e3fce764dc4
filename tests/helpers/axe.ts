import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer";

/**
 * axe-core, injected once into a page and run as often as needed (at each width): injecting it
 * for every run, as @axe-core/puppeteer does, took about twice as long over the quality tests.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** The rules every page must pass: WCAG 2.1 A and AA. */
export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Each WCAG 2.1 A/AA violation on the page as it is laid out now, with where it is. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; help: string; where: string }[]> {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import("axe-core") }).axe
        .run(document, { runOnly: { type: "tag", values: tags } })
        .then(({ violations }) =>
          violations.map(({ id, help, nodes }) => ({
            id,
            help,
            where: nodes.map((node) => node.target.join(" ")).join(", "),
          })),
        ),
    WCAG,
  );
}
