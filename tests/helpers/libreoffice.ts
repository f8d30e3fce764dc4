import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MEASURES, type ReportOptions, reportDocx } from "./report-docx.ts";

/**
 * The report saved by LibreOffice Writer (tests/fixtures/import/libreoffice.docx): the header
 * row marked to repeat on every page, typed again as an ordinary row, a row cut in two as a PDF
 * converted to Word has it, and a row long enough to run over a page.
 */
export const LIBREOFFICE_REPORT: ReportOptions = {
  measures: MEASURES,
  headerAgainBefore: 3,
  splitMeasure: {
    index: 1,
    continuation: {
      title: "",
      steps: ["๓. ติดตามผล"],
      period: "",
      units: [],
      output: ["ครบทุกส่วน"],
      outcome: [],
    },
  },
  longRow: 0,
  signer: { name: "นายทดสอบ ระบบดี", position: "นายกองค์การบริหารส่วนตำบลช่อระกา" },
};

export const LIBREOFFICE_FIXTURE = join(
  import.meta.dirname,
  "..",
  "fixtures",
  "import",
  "libreoffice.docx",
);

/** Why LibreOffice cannot run here, with how to install it; undefined when it can. */
export const skipLibreOffice =
  spawnSync("soffice", ["--version"], { stdio: "ignore" }).error === undefined
    ? undefined
    : "no LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer-nogui";

/** The same report printed to PDF by LibreOffice, for reading a PDF's words. */
export const LIBREOFFICE_PDF = LIBREOFFICE_FIXTURE.replace(/\.docx$/, ".pdf");

/** Saves `options`' report through LibreOffice now; returns the file it wrote. */
export async function saveWithLibreOffice(
  options: ReportOptions,
  format: "docx" | "pdf" = "docx",
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ita-libreoffice-"));
  await mkdir(join(dir, "source"));
  const source = join(dir, "source", "report.docx");
  await writeFile(source, await reportDocx(options));
  await promisify(execFile)("soffice", [
    `-env:UserInstallation=file://${join(dir, "profile")}`,
    "--headless",
    "--convert-to",
    format === "docx" ? "docx:MS Word 2007 XML" : "pdf",
    "--outdir",
    dir,
    source,
  ]);
  return join(dir, `report.${format}`);
}
