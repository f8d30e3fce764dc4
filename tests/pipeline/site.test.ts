import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PRELOADED_FONTS } from "../../scripts/site/fonts.ts";
import { snapshot } from "../helpers/content.ts";
import { readBuilt } from "../helpers/html.ts";
import { sharedBuild } from "../helpers/shared.ts";
import { skipBrowser } from "../helpers/tools.ts";

/** Builds the fixture content with real Eleventy and real Chromium, then reads the HTML back. */
describe.skipIf(skipBrowser)(
  `the built website${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let out: string;
    const html = (path: string) => readBuilt(out, path);

    beforeAll(async () => {
      out = (await sharedBuild("fixture")).out;
    });

    it("lists every fiscal year on the index, newest first", async () => {
      const index = await html("index.html");
      expect(index).toContain('<html lang="th">');
      const years = [...index.matchAll(/ปีงบประมาณ พ\.ศ\. ([๐-๙]{4})/g)].map((match) => match[1]);
      expect(years).toEqual(["๒๕๖๘", "๒๕๖๗"]);
      expect(index).toContain('href="2568/index.html"');
    });

    it("shows the year's report as a six-column table with a header and one row per measure", async () => {
      const page = await html("2568/index.html");
      const head = page.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? "";
      expect(
        [...head.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]),
      ).toEqual([
        "มาตรการ/โครงการ/กิจกรรม",
        "ขั้นตอนหรือวิธีการปฏิบัติ",
        "ระยะเวลาดำเนินการ",
        "ผู้รับผิดชอบ",
        "ผลการดำเนินการ (output)",
        "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ (outcome/result)",
      ]);
      const body = page.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? "";
      // One row per measure, then the printed signature block's row.
      expect(body.match(/<tr id="measure-/g)).toHaveLength(2);
      expect(body).toMatch(/<tr class="signature-row print-only">[\s\S]*ลงชื่อ[\s\S]*<\/tr>\s*$/);
      expect(body).toContain("๑. โครงการทดสอบที่หนึ่ง");
      expect(body).toContain("ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘");
      expect(body).toContain("๑๕ มกราคม – ๓๑ มีนาคม ๒๕๖๘");
      expect(page).toContain('href="ita-2568-testtown.pdf"');
      expect(page).toContain("นายกเทศมนตรีตำบลทดสอบ (นายทดสอบ ใจดี) · รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘");
    });

    it("gives each measure its own page at a stable ASCII address", async () => {
      const page = await html("2568/measures/01-first-measure/index.html");
      expect(page).toContain("โครงการทดสอบที่หนึ่ง");
      expect(page).toContain("สำนักปลัด, กองคลัง");
      expect(existsSync(join(out, "2567/measures/01-old-measure/index.html"))).toBe(true);
    });

    it("prints template syntax in clerk text literally and runs no script", async () => {
      // Raw HTML and javascript: links never get this far: the check rejects them (E_HTML_TAG,
      // E_LINK_UNSAFE), and the Markdown renderer escapes them anyway (tests/markdown).
      const page = await html("2568/measures/01-first-measure/index.html");
      expect(page).not.toMatch(/<script/i);
      expect(page).toContain("{{ ไม่ใช่ตัวแปร }} กับ {% ไม่ใช่คำสั่ง %}");
    });

    it("uses only relative links to files that exist, so it works in any subfolder and offline", async () => {
      const files = Object.keys(await snapshot(out));
      const pages = files.filter((file) => file.endsWith(".html"));
      expect(pages.length).toBeGreaterThanOrEqual(7);
      for (const file of pages) {
        const text = await html(file);
        // Nothing is loaded from elsewhere: every stylesheet, script, image, font or frame is local.
        const loaded = [
          ...text.matchAll(/<(link|script|img|source|iframe|video|audio)\b[^>]*>/g),
        ].map((tag) => tag[0]);
        for (const tag of loaded)
          expect(tag, file).not.toMatch(/(href|src|srcset)="(https?:)?\/\//);
        for (const [, url] of text.matchAll(/(?:href|src)="([^"]*)"/g)) {
          if (/^(https?:|data:|#)/.test(url as string)) continue;
          expect(url, `${file} links to a root-absolute ${url}`).not.toMatch(/^\//);
          const target = normalize(
            join(dirname(join(out, file)), (url as string).replace(/#.*$/, "")),
          );
          expect(existsSync(target), `${file} links to missing ${url}`).toBe(true);
        }
      }
      for (const file of files.filter((name) => name.endsWith(".css"))) {
        const css = await html(file);
        expect(css, file).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
        expect(css, file).not.toMatch(/@import/);
      }
    });

    it("escapes clerk text once in page titles", async () => {
      const page = await html("2568/measures/02-second-measure/index.html");
      expect(page).toContain("<title>มาตรการที่ ๒ กิจกรรม &quot;ทดสอบ&quot; ที่สอง &amp; ITA – ");
    });

    it("publishes a folder a web server can read", async () => {
      expect((await stat(out)).mode & 0o777).toBe(0o755);
    });

    it("self-hosts Sarabun and the logo", async () => {
      const fontCss = await html("assets/sarabun/400.css");
      for (const [, url] of fontCss.matchAll(/url\(([^)]+)\)/g)) {
        expect(existsSync(join(out, "assets/sarabun", url as string))).toBe(true);
      }
      // The fonts the printer preloads (scripts/site/fonts.ts) are in the site, as the files
      // the @font-face rules name: one download each, not two.
      const declared = new Set<string>();
      for (const weight of ["400", "700"]) {
        const css = await html(`assets/sarabun/${weight}.css`);
        for (const [, url] of css.matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)/g)) {
          declared.add(`/assets/sarabun/${url}`);
        }
      }
      expect(PRELOADED_FONTS).toHaveLength(4);
      for (const font of PRELOADED_FONTS) {
        expect(declared.has(font)).toBe(true);
        expect(existsSync(join(out, font))).toBe(true);
      }
      // Not in the pages themselves: a page opened from the disk (file://) cannot preload a
      // font, and would say so in its console.
      expect(await html("2568/index.html")).not.toContain('rel="preload"');
      // The SVG logo is published drawn as a PNG, and only that.
      expect(existsSync(join(out, "assets/logo.png"))).toBe(true);
      expect(existsSync(join(out, "assets/logo.svg"))).toBe(false);
      // On the cover of the printed year page.
      expect(await html("2568/index.html")).toContain('src="../assets/logo.png"');
    });

    it("prints one PDF per year", () => {
      expect(existsSync(join(out, "2568/ita-2568-testtown.pdf"))).toBe(true);
      expect(existsSync(join(out, "2567/ita-2567-testtown.pdf"))).toBe(true);
    });
  },
);
