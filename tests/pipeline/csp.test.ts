import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  SCRIPTED_SECURITY_POLICY,
} from "../../scripts/site/security-policy.ts";
import { scratch, snapshot } from "../helpers/content.ts";
import { pageText } from "../helpers/pdf.ts";
import { sharedBrowser, sharedBuild } from "../helpers/shared.ts";
import { skipBrowser, skipPdf } from "../helpers/tools.ts";

/** The charset, then the policy: a `<meta>` policy governs only what the parser meets after it. */
const HEAD =
  /<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

const RUNNING_HEAD = "เทศบาลตำบลทดสอบ · ปีงบประมาณ พ.ศ. ๒๕๖๘";

/** What a page did under its policy, opened from disk as a clerk would double-click it. */
interface Visit {
  violations: string[];
  title: string;
  sarabunFaces: string[];
  sarabunReady: boolean;
  bodyFont: string;
  bodyColor: string;
  sheets: string[];
}

/**
 * Builds the fixture with real Eleventy and Chromium, then opens the pages from file:// and
 * checks that the Content-Security-Policy lets the site's own files in and keeps inline code out.
 */
describe.skipIf(skipBrowser)(
  `the site's Content-Security-Policy${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let out: string;
    let browser: Browser;

    beforeAll(async () => {
      // A copy of the shared fixture build: a probe page is written into it below.
      out = join(await scratch("csp"), "dist");
      await cp((await sharedBuild("fixture")).out, out, { recursive: true });
      browser = await sharedBrowser();
    });

    afterAll(async () => {
      await browser?.disconnect();
    });

    async function visit(path: string): Promise<Visit> {
      const page = await browser.newPage();
      try {
        const violations: string[] = [];
        // Chromium words its own report "Refused to …" or "… violates the following Content
        // Security Policy directive …" depending on the version; the event catches both.
        page.on("console", (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text()))
            violations.push(message.text());
        });
        await page.evaluateOnNewDocument(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            console.warn(`Refused to load ${event.blockedURI} (${event.violatedDirective})`);
          });
        });
        await page.goto(`file://${join(out, path)}`, { waitUntil: "load" });
        const seen = await page.evaluate(async () => {
          await document.fonts.ready;
          return {
            title: document.title,
            sarabunFaces: [...document.fonts]
              .filter((face) => face.family === "Sarabun" && face.status === "loaded")
              .map((face) => face.weight),
            sarabunReady: document.fonts.check("16px Sarabun"),
            bodyFont: getComputedStyle(document.body).fontFamily,
            bodyColor: getComputedStyle(document.body).color,
            sheets: [...document.styleSheets].map(
              (sheet) => sheet.href?.split("/").pop() ?? "inline",
            ),
          };
        });
        return { violations, ...seen };
      } finally {
        await page.close();
      }
    }

    it("puts one strict policy first in the head of every page, and no inline code anywhere", async () => {
      const pages = Object.keys(await snapshot(out)).filter((file) => file.endsWith(".html"));
      expect(pages.length).toBeGreaterThanOrEqual(8);
      for (const file of pages) {
        const html = await readFile(join(out, file), "utf8");
        expect(html.match(/http-equiv="Content-Security-Policy"/gi), file).toHaveLength(1);
        const policy = html.match(HEAD)?.[1];
        // Only the OIT page (copy-links.js) and the search page (its library, the index and
        // search.js) run scripts, the site's own files, and nothing inline.
        const scripted: Record<string, string[]> = {
          oit: ['<script src="../../assets/copy-links.js" defer></script>'],
          "search/index.html": [
            '<script src="../assets/minisearch.js" defer></script>',
            '<script src="search-index.js" defer></script>',
            '<script src="../assets/search.js" defer></script>',
          ],
        };
        const own = scripted[/^\d{4}\/oit\//.test(file) ? "oit" : file];
        expect(policy, `${file}: policy right after the charset`).toBe(
          own ? SCRIPTED_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
        );
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
        expect(
          scripts.map(([tag]) => tag),
          file,
        ).toEqual(own ?? []);
        expect(html, file).not.toMatch(/<style\b|<[a-z][^>]*\sstyle=|<[a-z][^>]*\son[a-z]+=/i);
      }
    });

    it("allows only the site's own files: no inline code, no other site, no script", () => {
      const directives = new Map(
        CONTENT_SECURITY_POLICY.split(";").map((directive) => {
          const [name = "", ...sources] = directive.trim().split(/\s+/);
          return [name, sources];
        }),
      );
      expect(directives.get("default-src")).toEqual(["'none'"]);
      expect(directives.has("script-src")).toBe(false);
      for (const [name, sources] of directives) {
        const allowed = name === "img-src" ? ["'self'", "data:"] : ["'self'", "'none'"];
        for (const source of sources) expect(allowed, `${name} ${source}`).toContain(source);
      }
    });

    const pages = [
      "index.html",
      "2568/index.html",
      "2568/measures/01-first-measure/index.html",
      "2568/oit/index.html",
      "search/index.html",
    ];
    for (const path of pages) {
      it(`${path} from file:// loads its styles and Sarabun with no violation`, async () => {
        const seen = await visit(path);
        expect(seen.violations).toEqual([]);
        expect(seen.sarabunFaces).toEqual(expect.arrayContaining(["400", "700"]));
        expect(seen.sarabunReady).toBe(true);
        expect(seen.bodyFont).toMatch(/^"?Sarabun"?,/);
        // The sheet for all media, the screen's layer and the printer's, which Ctrl+P and the PDF use.
        expect(seen.sheets).toEqual(
          expect.arrayContaining(["400.css", "700.css", "base.css", "screen.css", "print.css"]),
        );
      });
    }

    it("gives the printed year page its running head from a stylesheet of its own", async () => {
      expect(await readFile(join(out, "2568/running-head.css"), "utf8")).toContain(
        `content: "${RUNNING_HEAD}";`,
      );
      expect((await visit("2568/index.html")).sheets).toContain("running-head.css");
    });

    it.skipIf(skipPdf)(
      "prints the running head from http://report.localhost under the policy",
      () => {
        const page2 = pageText(join(out, "2568", "ita-2568-testtown.pdf"), 2);
        expect(page2.trim().split("\n")[0]).toBe(RUNNING_HEAD);
      },
    );

    it("blocks a script, a style element and a style attribute slipped into a page", async () => {
      const built = await readFile(join(out, "2568/index.html"), "utf8");
      const injected = built
        .replace(
          HEAD,
          (head) =>
            `${head}<script>document.title = "script ran"</script>` +
            "<style>body { color: rgb(255, 0, 0) }</style>",
        )
        .replace("<body>", '<body style="color: rgb(0, 128, 0)">');
      expect(injected).toContain("script ran");
      // Beside the real page, so its own stylesheets and fonts still resolve.
      await writeFile(join(out, "2568/csp-probe.html"), injected);
      const seen = await visit("2568/csp-probe.html");
      expect(seen.title).not.toBe("script ran");
      expect(seen.bodyColor).not.toMatch(/rgb\((255, 0, 0|0, 128, 0)\)/);
      expect(seen.sheets).not.toContain("inline");
      for (const directive of ["script-src-elem", "style-src-elem", "style-src-attr"]) {
        expect(seen.violations.join("\n")).toContain(`(${directive})`);
      }
      // The page's own files still load.
      expect(seen.sarabunFaces).toContain("400");
    });
  },
);
