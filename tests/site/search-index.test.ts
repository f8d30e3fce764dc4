import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../scripts/content/load.ts";
import {
  htmlText,
  SEARCH_INDEX_GLOBAL,
  SEARCH_INDEX_PATH,
  searchIndexScript,
  searchWords,
  writeSearchIndex,
} from "../../scripts/site/search-index.ts";
import { ARCHIVE, scratch } from "../helpers/content.ts";

// The archive fixture: two years, a unit in both, a caption in one; no browser.
const site = await loadSite(ARCHIVE);

/** The index as the page reads it: the script run on its own, then loaded as search.js does. */
function loaded(script: string) {
  const context: Record<string, unknown> = {};
  context.self = context;
  runInNewContext(script, context);
  const data = context[SEARCH_INDEX_GLOBAL] as {
    fields: string[];
    storeFields: string[];
    index: unknown;
  };
  return MiniSearch.loadJS(data.index as never, {
    fields: data.fields,
    storeFields: data.storeFields,
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
  });
}

describe("the search index", () => {
  it("cuts Thai into words, lower-cases English and drops punctuation", () => {
    expect(searchWords("นโยบายไม่รับของขวัญ (No Gift)")).toBe("นโยบาย ไม่ รับ ของ ขวัญ no gift");
    expect(searchWords("  ")).toBe("");
  });

  it("reads a section's HTML as its text, with markdown-it's four entities", () => {
    expect(htmlText("<ol><li>อบรม &amp; ทดสอบ &quot;ITA&quot; &lt;1&gt;</li></ol>").trim()).toBe(
      'อบรม & ทดสอบ "ITA" <1>',
    );
  });

  it("holds every measure of every year, with its year, number, title and link from /search/", () => {
    const index = loaded(searchIndexScript(site));
    expect(index.documentCount).toBe(4);
    const hits = index.search(searchWords("กองช่าง"), { combineWith: "AND", prefix: true });
    expect(hits.find((hit) => hit.year === 2569)).toMatchObject({
      yearText: "พ.ศ. ๒๕๖๙",
      numberText: "๒",
      number: 2,
      title: 'กิจกรรม "ทดสอบ" ที่สอง & ITA',
      href: "../2569/measures/02-second-measure/index.html",
    });
    // Units and captions are searched too; a word not in the archive finds nothing.
    const found = (query: string) =>
      index.search(searchWords(query), { combineWith: "AND", prefix: true }).map((r) => r.href);
    expect(found("กองช่าง").sort()).toEqual([
      "../2568/measures/02-second-measure/index.html",
      "../2569/measures/02-second-measure/index.html",
    ]);
    expect(found("ภาพการประชุม")).toContain("../2568/measures/01-first-measure/index.html");
    expect(found("ของขวัญ")).toEqual([]);
  });

  it("is written into the site folder as a script, with no partial file left", async () => {
    const dir = await scratch("search-index");
    const ms = await writeSearchIndex(site, dir);
    expect(ms).toBeGreaterThan(0);
    const script = await readFile(join(dir, SEARCH_INDEX_PATH), "utf8");
    expect(script).toBe(searchIndexScript(site));
    await expect(readFile(join(dir, `${SEARCH_INDEX_PATH}.partial`))).rejects.toThrow();
  });
});
