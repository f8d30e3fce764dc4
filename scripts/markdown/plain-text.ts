import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/**
 * Markdown as plain text, for open data: what a reader sees, without the marks. It uses its own
 * markdown-it, with the content renderer's options but none of its HTML rules (the no-break
 * space before ๆ, the highlighted "[รอกรอก]", wrap points in addresses): data keeps the text
 * as typed.
 */
const parser = new MarkdownIt({ html: false, linkify: true, typographer: false });

/**
 * The text of one inline token: words and code as typed, a soft break as a space, and a link's
 * address after its words when they differ ("เว็บไซต์ (https://…)"), as the address is the data.
 */
function inlineText(token: Token): string {
  let text = "";
  let href: string | undefined;
  let linkStart = 0;
  for (const child of token.children ?? []) {
    if (child.type === "softbreak") text += " ";
    else if (child.type === "hardbreak") text += "\n";
    else if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "link_open") {
      href = child.attrGet("href") ?? undefined;
      linkStart = text.length;
    } else if (child.type === "link_close") {
      const words = text.slice(linkStart);
      if (href && !href.endsWith(words) && !words.endsWith(href)) text += ` (${href})`;
      href = undefined;
    }
  }
  return text;
}

/**
 * Each block on its line; list items keep their number ("1.") or a bullet (•, not "-", which a
 * spreadsheet reads as a formula), indented two spaces a level, so steps read as the list they are.
 * @example plainText("1. ขั้นตอน**แรก**\n2. ขั้นตอนที่สอง") // => "1. ขั้นตอนแรก\n2. ขั้นตอนที่สอง"
 */
export function plainText(markdown: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker = "";
  for (const token of parser.parse(markdown, {})) {
    if (token.type === "bullet_list_open") lists.push({ ordered: false, next: 0 });
    else if (token.type === "ordered_list_open") {
      lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      lists.pop();
    } else if (token.type === "list_item_open") {
      const list = lists.at(-1);
      const indent = "  ".repeat(Math.max(0, lists.length - 1));
      marker = `${indent}${list?.ordered ? `${list.next++}.` : "•"} `;
    } else if (token.type === "inline") {
      lines.push(`${marker}${inlineText(token)}`);
      marker = "";
    } else if (token.type === "fence" || token.type === "code_block") {
      lines.push(token.content.replace(/\n$/, ""));
    }
  }
  return lines.join("\n").trim();
}
