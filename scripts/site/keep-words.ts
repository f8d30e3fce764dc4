/** Elements whose text is not laid out as lines of the page, or must stay exactly as written. */
const UNTOUCHED = new Set(["head", "title", "script", "style", "svg", "pre", "code", "textarea"]);

/** A comment, or a tag with its attributes (quoted values may hold ">"). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Applies `keep` (see keepWordsTogether) to the text of an HTML page: every text between tags,
 * outside attributes and outside the elements in UNTOUCHED. Made for the site's own pages, whose
 * text the templates and markdown-it have already escaped.
 * @example keepWordsInHtml('<p title="ช่อระกา">ช่อระกา</p>', keep) // => '<p title="ช่อระกา"><span class="nowrap">ช่อระกา</span></p>'
 */
export function keepWordsInHtml(html: string, keep: (text: string) => string): string {
  let out = "";
  let last = 0;
  const open: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    out += open.length === 0 ? keep(text) : text;
    out += match[0];
    last = match.index + match[0].length;
    const [, closing, rawName] = match;
    const name = rawName?.toLowerCase();
    if (!name || !UNTOUCHED.has(name) || match[0].endsWith("/>")) continue;
    if (!closing) open.push(name);
    else if (open.at(-1) === name) open.pop();
  }
  const rest = html.slice(last);
  return out + (open.length === 0 ? keep(rest) : rest);
}
