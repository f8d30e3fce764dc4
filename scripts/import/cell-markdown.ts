import { toArabicDigits } from "../thai/numbers.ts";
import { cleanText } from "./clean-text.ts";
import type { Block } from "./document.ts";
import { NUMBER_PREFIX } from "./table-rows.ts";

/**
 * A cell's paragraphs as Markdown: Word's numbered and bulleted paragraphs, and items numbered
 * by hand ("๑. … ๒. …", often run together in one paragraph when copied from a PDF), become
 * Markdown lists; bold stays bold; the text is cleaned as `check` would ask.
 */

interface Item {
  kind: Block["kind"];
  text: string;
  number?: number;
}

/** A number before a dot, after a space or at the start: "๒." "3 ." but not "พ.ศ." or "1.5". */
const MARKER = /(?:^|(?<=\s))(?:\*\*)?([0-9๐-๙]{1,2})\s*\.(?![0-9๐-๙])/g;
const BULLET = /^(?:[-•●▪◦]|\*(?!\*))\s*/;

/**
 * Splits a paragraph that starts with an item number at the numbers that count on from it, in
 * order; numbers out of order ("ร้อยละ ๑๐." in a sentence) stay in the text.
 * @example splitNumbered("๑. ก ๒.ข") // => [{ number: 1, text: "ก" }, { number: 2, text: "ข" }]
 */
export function splitNumbered(text: string): { number: number; text: string }[] {
  const cuts: { at: number; end: number; number: number }[] = [];
  for (const match of text.matchAll(MARKER)) {
    const number = Number(toArabicDigits(match[1] ?? ""));
    if (cuts.length === 0 && match.index !== 0) break;
    if (cuts.length === 0 || number === (cuts.at(-1)?.number ?? 0) + 1) {
      cuts.push({ at: match.index, end: match.index + match[0].length, number });
    }
  }
  return cuts.map((cut, index) => ({
    number: cut.number,
    text: text
      .slice(cut.end, cuts[index + 1]?.at ?? text.length)
      .replace(/^\*\*/, "")
      .trim(),
  }));
}

/** The cell's paragraphs as list items and paragraphs, numbered on across paragraphs. */
function itemsOf(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let next = 1;
  for (const block of blocks) {
    const text = cleanText(block.text);
    if (!text) continue;
    if (block.kind === "numbered") {
      items.push({ kind: "numbered", text, number: next });
      next += 1;
    } else if (block.kind === "bullet" || BULLET.test(text)) {
      items.push({ kind: "bullet", text: text.replace(BULLET, "") });
    } else {
      const numbered = splitNumbered(text);
      if (numbered.length === 0) items.push({ kind: "paragraph", text });
      for (const item of numbered) items.push({ kind: "numbered", ...item });
      next = (numbered.at(-1)?.number ?? next - 1) + 1;
    }
  }
  return items;
}

/** A paragraph that Markdown would read as syntax ("# ", "> ") is escaped. */
const escapeStart = (text: string) => text.replace(/^([#>+]|\d+[.)])/, "\\$1");

/**
 * A section's Markdown: list items on consecutive lines, a blank line around paragraphs.
 * @example cellMarkdown([{ kind: "paragraph", text: "๑. ก ๒. ข" }]) // => "1. ก\n2. ข"
 */
export function cellMarkdown(blocks: Block[]): string {
  const lines: string[] = [];
  let previous: Item["kind"] | undefined;
  for (const item of itemsOf(blocks)) {
    if (item.text === "") continue;
    if (previous && (item.kind !== previous || item.kind === "paragraph")) lines.push("");
    if (item.kind === "numbered") lines.push(`${item.number}. ${item.text}`);
    else if (item.kind === "bullet") lines.push(`- ${item.text}`);
    else lines.push(escapeStart(item.text));
    previous = item.kind;
  }
  return lines.join("\n");
}

/** Plain one-line text: bold marks, links and Markdown escapes dropped, cleaned. */
export const lineText = (text: string) =>
  cleanText(
    text
      .replace(/\*\*/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\\([*\\])/g, "$1"),
  );

/**
 * The responsible units, one per paragraph or line of the cell, without list marks.
 * @example unitsOf([{ kind: "paragraph", text: "๑. กองคลัง" }]) // => ["กองคลัง"]
 */
export function unitsOf(blocks: Block[]): string[] {
  return blocks
    .map((block) => lineText(block.text).replace(NUMBER_PREFIX, "").replace(BULLET, "").trim())
    .filter((unit) => unit !== "");
}
