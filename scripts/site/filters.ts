import { posix } from "node:path";
import { markToFill } from "../scaffold/to-fill.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { escapeHtml } from "./html.ts";
import { securityPolicy } from "./security-policy.ts";
import { absoluteUrl } from "./urls.ts";

/**
 * A site-absolute path made relative to the page that links to it, so the built site works
 * in any subfolder and straight from disk, with no path prefix to configure.
 * @example relativeUrl("/assets/screen.css", "/2568/measures/01-ethics/") // => "../../../assets/screen.css"
 */
export function relativeUrl(target: string, pageUrl: string): string {
  const key = `${pageUrl}\n${target}`;
  let relative = relativeUrls.get(key);
  if (relative === undefined) {
    const from = pageUrl.endsWith("/") ? pageUrl : posix.dirname(pageUrl);
    relative = posix.relative(from, target);
    // A folder's address keeps its slash ("../"), so the link goes to the folder, not a file.
    if (relative === "") relative = "./";
    else if (target.endsWith("/") && !relative.endsWith("/")) relative = `${relative}/`;
    relativeUrls.set(key, relative);
  }
  return relative;
}

/**
 * Every page links to the same few addresses (styles, fonts, the year's pages): worked out once
 * each, since posix.relative took 5 % of the HTML stage.
 */
const relativeUrls = new Map<string, string>();

/**
 * A value quoted for a CSS string, e.g. for `content:` in a page margin box.
 * @example cssString('เทศบาล "ก"') // => '"เทศบาล \\"ก\\""'
 */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\n\r\f]/g, " ")
    .replace(/</g, "\\3C ")}"`;
}

/**
 * The template filters, by the names templates use: formatting only. What a page shows is made
 * in its view (scripts/site/view/); `rel` is added by the plugin, since it needs the page.
 */
export const filters = {
  thaiNumber: (value: number) => formatThaiNumber(value),
  cssString,
  securityPolicy,
  /** Plain text (a title, a unit) escaped, with a draft's "[รอกรอก]" highlighted; use with `safe`. */
  toFill: (text: string) => markToFill(String(text), escapeHtml),
  absoluteUrl,
};
