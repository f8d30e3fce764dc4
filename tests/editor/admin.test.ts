import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, ElementHandle, Page } from "puppeteer";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { readYaml, splitFrontMatter } from "../../scripts/editor/file-formats.ts";
import { copyContent, scratch } from "../helpers/content.ts";
import { freePort, poll, type RunningPreview, startPreview } from "../helpers/preview.ts";
import { sharedBrowser } from "../helpers/shared.ts";
import { skipBrowser } from "../helpers/tools.ts";

const MEASURE = "2568/measures/01-first-measure.md";
const ENTRY = "/admin/#/collections/measures-2568/entries/01-first-measure";

/** Clicks the button whose text is `text` exactly (Decap gives its buttons no test ids). */
async function clickButton(page: Page, text: string): Promise<void> {
  const clicked = await page.$$eval(
    "button",
    (buttons, wanted) => {
      const button = buttons.find((each) => each.textContent?.trim() === wanted);
      button?.click();
      return Boolean(button);
    },
    text,
  );
  if (!clicked) throw new Error(`no button "${text}"`);
}

/** Clicks the innermost element whose text is `text` (Decap's dropdown items are not buttons). */
async function clickText(page: Page, text: string): Promise<void> {
  const clicked = await page.evaluate((wanted) => {
    const matches = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (element) => element.textContent?.trim() === wanted,
    );
    matches.at(-1)?.click();
    return matches.length > 0;
  }, text);
  if (!clicked) throw new Error(`no element "${text}"`);
}

/** The form control of the field labelled `label` (the n-th one when the label repeats). */
async function field(page: Page, label: string, nth = -1): Promise<ElementHandle<Element>> {
  const ids = await page.$$eval(
    "label",
    (labels, wanted) =>
      labels.filter((l) => l.textContent?.trim() === wanted).map((l) => l.htmlFor),
    label,
  );
  const id = ids.at(nth);
  const control = id ? await page.$(`[id="${id}"]`) : null;
  if (!control) throw new Error(`no field "${label}" (${ids.join(", ")})`);
  return control;
}

/** Replaces what a text field holds with `text`, typed as a clerk types it. */
async function retype(page: Page, control: ElementHandle<Element>, text: string): Promise<void> {
  await control.click();
  await control.evaluate((element) => (element as HTMLInputElement).select());
  await page.keyboard.press("Backspace");
  // One input event, as a paste: typing Thai letter by letter re-renders the preview each time.
  await page.keyboard.sendCharacter(text);
}

/**
 * Opens the editor in a new tab, signs in to the local backend (the only button on the sign-in
 * page, "เข้าสู่ระบบ") unless still signed in, and opens the first measure of 2568.
 */
async function openMeasure(browser: Browser, base: string, violations: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  // Leaving an entry Decap still counts as changed asks first (window.confirm), which would wait
  // for ever: under load, one full run timed out at leaving the entry the test before saved. The
  // tests check what reached the files themselves.
  page.on("dialog", (dialog) => void dialog.accept().catch(() => undefined));
  await page.goto(`${base}/admin/`);
  await page.waitForFunction(
    () => location.hash.startsWith("#/collections") || document.querySelector("button") !== null,
  );
  if (!(await page.evaluate(() => location.hash.startsWith("#/collections")))) {
    await clickButton(page, "เข้าสู่ระบบ");
    await page.waitForFunction(() => location.hash.startsWith("#/collections"));
  }
  await page.goto(`${base}${ENTRY}`);
  await page.waitForFunction(() => document.querySelector("label") !== null);
  return page;
}

/** Saves with Decap's publish menu; resolves once it says the entry is saved. */
async function save(page: Page): Promise<void> {
  await clickText(page, "เผยแพร่");
  await clickText(page, "เผยแพร่ตอนนี้");
}

/**
 * The browser editor on `npm run dev`, in the shared Chromium, on a scratch copy of the basic
 * fixture: what a clerk does in the form reaches the file on disk, passes the check and shows on
 * the preview page; what the check refuses, the form refuses before anything is written.
 */
