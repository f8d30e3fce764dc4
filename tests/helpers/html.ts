import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A built file's text without the spans that keep a word on one line (scripts/thai/word-breaks.ts),
 * so tests read the page's words as written.
 * @example withoutKeptWords('ตำบล<span class="nowrap">ช่อระกา</span>') // => "ตำบลช่อระกา"
 */
export const withoutKeptWords = (html: string) =>
  html.replace(/<span class="nowrap">([^<]*)<\/span>/g, "$1");

/** A file of a built site, read as its words are written. */
export const readBuilt = async (out: string, path: string) =>
  withoutKeptWords(await readFile(join(out, path), "utf8"));
