import type { Page } from "puppeteer-core";

/** print.css's page box: A4 landscape less its margins (14 mm each side, 16 mm top and bottom). */
const PAGE_BOX_MM = { width: 297 - 28, height: 210 - 32 };

/** The class print.css reads to let the last measure's row break across pages. */
export const SPLIT_LAST_MEASURE = "split-last-measure";

/**
 * Whether the last measure's row, the repeated table head and the signature row are together
 * taller than a page. print.css keeps the signature with the last row, which moves whole to the
 * next page; a row that tall cannot take the signature with it, which would then stand alone.
 * Measured in print layout at the page box's width, on a page in print media (PdfPrinter sets it
 * before loading). False for a page without a signature row.
 */
export async function lastMeasureTooTall(page: Page): Promise<boolean> {
  // One call into the page: under load each took tens of milliseconds.
  // No named functions inside: the page runs this source as written, without tsx's helpers.
  return page.evaluate(async (box: { width: number; height: number }) => {
    const signature = document.querySelector(".measures .signature-row");
    if (!signature) return false;
    await document.fonts.ready;
    const table = signature.closest("table");
    if (!table) return false;
    // The page box's width, not the window's: the viewport is left alone, so the photos'
    // srcset keeps the print-quality width it chose.
    table.style.width = `${box.width}mm`;
    const rows = [table.tHead, signature.previousElementSibling, signature];
    const total = rows.reduce((sum, row) => sum + (row?.getBoundingClientRect().height ?? 0), 0);
    table.style.removeProperty("width");
    return total > (box.height * 96) / 25.4;
  }, PAGE_BOX_MM);
}

/** Lets the last measure's row break across pages (print.css), so its last lines carry the signature. */
export async function splitLastMeasure(page: Page): Promise<void> {
  await page.evaluate(
    (name: string) => document.documentElement.classList.add(name),
    SPLIT_LAST_MEASURE,
  );
}
