import { existsSync } from "node:fs";
import { readFile, symlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Site } from "../../scripts/content/load.ts";
import { unitWords } from "../../scripts/thai/known-words.ts";
import { splitAgencyName } from "../../scripts/thai/local-government.ts";
import { axeViolations } from "../helpers/axe.ts";
import { eachTwoAtOnce } from "../helpers/concurrent.ts";
import { scratch, snapshot } from "../helpers/content.ts";
import { readBuilt } from "../helpers/html.ts";
import { overflowingWords } from "../helpers/layout.ts";
import { references } from "../helpers/serve.ts";
import { sharedBrowser, sharedBuild } from "../helpers/shared.ts";
import { skipBrowser } from "../helpers/tools.ts";

/**
 * The one pass over every page at every width runs in whichever of its tests comes first: about
 * 20 s on 2 idle cores, several times that on a busy machine.
 */
const LOOK_TIMEOUT_MS = 180_000;

/** Phone, tablet and desktop. */
const WIDTHS = [375, 768, 1280];

/**
 * html-validate's recommended rules, with two changes. `long-title` (70 characters) is a
 * search-engine habit; the official Thai title of the report alone is 66 characters, and a page
 * names its year and agency too. Shortening it would misquote the document.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "long-title": "off",
    // A measure's title is its row's header (<th scope="row">), which HTML forbids to hold an
    // <h3>; role="heading" is the one way to also make it a heading (and a PDF bookmark).
    "prefer-native-element": ["error", { exclude: ["heading"] }],
  },
});

/** Every file the fixture build wrote, by path in dist/. */
const files: string[] = [];

/**
 * The quality gate over every web page the build makes: the archive fixture (a final year and a
 * draft, with a siteUrl, scores and evidence) and the real FY2568 content, built with real
 * Eleventy and opened in real Chromium from disk.
 */
