import MarkdownIt from "markdown-it";

/** Text made safe inside HTML or SVG, markdown-it's own escaping (& < > "). */
export const { escapeHtml } = new MarkdownIt().utils;
