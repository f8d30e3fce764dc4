import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import MiniSearch from "minisearch";
import type { Measure, Report, Site } from "../content/load.ts";
import { formatBuddhistYear } from "../thai/dates.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { segmentWords } from "../thai/segment.ts";
import { relativeUrl } from "./filters.ts";
import { paths } from "./urls.ts";
import { measureHref } from "./view/links.ts";

/**
 * The search page's index: every measure of every year, its words segmented here at build time
 * (Thai has no spaces between words), indexed with MiniSearch and written as a classic script
 * beside the search page. A script, not JSON: the page reads it under `script-src 'self'` alone,
 * with no fetch (`connect-src`), no WebAssembly and no worker, and also straight from disk, where
 * a browser refuses to fetch files. layouts/assets/search.js segments the query the same way.
 * https://lucaong.github.io/minisearch/
 */

/** The index file, from the site's root; the search page loads it before its own script. */
export const SEARCH_INDEX_PATH = `${paths.search()}search-index.js`;

/** The global the index script sets, read by layouts/assets/search.js. */
export const SEARCH_INDEX_GLOBAL = "itaSearchIndex";

/** What is searched: the title counts most, then the units, then the sections and captions. */
export const SEARCH_FIELDS = ["title", "units", "text"] as const;

/** What each result shows: its year (and whether it is a draft), number, title and link. */
export const STORED_FIELDS = [
  "yearText",
  "numberText",
  "title",
  "href",
  "year",
  "number",
  "draft",
] as const;

/** One measure as the index holds it; the searched fields are words joined by spaces. */
export interface SearchDocument {
  id: number;
  year: number;
  number: number;
  yearText: string;
  numberText: string;
  title: string;
  href: string;
  /** The year's report is still a draft: its pages say so, and so does the result. */
  draft: boolean;
  units: string;
  text: string;
}

/**
 * The words of a text, lower-cased and joined by spaces, as the index and the query both cut
 * them: ICU's dictionary (Intl.Segmenter, as a browser has it), without the extra words of the
 * content checks, which a browser would not know.
 * @example searchWords("นโยบายไม่รับของขวัญ (No Gift)") // => "นโยบาย ไม่ รับ ของ ขวัญ no gift"
 */
export function searchWords(text: string): string {
  return segmentWords(text.normalize("NFC"))
    .map(({ word }) => word.trim().toLowerCase())
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .join(" ");
}

/** markdown-it escapes only these four (its html option is off: scripts/markdown/markdown.ts). */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/**
 * The text of a section's HTML, as a reader sees it.
 * @example htmlText("<ol><li>อบรม &amp; ทดสอบ</li></ol>") // => " อบรม & ทดสอบ "
 */
export const htmlText = (html: string) =>
  html.replace(/<[^>]*>/g, " ").replace(/&(amp|lt|gt|quot);/g, (entity) => ENTITIES[entity] ?? "");

/**
 * One measure as the index holds it, linked from the search page.
 * @example searchDocument(report, measure, 0).href // => "../2568/measures/01-ethics-training/index.html"
 */
export function searchDocument(report: Report, measure: Measure, id: number): SearchDocument {
  return {
    id,
    year: report.fiscalYear,
    number: measure.number,
    yearText: formatBuddhistYear(report.fiscalYear),
    numberText: formatThaiNumber(measure.number),
    title: measure.title,
    draft: report.draft,
    href: relativeUrl(measureHref(report.fiscalYear, measure.slug), paths.search()),
    units: searchWords(measure.responsibleUnits.join(" ")),
    // The three sections, then the evidence's captions: all a reader sees on the measure's page.
    text: searchWords(
      [
        ...[measure.steps, measure.output, measure.outcome].map(htmlText),
        ...measure.evidence.map((item) => item.caption),
      ].join(" "),
    ),
  };
}

/**
 * The index of every measure of the site, newest year first.
 * @example searchIndex(site).search("ของ ขวัญ", { combineWith: "AND" }).length // => 2 (content/)
 */
export function searchIndex(site: Site): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORED_FIELDS],
    // The text is already cut into words: the title alone is cut here.
    tokenize: (text, field) => (field === "title" ? searchWords(text) : text).split(" "),
    processTerm: (term) => term || null,
  });
  let id = 0;
  for (const report of site.reports) {
    index.addAll(report.measures.map((measure) => searchDocument(report, measure, id++)));
  }
  return index;
}

/**
 * The index as the script the search page loads.
 * @example searchIndexScript(site).startsWith("self.itaSearchIndex=") // => true
 */
export function searchIndexScript(site: Site): string {
  const data = { fields: SEARCH_FIELDS, storeFields: STORED_FIELDS, index: searchIndex(site) };
  // JSON is a JavaScript expression; U+2028/2029 are escaped by JSON.stringify since ES2019.
  return `self.${SEARCH_INDEX_GLOBAL}=${JSON.stringify(data)};\n`;
}

/**
 * The search stage of the build: writes the index into the site folder (atomically: a file
 * beside it, then renamed). Returns how long it took, in milliseconds, for `npm run bench`.
 * @example await writeSearchIndex(site, staging) // => 12.3, and staging/search/search-index.js
 */
export async function writeSearchIndex(site: Site, siteDir: string): Promise<number> {
  const started = performance.now();
  const file = join(siteDir, SEARCH_INDEX_PATH);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.partial`, searchIndexScript(site));
  await rename(`${file}.partial`, file);
  return performance.now() - started;
}