describe.skipIf(skipBrowser)(
  `the editor at /admin/${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let dev: RunningPreview;
    let content: string;
    let browser: Browser;
    /** One tab for both tests: Decap CMS is 6 MB of script, loaded once. */
    let tab: Page | undefined;
    /** The first measure of 2568, opened afresh from the file on disk. */
    const measurePage = async (): Promise<Page> => {
      if (!tab) {
        tab = await openMeasure(browser, dev.base, violations);
        return tab;
      }
      await tab.evaluate(() => {
        location.hash = "#/collections/measures-2568";
      });
      await tab.waitForFunction(() => document.querySelector('[id^="title-field"]') === null);
      await tab.evaluate((entry) => {
        location.hash = entry;
      }, ENTRY.slice("/admin/".length));
      await tab.waitForFunction(() => document.querySelector('[id^="title-field"]') !== null);
      return tab;
    };
    const violations: string[] = [];

    beforeAll(async () => {
      content = await copyContent();
      [dev, browser] = await Promise.all([
        startPreview(["--content", content, "--port", String(await freePort())], {
          ...process.env,
          TMPDIR: await scratch("editor-temp"),
        }),
        sharedBrowser(),
      ]);
    });

    afterAll(async () => {
      await tab?.close();
      await browser?.disconnect();
      await dev?.stop();
    });

    it("edits a title, adds a unit and a photo, and saves a file the check passes", async () => {
      const original = await readFile(join(content, MEASURE), "utf8");
      const before = readYaml(
        splitFrontMatter(await readFile(join(content, MEASURE), "utf8")).yaml,
      );
      // A camera's name: the editor gives it the file-name rule's form (slug settings).
      const photo = join(await scratch("editor-photo"), "Site Visit.JPG");
      await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c85028" } })
        .jpeg()
        .toFile(photo);
      expect(dev.log()).toContain(`แก้ไขเนื้อหาผ่านแบบฟอร์มได้ที่ http://localhost:${dev.port}/admin/`);
      const page = await measurePage();
      // Saving rebuilds the preview; the editor must not be reloaded by it.
      expect(
        await page.evaluate(() => document.querySelector('script[src*="reload-client"]') === null),
      ).toBe(true);

      await retype(page, await field(page, "ชื่อเรื่อง"), "โครงการที่แก้ในตัวแก้ไข");
      await clickButton(page, "เพิ่ม หน่วยงานผู้รับผิดชอบ");
      await retype(page, await field(page, "หน่วยงาน", 2), "กองช่าง");
      await clickText(page, "เพิ่ม หลักฐาน");
      await clickText(page, "ไฟล์ภาพหรือ PDF");
      await clickButton(page, "เลือกไฟล์");
      const upload = await page.waitForSelector("input[type=file]");
      await (upload as ElementHandle<HTMLInputElement>).uploadFile(photo);
      await page.waitForFunction(() => document.body.textContent?.includes("site-visit.jpg"));
      await clickButton(page, "เลือกข้อมูลที่ถูกเลือก");
      await retype(
        page,
        await field(page, "คำบรรยายหลักฐาน (แสดงใต้ภาพและอ่านให้ผู้พิการทางสายตา)"),
        "ภาพการลงพื้นที่",
      );
      await save(page);

      const file = join(content, MEASURE);
      const text = await poll(
        () => readFile(file, "utf8"),
        (saved) => saved.includes("ภาพการลงพื้นที่"),
        10_000,
      );
      const after = readYaml(splitFrontMatter(text).yaml);
      expect(after).toEqual({
        ...before,
        title: "โครงการที่แก้ในตัวแก้ไข",
        responsibleUnits: ["สำนักปลัด", "กองคลัง", "กองช่าง"],
        evidence: [{ file: "site-visit.jpg", caption: "ภาพการลงพื้นที่" }],
      });
      expect(text).toMatch(/^---\nnumber: 1\ntitle: /);
      // The body as typed, headings with their gloss too: the sections were not edited.
      expect(text.slice(text.indexOf("## "))).toBe(original.slice(original.indexOf("## ")));
      expect(await readFile(join(content, "2568/evidence/site-visit.jpg"))).toEqual(
        await readFile(photo),
      );
      const check = await checkSite(content);
      expect(check.problems.filter((problem) => problem.code.startsWith("E_"))).toEqual([]);

      const preview = await poll(
        () => fetch(`${dev.base}/2568/measures/01-first-measure/`).then((r) => r.text()),
        (html) => html.includes("โครงการที่แก้ในตัวแก้ไข") && html.includes("ภาพการลงพื้นที่"),
        10_000,
      );
      expect(preview).toContain("กองช่าง");
      expect(preview).toContain("ภาพการลงพื้นที่");
      expect(violations).toEqual([]);
    });

    it("refuses a period outside the fiscal year or ending before it starts, as the check does", async () => {
      const file = join(content, MEASURE);
      const saved = await readFile(file, "utf8");
      const page = await measurePage();
      const refused = async (start: string, end: string, message: string) => {
        await retype(page, await field(page, "วันหรือเดือนที่เริ่ม (พ.ศ.)"), start);
        await retype(page, await field(page, "วันหรือเดือนที่สิ้นสุด (พ.ศ.)"), end);
        await save(page);
        await page.waitForFunction(
          (text) => document.body.textContent?.includes(text),
          {},
          message,
        );
        // The check refuses the same values written by hand.
        const byHand = saved
          .replace("start: 2567-10", `start: ${start}`)
          .replace("end: 2568-09", `end: ${end}`);
        return byHand;
      };
      const outside = await refused("2566-09", "2568-09", "ต้องเป็นเดือนหรือวันในปีงบประมาณ");
      const reversed = await refused("2568-05", "2568-01", "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await readFile(file, "utf8")).toBe(saved);
      for (const byHand of [outside, reversed]) {
        await writeFile(file, byHand);
        const check = await checkSite(content);
        expect(check.problems.map((problem) => problem.code)).toContain("E_FIELD_INVALID");
      }
      await writeFile(file, saved);
    });
  },
);