describe.skipIf(skipBrowser)(
  `every built web page${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let out: string;
    let browser: Browser;
    const sites: Site[] = [];
    const html = (path: string) => readBuilt(out, path);

    beforeAll(async () => {
      // Both shared builds side by side, as archive/ and real/, read-only.
      out = await scratch("quality-site");
      for (const name of ["archive", "real"] as const) {
        const built = await sharedBuild(name);
        await symlink(built.out, join(out, name));
        sites.push(built.site);
        files.push(...Object.keys(await snapshot(built.out)).map((file) => `${name}/${file}`));
      }
      browser = await sharedBrowser();
    });
    afterAll(() => browser?.disconnect());

    const pages = () => files.filter((file) => file.endsWith(".html"));

    it("covers every kind of page of both builds: the index, each year, its plan, each measure, each OIT page, the search page", () => {
      expect(pages()).toEqual(
        expect.arrayContaining([
          "archive/index.html",
          "archive/2568/index.html",
          "archive/2569/index.html",
          "archive/2568/oit/index.html",
          "archive/2569/plan/index.html",
          "archive/2569/measures/02-second-measure/index.html",
          "real/2568/measures/06-eit-public-relations/index.html",
          "real/search/index.html",
        ]),
      );
      // The archive: 12 pages; FY2568: the index, the year, its plan and OIT page, 5 measures,
      // the search page.
      expect(pages()).toHaveLength(12 + 10);
    });

    it("publishes stylesheets and scripts that carry no word of the content: no agency, place, unit or measure", async () => {
      const assets = files.filter((file) => /\/assets\/[^/]+\.(css|js)$/.test(file));
      expect(assets.length).toBeGreaterThanOrEqual(2 * 4);
      const words = sites.flatMap(({ agency, reports }) => {
        const units = reports.flatMap((report) =>
          report.measures.flatMap((measure) => measure.responsibleUnits),
        );
        return [
          agency.name,
          splitAgencyName(agency.name).proper,
          agency.district,
          agency.province,
          ...units,
          ...units.flatMap((unit) => unitWords(unit, agency.name)),
          ...reports.flatMap((report) => report.measures.map((measure) => measure.title)),
        ];
      });
      for (const asset of assets) {
        const text = await readFile(join(out, asset), "utf8");
        expect(
          words.filter((word) => text.includes(word)),
          asset,
        ).toEqual([]);
      }
    });

    it("passes html-validate with no error on any page", async () => {
      const errors: string[] = [];
      for (const page of pages()) {
        const report = await validator.validateFile(join(out, page));
        for (const message of report.results.flatMap((result) => result.messages)) {
          errors.push(`${page}:${message.line} ${message.ruleId}: ${message.message}`);
        }
      }
      expect(errors).toEqual([]);
    });

    it("links only to files that exist: pages, PDFs, stylesheets, fonts, images, scripts", async () => {
      const broken: string[] = [];
      const texts = files.filter((file) => /\.(html|css)$/.test(file));
      for (const file of texts) {
        const base = pathToFileURL(join(out, file));
        for (const reference of references(await html(file))) {
          const url = new URL(reference, base);
          if (url.protocol !== "file:") continue;
          const path = fileURLToPath(url);
          const target = reference.endsWith("/") ? join(path, "index.html") : path;
          if (!existsSync(target)) broken.push(`${file} → ${reference}`);
        }
      }
      expect(broken).toEqual([]);
    });

    it("gives each page a title of its own, a description, an Open Graph title, an icon, one h1 and a skip link", async () => {
      const titles = new Map<string, string>();
      for (const page of pages()) {
        const text = await html(page);
        const head = (pattern: RegExp) => pattern.exec(text)?.[1] ?? "";
        const title = head(/<title>([^<]+)<\/title>/);
        expect(title, `${page}: <title>`).not.toBe("");
        expect(titles.get(title), `${page}: same title as ${titles.get(title)}`).toBeUndefined();
        titles.set(title, page);
        expect(head(/<html lang="([^"]+)">/), `${page}: lang`).toBe("th");
        const description = head(/<meta name="description" content="([^"]+)">/);
        expect(description.match(/[ก-๙]/g)?.length ?? 0, `${page}: description`).toBeGreaterThan(
          30,
        );
        expect(head(/<meta property="og:title" content="([^"]+)">/), `${page}: og:title`).not.toBe(
          "",
        );
        const icon = head(/<link rel="icon" href="([^"]+)"/);
        expect(existsSync(join(out, dirname(page), icon)), `${page}: favicon ${icon}`).toBe(true);
        expect(text.match(/<h1[\s>]/g), `${page}: one h1`).toHaveLength(1);
        expect(text, `${page}: skip link`).toContain('<a class="skip-link" href="#main">');
        expect(text, `${page}: skip target`).toContain('<main id="main">');
      }
    });

    /**
     * What each page shows in the browser, gathered in one pass: each page is opened once, axe is
     * injected once, and the page is looked at in each width in turn (a new viewport lays the page
     * out again and re-applies the media queries), then Tabbed through at the last width.
     */
    let looked: Promise<{ byWidth: Map<number, string[]>; keyboard: string[] }> | undefined;
    const lookAtEveryPage = () => {
      looked ??= (async () => {
        const byWidth = new Map(WIDTHS.map((width) => [width, [] as string[]]));
        const keyboard: string[] = [];
        await eachTwoAtOnce(pages(), async (path) => {
          const page = await browser.newPage();
          try {
            await lookAtPage(page, path, byWidth);
            keyboard.push(...(await keyboardProblems(page, path)));
          } finally {
            await page.close();
          }
        });
        return { byWidth, keyboard };
      })();
      return looked;
    };

    /** Opens the page, then checks it at each width; what is wrong goes to that width's list. */
    const lookAtPage = async (page: Page, path: string, byWidth: Map<number, string[]>) => {
      const outside: string[] = [];
      await page.setViewport({ width: WIDTHS[0] ?? 375, height: 900 });
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        const url = request.url();
        const inside =
          url.startsWith("data:") ||
          (url.startsWith("file://") && fileURLToPath(url).startsWith(out));
        if (!inside) outside.push(`${path}: request outside dist/: ${url}`);
        (inside ? request.continue() : request.abort()).catch(() => undefined);
      });
      // Opened from the disk, as the build tells a clerk to: nothing may fail as it loads (a font
      // preload, for one, cannot work from file://). Not later: axe's own requests for the
      // stylesheets are refused by the page's security policy, as they should be.
      let loading = true;
      page.on("console", (message) => {
        if (loading && message.type() === "error") {
          outside.push(`${path}: console error as it loads: ${message.text()}`);
        }
      });
      await page.goto(pathToFileURL(join(out, path)).href, { waitUntil: "load" });
      loading = false;
      for (const width of WIDTHS) {
        const problems = byWidth.get(width) ?? [];
        await page.setViewport({ width, height: 900 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow} px`);
        for (const word of await overflowingWords(page)) {
          problems.push(`${path}: ${word} sticks out of its box`);
        }
        const violations = await axeViolations(page);
        for (const { id, help, where } of violations) {
          problems.push(`${path}: ${id} (${help}) at ${where}`);
        }
        // A request made at any width counts at each width looked at after it.
        problems.push(...outside);
      }
    };

    for (const width of WIDTHS) {
      it(
        `at ${width} px: no WCAG 2.1 A/AA violation, no sideways scroll, no word sticking out of its box, no request outside dist/, no console error`,
        async () => {
          const { byWidth } = await lookAtEveryPage();
          expect([...new Set(byWidth.get(width))].sort()).toEqual([]);
        },
        LOOK_TIMEOUT_MS,
      );
    }

    it(
      "shows where the keyboard is: the skip link first, then a visible outline on each link",
      async () => {
        const { keyboard } = await lookAtEveryPage();
        expect(keyboard.sort()).toEqual([]);
      },
      LOOK_TIMEOUT_MS,
    );
  },
);

/**
 * Tabs four times from the top of a page just opened, where nothing has had the focus yet: the
 * skip link must come first, and each stop must be visible with an outline.
 */
async function keyboardProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen: { text: string; visible: boolean; outline: boolean }[] = [];
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) {
          return { text: "", visible: false, outline: false };
        }
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          text: element.textContent?.trim() ?? "",
          visible: box.width > 0 && box.height > 0 && box.top >= 0 && box.top < innerHeight,
          outline:
            (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== "none",
        };
      }),
    );
  }
  if (seen[0]?.text !== "ข้ามไปยังเนื้อหา") {
    problems.push(`${path}: first Tab reaches "${seen[0]?.text}", not the skip link`);
  }
  seen.forEach((focus, step) => {
    if (!focus.visible || !focus.outline) {
      problems.push(`${path}: Tab ${step + 1} ("${focus.text}") has no visible focus`);
    }
  });
  return problems;
}
