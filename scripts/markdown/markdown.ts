import MarkdownIt from "markdown-it";

/**
 * The one Markdown renderer for clerk content. Raw HTML is shown as text, never passed through,
 * and markdown-it's link check already drops `javascript:`, `vbscript:`, `file:` and `data:` links.
 * Bare web addresses become links, as clerks paste them.
 */
export function createMarkdown(): MarkdownIt {
	return new MarkdownIt({ html: false, linkify: true, typographer: false });
}
