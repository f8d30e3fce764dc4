import MarkdownIt from "markdown-it";
import { markToFill, TO_FILL } from "../scaffold/to-fill.ts";

/**
 * Marks where a long web address (already HTML-escaped) may wrap: after a slash, before a dot,
 * so that a narrow table cell never breaks it mid-word ("muangkongmunic.co / m/").
 * @example urlWithBreaks("https://a.go.th/x") // => "https://<wbr>a<wbr>.go<wbr>.th/<wbr>x"
 */
export function urlWithBreaks(escaped: string): string {
  return escaped.replace(/\/+(?=.)/g, "$&<wbr>").replace(/(?<=.)\.(?=.)/g, "<wbr>.");
}

/** Bare web addresses that linkify turned into links get their wrap points. */
function breakLinkifiedUrls(md: MarkdownIt): void {
  md.core.ruler.push("break_linkified_urls", (state) => {
    for (const block of state.tokens) {
      let inLinkified = false;
      for (const token of block.children ?? []) {
        if (token.type === "link_open") inLinkified = token.markup === "linkify";
        else if (token.type === "link_close") inLinkified = false;
        else if (inLinkified && token.type === "text") {
          token.type = "html_inline";
          token.content = urlWithBreaks(md.utils.escapeHtml(token.content));
        }
      }
    }
  });
}

/**
 * Thai writes a space before the repetition mark (ต่าง ๆ), and a browser may wrap there, leaving
 * ๆ alone at the start of a line. A no-break space keeps it with its word.
 * @example keepMaiYamok("ช่องทางต่าง ๆ") // => "ช่องทางต่าง\u00A0ๆ"
 */
export function keepMaiYamok(text: string): string {
  return text.replace(/[ \t]+ๆ/g, "\u00A0ๆ");
}

function keepMaiYamokInText(md: MarkdownIt): void {
  md.core.ruler.push("keep_mai_yamok", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "text") token.content = keepMaiYamok(token.content);
      }
    }
  });
}

/** A draft's "[รอกรอก]" marks are highlighted, so nobody mistakes them for the report's text. */
function highlightToFill(md: MarkdownIt): void {
  md.core.ruler.push("highlight_to_fill", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== "text" || !token.content.includes(TO_FILL)) continue;
        token.type = "html_inline";
        token.content = markToFill(token.content, md.utils.escapeHtml);
      }
    }
  });
}

/**
 * The one Markdown renderer for clerk content. Raw HTML is shown as text, never passed through,
 * and markdown-it's link check already drops `javascript:`, `vbscript:`, `file:` and `data:` links.
 * Bare web addresses become links, as clerks paste them.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: true, typographer: false })
    .use(breakLinkifiedUrls)
    .use(keepMaiYamokInText)
    .use(highlightToFill);
}
