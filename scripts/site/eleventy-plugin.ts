import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { Site } from "../content/load.ts";
import { knownWords } from "../thai/known-words.ts";
import { keepWordsTogether } from "../thai/word-breaks.ts";
import { type EvidenceView, prepareImages } from "./evidence.ts";
import { filters, relativeUrl } from "./filters.ts";
import { FONT_WEIGHTS, FONTS_DIR } from "./fonts.ts";
import { HEADINGS } from "./headings.ts";
import { keepWordsInHtml } from "./keep-words.ts";
import { LOGO_URL } from "./logo.ts";
import { cacheCompiledTemplates, type NunjucksLibrary } from "./template-cache.ts";
import { COLUMN_LABELS } from "./view/columns.ts";
import { siteViews } from "./view/site-views.ts";

/** Where the project's templates live; Eleventy reads page templates from here. */
export const LAYOUTS_DIR = "layouts";

export interface SiteOptions {
  /** The loaded content; called on every build, so the dev server picks up edits. */
  load: () => Promise<Site>;
  contentDir: string;
  /** Where the site is written; the evidence photos are resized into it. */
  outDir: string;
  /** The evidence already being prepared (the build starts it early); made here otherwise. */
  evidence?: Promise<Record<string, EvidenceView[]>>;
}

/** MiniSearch's browser build (UMD: a classic script that sets the global `MiniSearch`). */
const minisearchFile = join(
  dirname(createRequire(import.meta.url).resolve("minisearch")),
  "../umd/index.js",
);

/** What the site says of its agency and units, for the words that must not break. */
export const siteWords = (site: Site) => ({
  agency: site.agency,
  responsibleUnits: site.reports.flatMap((report) =>
    report.measures.flatMap((measure) => measure.responsibleUnits),
  ),
});

/** Paths for passthrough copy are relative to the working folder. */
const fromCwd = (path: string) => relative(process.cwd(), path).split("\\").join("/");

/**
 * Wires the report site into Eleventy: templates in `layouts/`, one view of each page made from
 * the loaded content (global `views`, scripts/site/view/), a few formatting filters and the
 * self-hosted Sarabun font.
 * https://www.11ty.dev/docs/plugins/
 */
export function reportSite(config: UserConfig, options: SiteOptions): void {
  config.setInputDirectory(LAYOUTS_DIR);
  config.setIncludesDirectory("_includes");
  config.setTemplateFormats(["njk"]);
  // The library Eleventy compiles with, handed over as it is set up.
  config.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: NunjucksLibrary }) =>
    cacheCompiledTemplates(nunjucks),
  );

  // The words no line may break inside come from the content, so they are set with it.
  let keep = keepWordsTogether([]);
  config.addGlobalData("views", async () => {
    const site = await options.load();
    keep = keepWordsTogether(knownWords(siteWords(site)));
    const evidence = await (options.evidence ?? prepareImages(site, options.outDir));
    return siteViews(site, evidence, site.logoFile ? LOGO_URL : undefined);
  });
  for (const [name, filter] of Object.entries(filters)) {
    config.addFilter(name, filter as (...args: never[]) => unknown);
  }
  config.addFilter("rel", function (this: { page: { url: string } }, target: string) {
    return relativeUrl(target, this.page.url);
  });
  config.addGlobalData("headings", HEADINGS);
  config.addGlobalData("columns", COLUMN_LABELS);
  // Every page at once, so the clerk's Markdown and the templates' own text (the agency's name,
  // the units, the plan's generated introduction) get the same care, in the PDF and on the web.
  // https://www.11ty.dev/docs/transforms/
  config.addTransform("keep-words", function (this: { page: { outputPath: unknown } }, html) {
    const path = this.page.outputPath;
    return typeof path === "string" && path.endsWith(".html") ? keepWordsInHtml(html, keep) : html;
  });
  config.addPassthroughCopy({ [`${LAYOUTS_DIR}/assets`]: "assets" });
  // The search page's library (scripts/site/search-index.ts), as its package ships it for browsers.
  config.addPassthroughCopy({ [fromCwd(minisearchFile)]: "assets/minisearch.js" });
  // @fontsource's own CSS, with its relative url(./files/…), copied beside the files it names;
  // the browser fetches only the subsets (Thai, Latin) that a page uses.
  config.addPassthroughCopy({
    [fromCwd(join(FONTS_DIR, `{${FONT_WEIGHTS}}.css`))]: "assets/sarabun",
    [fromCwd(join(FONTS_DIR, `files/sarabun-*-{${FONT_WEIGHTS}}-normal.woff*`))]:
      "assets/sarabun/files",
  });
  // Nothing is copied from the content folder as it is: the logo and the evidence are made
  // anew (prepareImages), and only what the content names.
  config.addWatchTarget(options.contentDir);
}
