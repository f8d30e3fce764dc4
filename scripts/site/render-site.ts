import { Eleventy } from "@11ty/eleventy";
import type { Site } from "../content/load.ts";
import { LAYOUTS_DIR, reportSite } from "./eleventy-plugin.ts";
import type { EvidenceView } from "./evidence.ts";

/**
 * The HTML stage: Eleventy writes the website for already validated content into `outDir`.
 * No config file: the plugin is the whole configuration, so tests and the CLI build alike.
 */
export async function renderSite(
  site: Site,
  contentDir: string,
  outDir: string,
  evidence?: Promise<Record<string, EvidenceView[]>>,
): Promise<void> {
  const eleventy = new Eleventy(LAYOUTS_DIR, outDir, {
    quietMode: true,
    configPath: false,
    config: (config) =>
      reportSite(config, { load: async () => site, contentDir, outDir, evidence }),
  });
  // The build prints its own summary in Thai; Eleventy's forced "Wrote N files" line would mix in.
  eleventy.disableLogger();
  await eleventy.write();
}
