import { watch } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { consoleOutput, printProblems } from "./cli/problem-output.ts";
import { checkSite, type Site } from "./content/load.ts";
import { LAYOUTS_DIR, reportSite } from "./site/eleventy-plugin.ts";
import { previewPdf } from "./site/preview-pdf.ts";

/**
 * `npm run dev`: a local preview that rebuilds the website whenever content or layouts change.
 * The PDF is not printed on every save: opening a PDF link prints it fresh from the page as it
 * is now (scripts/site/preview-pdf.ts).
 */
const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    port: { type: "string", default: "8080" },
  },
});

/**
 * Content problems are shown in Thai in the terminal, and the preview keeps showing the last
 * content that was valid, so a half-typed edit never breaks it.
 */
let lastGood: Site | undefined;
async function load(): Promise<Site> {
  const check = await checkSite(values.content);
  // Only what needs fixing: the accepted warnings would repeat on every save.
  printProblems({ problems: check.problems, accepted: [] }, consoleOutput);
  if (check.site) {
    lastGood = check.site;
  } else {
    if (!lastGood) process.exit(1);
    console.error("หน้าตัวอย่างยังแสดงเนื้อหาล่าสุดที่ถูกต้อง แก้ตามข้อความด้านบนแล้วบันทึกไฟล์อีกครั้ง\n");
  }
  return lastGood;
}

await load();
const PREVIEW_DIR = ".cache/preview";
const pdf = previewPdf({ siteDir: PREVIEW_DIR, site: () => lastGood });
const eleventy = new Eleventy(LAYOUTS_DIR, PREVIEW_DIR, {
  runMode: "serve",
  quietMode: true,
  configPath: false,
  config: (config) => {
    reportSite(config, { load, contentDir: values.content, outDir: PREVIEW_DIR });
    config.setServerOptions({
      port: Number(values.port),
      onRequest: { "/:year(\\d{4})/:file.pdf": pdf.handler },
    });
  },
});
await eleventy.init();
const rebuild = await eleventy.watch();
// Eleventy's own watcher misses a content folder outside the project (`--content ../other`);
// Node's recursive watch covers it. A burst of saves becomes one rebuild (Eleventy throttles).
const contentDir = resolve(values.content);
const fromProject = relative(process.cwd(), contentDir);
if (fromProject.startsWith("..") || isAbsolute(fromProject)) {
  watch(contentDir, { recursive: true }, (_event, name) => {
    // Eleventy reports a failed rebuild itself; the preview keeps the last good pages.
    if (name) rebuild(join(contentDir, name)).catch(() => undefined);
  });
}
await eleventy.serve(Number(values.port));
console.log(`ดูตัวอย่างได้ที่ http://localhost:${values.port}/ (กด Ctrl+C เพื่อหยุด)`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    pdf.close().finally(() => process.exit(0));
  });
}
