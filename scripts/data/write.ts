import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Report, Site } from "../content/load.ts";
import type { EvidenceByMeasure } from "../site/view/measures.ts";
import { reportCsv } from "./csv.ts";
import { reportExport, reportJsonSchema } from "./export.ts";
import { dataFileNames, datasetMetadata } from "./metadata.ts";

/** JSON as published: two-space indent, Thai as is (not \u escapes), a final newline. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A year's open-data files, by name: the CSV, the JSON, its JSON Schema and the portal metadata
 * (scripts/data/metadata.ts).
 * @example Object.keys(dataFiles(site, report, {})) // => ["ita-2568-x.csv", "ita-2568-x.json", …]
 */
export function dataFiles(
  site: Site,
  report: Report,
  evidence: EvidenceByMeasure,
): Record<string, string> {
  const files = dataFileNames(report);
  const data = reportExport(site, report, evidence);
  return {
    [files.csv]: reportCsv(data),
    [files.json]: jsonText(data),
    [files.schema]: jsonText(reportJsonSchema()),
    [files.metadata]: jsonText(datasetMetadata(site, report)),
  };
}

/**
 * Writes every year's open data beside its PDF in the build's staging folder. The staging
 * folder is published whole or not at all, so the files need no atomic writes of their own.
 */
export async function writeDataFiles(
  site: Site,
  siteDir: string,
  evidence: EvidenceByMeasure,
): Promise<void> {
  await Promise.all(
    site.reports.map(async (report) => {
      const dir = join(siteDir, String(report.fiscalYear));
      await mkdir(dir, { recursive: true });
      await Promise.all(
        Object.entries(dataFiles(site, report, evidence)).map(([name, text]) =>
          writeFile(join(dir, name), text),
        ),
      );
    }),
  );
}

/**
 * The preview's data links (`npm run dev`): each file made on request from the content as it is
 * now. The preview resizes no photo, so its JSON lists no evidence; the build's does.
 */
export function previewData(site: () => Site | undefined) {
  return ({ patternGroups }: { patternGroups: Record<string, string | undefined> }) => {
    const year = Number(patternGroups.year);
    const name = `${patternGroups.file ?? ""}.${patternGroups.extension ?? ""}`;
    const loaded = site();
    const report = loaded?.reports.find((each) => each.fiscalYear === year);
    const text = loaded && report ? dataFiles(loaded, report, {})[name] : undefined;
    if (text === undefined) return new Response("ไม่พบไฟล์นี้", { status: 404 });
    const type = name.endsWith(".csv") ? "text/csv" : "application/json";
    return new Response(text, {
      headers: { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" },
    });
  };
}
