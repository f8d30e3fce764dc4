import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Site } from "../content/load.ts";
import type { EvidenceByMeasure } from "../site/view/measures.ts";
import { reportCsv } from "./csv.ts";
import { reportExport, reportJsonSchema } from "./export.ts";
import { dataFileNames, datasetMetadata } from "./metadata.ts";

/** JSON as published: two-space indent, Thai as is (not \u escapes), a final newline. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes every year's open data beside its PDF in the build's staging folder: the CSV, the JSON,
 * its JSON Schema and the portal metadata (scripts/data/metadata.ts). The staging folder is
 * published whole or not at all, so the files need no atomic writes of their own.
 */
export async function writeDataFiles(
  site: Site,
  siteDir: string,
  evidence: EvidenceByMeasure,
): Promise<void> {
  const schema = jsonText(reportJsonSchema());
  await Promise.all(
    site.reports.map(async (report) => {
      const dir = join(siteDir, String(report.fiscalYear));
      const files = dataFileNames(report);
      const data = reportExport(site, report, evidence);
      await mkdir(dir, { recursive: true });
      await Promise.all([
        writeFile(join(dir, files.csv), reportCsv(data)),
        writeFile(join(dir, files.json), jsonText(data)),
        writeFile(join(dir, files.schema), schema),
        writeFile(join(dir, files.metadata), jsonText(datasetMetadata(site, report))),
      ]);
    }),
  );
}
