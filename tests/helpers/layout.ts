import type { Page } from "puppeteer";
import { pageWords } from "./pdf.ts";

/** The top of an A4 landscape page's 16 mm bottom margin, in points; only the page number sits below. */
const FOOTER_TOP = 594.96 - (16 * 72) / 25.4;

/**
 * Text in a page's bottom margin other than its number ("หน้า ๒ จาก ๗"): a glyph fragment such
 * as "ชื่" is the ink of the next page's first line, which Chromium paints on this one.
 */
export const strayInBottomMargin = (file: string, page: number): string[] =>
  pageWords(file, page)
    .filter((word) => word.yMax > FOOTER_TOP && !/^(หน้า|จาก|[๐-๙]+)$/.test(word.text))
    .map((word) => word.text);

/**
 * Each known word that two consecutive lines split between them, as "ช่อ / ระกา": one line
 * ends with the start of the word and the next begins with the rest.
 */
export function wordsSplitAcrossLines(lines: string[], words: readonly string[]): string[] {
  const split: string[] = [];
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1] ?? "";
    for (const word of words) {
      for (let at = 1; at < word.length; at++) {
        if (line.endsWith(word.slice(0, at)) && next.startsWith(word.slice(at))) {
          split.push(`${word.slice(0, at)} / ${word.slice(at)} (${word})`);
        }
      }
    }
  }
  return split;
}

/** The column headings a table page repeats, which keep a signature no company. */
const TABLE_HEADINGS = [
  "มาตรการ/โครงการ/กิจกรรม",
  "ขั้นตอนหรือวิธีการปฏิบัติ",
  "ระยะเวลาดำเนินการ",
  "ผู้รับผิดชอบ",
  "ผลการดำเนินการ(output)",
  "ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ(outcome/result)",
];

/**
 * Whether a page's signature block ("ลงชื่อ …") stands alone: nothing before it on its page but
 * the page furniture (running head, page number, draft mark) and the repeated table headings.
 */
export function signatureAlone(lines: string[], runningHead: string): boolean {
  const at = lines.findIndex((line) => line.startsWith("ลงชื่อ"));
  if (at < 0) return false;
  const squash = (text: string) => text.replace(/\s+/g, "");
  let before = squash(lines.slice(0, at).join(""));
  for (const furniture of [runningHead, "ร่าง·ยังไม่ใช่ฉบับสมบูรณ์", ...TABLE_HEADINGS]) {
    before = before.replace(squash(furniture), "");
  }
  return before.replace(/หน้า[๐-๙]+จาก[๐-๙]+/, "") === "";
}

/**
 * The words kept on one line (scripts/thai/word-breaks.ts) that stick out of their box on an
 * open page: a kept word cannot wrap, so a column too narrow for it would spill it over the
 * border. Each as "word in <tag>".
 */
export function overflowingWords(page: Page): Promise<string[]> {
  // No named functions inside: the page runs this source as written.
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.querySelectorAll("span.nowrap")].flatMap((span) => {
      const box = span.closest("td, th, li, p, h1, h2, h3, dd, dt, figcaption, div");
      if (!box || span.getClientRects().length === 0) return [];
      // Text clipped out of sight on purpose, such as the phone's visually hidden table head.
      for (let element: Element | null = span; element; element = element.parentElement) {
        if (getComputedStyle(element).clipPath !== "none") return [];
      }
      const style = getComputedStyle(box);
      const right =
        box.getBoundingClientRect().right -
        Number.parseFloat(style.borderRightWidth) -
        Number.parseFloat(style.paddingRight);
      return span.getBoundingClientRect().right > right + 1
        ? [`${span.textContent} in <${box.tagName.toLowerCase()}>`]
        : [];
    });
  });
}

/** print.css's page box: A4 landscape less its margins, in CSS pixels. */
export const PAGE_BOX = {
  width: Math.floor(((297 - 28) * 96) / 25.4),
  height: ((210 - 32) * 96) / 25.4,
};

/**
 * Lengthens the last measure of an open report or plan by `lines` short steps, and says whether its
 * row, the repeated table head and the signature row still fit on one page together: only then
 * can the signature be kept with the table (print.css).
 */
export async function lengthenLastMeasure(page: Page, lines: number): Promise<boolean> {
  const viewport = page.viewport();
  await page.setViewport({ width: PAGE_BOX.width, height: 800 });
  await page.emulateMediaType("print");
  try {
    return await page.evaluate(
      async (count: number, pageHeight: number) => {
        await document.fonts.ready;
        const rows = document.querySelectorAll(".measures tbody tr[id^='measure-']");
        const last = rows[rows.length - 1];
        const cell = last?.querySelector("td.col-steps");
        for (let line = 0; line < count; line++) {
          const step = document.createElement("p");
          step.textContent = "ติดตามและรายงานผลต่อผู้บริหาร";
          cell?.append(step);
        }
        const signature = document.querySelector(".measures .signature-row");
        const parts = [signature?.closest("table")?.tHead, last, signature];
        const height = parts.reduce(
          (sum, part) => sum + (part?.getBoundingClientRect().height ?? 0),
          0,
        );
        return height <= pageHeight;
      },
      lines,
      PAGE_BOX.height,
    );
  } finally {
    await page.emulateMediaType();
    if (viewport) await page.setViewport(viewport);
  }
}
