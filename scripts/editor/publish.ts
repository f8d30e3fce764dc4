import type { Site } from "../content/load.ts";
import { type EditorBackend, editorConfig } from "./config.ts";
import { writeEditor } from "./site-files.ts";

/**
 * The editor published with the site, at admin/, only when agency.yaml names a repository and
 * a sign-in helper (`editor:`): an editor that cannot sign in is never published.
 * Resolves with whether it was written.
 * @example await publishEditor(site, "dist") // => true when agency.yaml has editor:
 */
export async function publishEditor(site: Site, siteDir: string): Promise<boolean> {
  const settings = site.agency.editor;
  if (!settings) return false;
  const backend: EditorBackend = { kind: "github", settings };
  const years = site.reports.map((report) => report.fiscalYear);
  await writeEditor(siteDir, editorConfig(years, backend), backend);
  return true;
}
