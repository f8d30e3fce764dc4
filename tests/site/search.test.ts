import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_INDEX_PATH } from "../../scripts/site/search-index.ts";
import { SCRIPTED_SECURITY_POLICY } from "../../scripts/site/security-policy.ts";
import { axeViolations } from "../helpers/axe.ts";
import { snapshot } from "../helpers/content.ts";
import { sharedBrowser, sharedBuild } from "../helpers/shared.ts";
import { skipBrowser } from "../helpers/tools.ts";

/** What the search page showed for a query, and what it asked for on the way. */
interface Search {
  status: string;
  /** Each result as "year/slug", from its link, in the order shown. */
  found: string[];
  /** Each result's link text and year line. */
  items: string[];
  outside: string[];
  violations: string[];
}

/**
 * The search page in real Chromium, opened from disk as a clerk double-clicks it: every year's
 * measures found by Thai and English words, "not found" said in Thai, and nothing loaded from
 * outside the site or refused by its Content-Security-Policy.
 */
describe.skipIf(skipBrowser)(
  `the search page${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let browser: Browser;
    let real: string;
    let archive: string;

    beforeAll(async () => {
      [real, archive] = await Promise.all([
        sharedBuild("real").then((build) => build.out),
        sharedBuild("archive").then((build) => build.out),
      ]);
      browser = await sharedBrowser();
    });

    afterAll(async () => {
      for (const watching of opened.values()) await (await watching).page.close();
      await browser?.disconnect();
    });

    /** Watches a page for requests outside the site folder and for refused loads. */
    async function watched(out: string) {
      const page = await browser.newPage();
      const outside: string[] = [];
      const violations: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(`file://${out}/`) && !url.startsWith("data:")) outside.push(url);
      });
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          violations.push(message.text());
      });
      page.on("pageerror", (error) => violations.push(String(error)));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.warn(`Refused to load ${event.blockedURI} (${event.violatedDirective})`);
        });
      });
      return { page, outside, violations };
    }

    /** What the page shows now. */
    const shown = (page: Page, out: string) =>
      page.$$eval(
        "[data-search-results] li",
        (items, root) =>
          items.map((item) => {
            const link = item.querySelector("a") as HTMLAnchorElement;
            const path = decodeURIComponent(new URL(link.href).pathname);
            return {
              found: path
                .slice(root.length + 1)
                .replace(/\/measures\/|\/index\.html$/g, (part) =>
                  part === "/index.html" ? "" : "/",
                ),
              text: [...item.children].map((child) => child.textContent?.trim()).join(" · "),
            };
          }),
        out,
      );

    /** One search page per build, opened once: each query is typed into the same box. */
    const opened = new Map<string, ReturnType<typeof watched>>();

    /**
     * Types the query into the search box and presses Enter, as a reader does. What the page
     * asked for outside and had refused is everything since the page was opened.
     */
    async function search(out: string, query: string): Promise<Search> {
      let watching = opened.get(out);
      if (!watching) {
        watching = watched(out);
        opened.set(out, watching);
        const { page } = await watching;
        await page.goto(`file://${join(out, "search/index.html")}`, { waitUntil: "load" });
      }
      const { page, outside, violations } = await watching;
      await page.$eval("#search-query", (input) => {
        (input as HTMLInputElement).value = "";
      });
      await page.type("#search-query", query);
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (typed) => document.querySelector("[data-search-status]")?.textContent?.includes(typed),
        {},
        `“${query}”`,
      );
      const status = await page.$eval("[data-search-status]", (node) => node.textContent ?? "");
      const results = await shown(page, out);
      return {
        status,
        found: results.map((result) => result.found),
        items: results.map((result) => result.text),
        outside: [...outside],
        violations: [...violations],
      };
    }

    it('finds "ฝึกอบรม", "ของขวัญ" and "No Gift" in the real report, and only there', async () => {
      const training = await search(real, "ฝึกอบรม");
      expect(training.found).toEqual(["2568/01-ethics-training"]);
      expect(training.status).toBe("พบ ๑ มาตรการ จาก ๑ ปีงบประมาณ สำหรับ “ฝึกอบรม”");
      expect(training.items[0]).toMatch(
        /^มาตรการที่ ๑ โครงการฝึกอบรมการส่งเสริมคุณธรรม .* · ปีงบประมาณ พ\.ศ\. ๒๕๖๘$/,
      );
      // The measure that is about it comes first: its title has the words.
      expect((await search(real, "ของขวัญ")).found).toEqual([
        "2568/02-no-gift-policy",
        "2568/01-ethics-training",
      ]);
      const noGift = await search(real, "No Gift");
      expect(noGift.found).toEqual(["2568/02-no-gift-policy", "2568/01-ethics-training"]);
      for (const result of [training, noGift]) {
        expect(result.outside).toEqual([]);
        expect(result.violations).toEqual([]);
      }
    });

    it("finds a measure in every year that has it, by its text, unit and evidence caption", async () => {
      expect((await search(archive, "กองช่าง")).found.sort()).toEqual([
        "2568/02-second-measure",
        "2569/02-second-measure",
      ]);
      // 2568's first measure has it only in a photo's caption.
      const meeting = await search(archive, "ประชุมชี้แจง");
      expect(meeting.found.sort()).toEqual([
        "2568/01-first-measure",
        "2568/02-second-measure",
        "2569/02-second-measure",
      ]);
      expect(meeting.status).toBe("พบ ๓ มาตรการ จาก ๒ ปีงบประมาณ สำหรับ “ประชุมชี้แจง”");
      // 2569 is still a draft, and its result says so.
      expect(meeting.items.filter((item) => item.endsWith("(ร่าง)"))).toEqual([
        'มาตรการที่ ๒ กิจกรรม "ทดสอบ" ที่สอง & ITA · ปีงบประมาณ พ.ศ. ๒๕๖๙ (ร่าง)',
      ]);
      expect(meeting.outside).toEqual([]);
      expect(meeting.violations).toEqual([]);
    });

    it("says in Thai when nothing matches, and shows no result", async () => {
      const none = await search(real, "ไม่มีคำนี้ในรายงาน");
      expect(none.found).toEqual([]);
      expect(none.status).toBe("ไม่พบมาตรการที่ตรงกับ “ไม่มีคำนี้ในรายงาน” ลองใช้คำอื่น หรือคำที่สั้นลง");
      expect(none.violations).toEqual([]);
    });

    it("opens a result from the address's query, accessible on a phone, asking for nothing outside", async () => {
      const { page, outside, violations } = await watched(real);
      try {
        await page.goto(
          `file://${join(real, "search/index.html")}?q=${encodeURIComponent("ของขวัญ")}`,
        );
        expect((await shown(page, real)).length).toBe(2);
        await Promise.all([page.waitForNavigation(), page.click("[data-search-results] a")]);
        expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(
          join(real, "2568/measures/02-no-gift-policy/index.html"),
        );
        expect(outside).toEqual([]);
        expect(violations).toEqual([]);
        await page.goBack();
        expect((await shown(page, real)).length).toBe(2);
        // The quality tests check the empty page; the results, at a phone's width, here (axe
        // reads the stylesheets itself, which the page's policy refuses: checked above, not here).
        await page.setViewport({ width: 390, height: 800 });
        expect((await axeViolations(page)).map((violation) => violation.id)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        );
      } finally {
        await page.close();
      }
    });

    it("is linked as ค้นหา from every page, and runs only the site's own scripts", async () => {
      const pages = Object.keys(await snapshot(real)).filter((file) => file.endsWith(".html"));
      expect(pages.length).toBeGreaterThan(5);
      for (const file of pages) {
        const html = await readFile(join(real, file), "utf8");
        const href = /<nav class="site-nav"[^>]*>\s*<a href="([^"]+)"[^>]*>ค้นหา<\/a>/.exec(
          html,
        )?.[1];
        expect(href && resolve(dirname(join(real, file)), href), file).toBe(
          join(real, "search/index.html"),
        );
      }
      const html = await readFile(join(real, "search/index.html"), "utf8");
      expect(html).toContain(`content="${SCRIPTED_SECURITY_POLICY}"`);
      expect([...html.matchAll(/<script src="([^"]+)"/g)].map(([, src]) => src)).toEqual([
        "../assets/minisearch.js",
        SEARCH_INDEX_PATH.replace("/search/", ""),
        "../assets/search.js",
      ]);
    });
  },
);
