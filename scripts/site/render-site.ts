import type { Site } from "../content/load.ts";
import { LAYOUTS_DIR, reportSite } from "./eleventy-plugin.ts";
import type { EvidenceView } from "./evidence.ts";
import { loadCompiledTemplates, saveCompiledTemplates } from "./template-cache.ts";

// Eleventy registers a module loader hook that re-imports changed JavaScript templates, data and
// config files (https://github.com/11ty/eleventy/issues/3270). The report site has none, and on
// Node before 22.15 the hook runs in a worker thread that every later import passes through
// (photos, PDF post-processing): about 40 ms of each build (`npm run bench`). Eleventy reads the
// switch as it loads, hence the import here rather than at the top.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
const { Eleventy } = await import("@11ty/eleventy");

/**
 * The HTML stage: Eleventy writes the website for already validated content into `outDir`.
 * No config file: the plugin is the whole configuration, so tests and the CLI build alike.
 */
export async function renderSite(
  site: Site,
  contentDir: string,
  outDir: string,
  evidence?: Promise<Record<string, EvidenceView[]>>,
  /** Where the compiled templates are kept between builds (scripts/site/template-cache.ts). */
  templates?: string,
): Promise<void> {
  if (templates) await loadCompiledTemplates(templates);
  const eleventy = new Eleventy(LAYOUTS_DIR, outDir, {
    quietMode: true,
    configPath: false,
    config: (config) =>
      reportSite(config, { load: async () => site, contentDir, outDir, evidence }),
  });
  // The build prints its own summary in Thai; Eleventy's forced "Wrote N files" line would mix in.
  eleventy.disableLogger();
  await eleventy.write();
  if (templates) await saveCompiledTemplates(templates);
}
