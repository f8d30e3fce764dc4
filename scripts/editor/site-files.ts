import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { COLUMN_LABELS } from "../site/view/columns.ts";
import type { EditorBackend, EditorConfig } from "./config.ts";

/**
 * The editor's files in a site folder, under admin/: the page, its configuration, our script
 * and Decap CMS's own bundle, copied from node_modules (never a CDN).
 */

export const EDITOR_FOLDER = "admin";

const decapDir = dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));
const entry = join(dirname(fileURLToPath(import.meta.url)), "browser", "admin.ts");

/**
 * What the editor page may load: its own files, and for the GitHub backend GitHub's API.
 * Decap CMS needs two relaxations a report page never has: `'unsafe-eval'` (ajv compiles the
 * configuration's JSON schema with `new Function`; decaporg/decap-cms#2343) and inline styles
 * (emotion writes its CSS into `<style>` elements; #2138). `blob:` and `data:` are the photos
 * it shows before and after upload. Nothing else is reachable: no CDN, no analytics, no fonts.
 */
export function editorSecurityPolicy(backend: EditorBackend): string {
  const api = backend.kind === "github" ? " https://api.github.com" : "";
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    `img-src 'self' data: blob:${api}`,
    `connect-src 'self' blob:${api}`,
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The page: our script first (it asks Decap to wait), then Decap's bundle. */
function editorPage(policy: string): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="robots" content="noindex">
<title>ตัวแก้ไขรายงาน ITA</title>
<script src="editor.js"></script>
<script src="decap-cms.js"></script>
</head>
<body></body>
</html>
`;
}

/** Our browser script, bundled from scripts/editor/browser/admin.ts. */
export async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Writes admin/ into `siteDir` for `config`; the script is made once and may be shared. */
export async function writeEditor(
  siteDir: string,
  config: EditorConfig,
  backend: EditorBackend,
  script: Promise<string> = editorScript(),
): Promise<void> {
  const dir = join(siteDir, EDITOR_FOLDER);
  await mkdir(dir, { recursive: true });
  const bundle = (await readdir(decapDir)).filter(
    (name) => name === "decap-cms.js" || /^\d+\.decap-cms\.js$/.test(name),
  );
  await Promise.all([
    writeFile(join(dir, "index.html"), editorPage(editorSecurityPolicy(backend))),
    writeEditorConfig(siteDir, config),
    writeFile(join(dir, "editor.js"), await script),
    ...bundle.map((name) => copyFile(join(decapDir, name), join(dir, name))),
  ]);
}

/** Only the configuration, when the content's years change under `npm run dev`. */
export async function writeEditorConfig(siteDir: string, config: EditorConfig): Promise<void> {
  await mkdir(join(siteDir, EDITOR_FOLDER), { recursive: true });
  const json = JSON.stringify({ ...config, columns: COLUMN_LABELS });
  await writeFile(join(siteDir, EDITOR_FOLDER, "config.json"), json);
}
