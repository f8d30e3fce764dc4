import { execFile } from "node:child_process";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyContent, scratch, snapshot } from "../helpers/content.ts";
import { skipBrowser } from "../helpers/tools.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** Its own build cache, so these runs neither use nor fill the project's `.cache/artifacts`. */
let cache = "";

/** Runs `npm run build` the way a clerk does, with its own content and output folders. */
function runBuild(content: string, out: string, env: NodeJS.ProcessEnv = {}, cacheDir = cache) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["scripts/run.mjs", "build", "--content", content, "--out", out, "--cache", cacheDir],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(skipBrowser)(
  `npm run build${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let content: string;
    let out: string;
    let published: Record<string, string>;

    beforeAll(async () => {
      content = await copyContent();
      out = join(await scratch("cli"), "dist");
      cache = join(await scratch("cli-cache"), "build");
      const first = await runBuild(content, out);
      expect(first.code, first.stderr).toBe(0);
      published = await snapshot(out);
    });

    it("builds the site and the PDF and says so in Thai, then reuses each unchanged PDF", async () => {
      expect(Object.keys(published)).toContain(join("2568", "ita-2568-testtown.pdf"));
      const again = await runBuild(content, out);
      expect(again.code).toBe(0);
      // Nothing changed since the first build: every PDF comes from the cache.
      expect(again.stdout).toContain("✓ ใช้ PDF เดิม");
      expect(again.stdout).not.toContain("✓ สร้าง PDF");
      expect(again.stdout).toContain("หน้า) เพราะเนื้อหาไม่เปลี่ยน");
      expect(again.stdout).toContain("✓ สร้างข้อมูลเปิด (CSV และ JSON)");
      expect(Object.keys(published)).toContain(join("2568", "ita-2568-testtown.csv"));
      // The PDF carries its creation time, so the rebuilt folder is the one to compare against.
      published = await snapshot(out);
    });

    it("keeps each template compiled in the cache, and a new process renders with it", async () => {
      const file = join(cache, "templates.json");
      const kept = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
      const compiled = Object.values(kept);
      expect(compiled.length).toBeGreaterThan(5);
      // The report's title, as compiled code writes it: changed in the kept code, it must show.
      const title = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
      const key = Object.keys(kept).find((each) => kept[each]?.includes(title));
      expect(key, "a kept template writes the report's title").toBeDefined();
      const marked = "รายงานที่มาจากแม่แบบที่เก็บไว้";
      await writeFile(
        file,
        JSON.stringify({ ...kept, [key ?? ""]: kept[key ?? ""]?.replaceAll(title, marked) }),
      );
      const other = join(await scratch("cli-templates"), "dist");
      try {
        const result = await runBuild(content, other);
        expect(result.code, result.stderr).toBe(0);
        const pages = (await readdir(other, { recursive: true })).filter((name) =>
          name.endsWith(".html"),
        );
        const texts = await Promise.all(pages.map((page) => readFile(join(other, page), "utf8")));
        expect(texts.some((text) => text.includes(marked))).toBe(true);
      } finally {
        await writeFile(file, JSON.stringify(kept));
      }
    });

    it('without a cache (--cache ""), prints anew but keeps the compiled templates in .cache/', async () => {
      const started = Date.now();
      const dist = join(await scratch("cli-no-cache"), "dist");
      const result = await runBuild(content, dist, {}, "");
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("✓ สร้าง PDF");
      expect(result.stdout).not.toContain("✓ ใช้ PDF เดิม");
      // Where npm runs the command: the project's folder.
      const templates = join(ROOT, ".cache", "templates.json");
      expect((await stat(templates)).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
      const kept = JSON.parse(await readFile(templates, "utf8"));
      expect(Object.keys(kept).length).toBeGreaterThan(5);
      // The same pages as the build with a cache wrote.
      const html = (files: Record<string, string>) =>
        Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith(".html")));
      expect(html(await snapshot(dist))).toEqual(html(published));
    });

    it("stops on broken content with a Thai message naming file, line and field, and leaves dist/ as it was", async () => {
      const measure = join(content, "2568", "measures", "01-first-measure.md");
      const original = await readFile(measure, "utf8");
      await writeFile(measure, original.replace("title:", "titel:"));
      try {
        const result = await runBuild(content, out);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /01-first-measure\.md:3 \[E_FIELD_UNKNOWN\] ช่อง "titel": ไม่รู้จักช่องนี้/,
        );
        expect(result.stderr).toContain("วิธีแก้");
        expect(result.stderr).toContain("ยังไม่ได้เปลี่ยนแปลงโฟลเดอร์");
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(await snapshot(out)).toEqual(published);
      } finally {
        await writeFile(measure, original);
      }
    });

    it("stops with install instructions when no browser can be found, leaving dist/ as it was", async () => {
      const result = await runBuild(content, out, {
        PUPPETEER_EXECUTABLE_PATH: "/nonexistent/chrome",
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("ไม่พบเบราว์เซอร์");
      expect(result.stderr).toContain("No Chromium or Chrome browser");
      expect(result.stderr).toContain("apt-get install -y chromium");
      expect(await snapshot(out)).toEqual(published);
    });

    it("leaves dist/ as it was when the PDF step fails after the HTML was built", async () => {
      const result = await runBuild(content, out, { PUPPETEER_EXECUTABLE_PATH: "/bin/false" });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("สร้างรายงานไม่สำเร็จ");
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(await snapshot(out)).toEqual(published);
      expect((await readdir(dirname(out))).filter((name) => name.includes("staging"))).toEqual([]);
    });

    it("refuses, touching nothing, an output folder that is the content, holds other files, or is a file", async () => {
      const other = await scratch("cli-other");
      await writeFile(join(other, "notes.txt"), "a person's own file");
      const contentBefore = await snapshot(content);
      const otherBefore = await snapshot(other);
      for (const target of [join(content, "2568"), other, join(content, "agency.yaml")]) {
        const result = await runBuild(content, target);
        expect(result.code, target).toBe(1);
        expect(result.stderr, target).toContain("ไม่สร้างลงโฟลเดอร์ผลลัพธ์");
        expect(result.stderr, target).toContain("วิธีแก้");
        expect(result.stderr, target).not.toMatch(/\n\s+at /);
      }
      expect(await snapshot(content)).toEqual(contentBefore);
      expect(await snapshot(other)).toEqual(otherBefore);
      expect(await snapshot(out)).toEqual(published);
    });
  },
);
