import { join } from "node:path";
import { parseArgs } from "node:util";
import type { PdfPrinter } from "../pdf/printer.ts";
import { abort, isStopping } from "../pipeline/interrupt.ts";
import { type BuildResult, build } from "../pipeline/pipeline.ts";
import { formatThaiNumber, toThaiDigits } from "../thai/numbers.ts";
import { consoleOutput, type Output, printProblems } from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";

/** Where a build without a cache (`--cache ""`) keeps the compiled templates. */
const TEMPLATES_WITHOUT_CACHE = join(".cache", "templates.json");

const seconds = (ms: number) => `${toThaiDigits((ms / 1000).toFixed(2))} วินาที`;

/**
 * `npm run build`: the same checks as `npm run check`, then the website and the PDF into dist/,
 * or dist/ left exactly as it was. Warnings are printed and do not stop it unless `--strict`.
 */
export async function runBuild(
  args: string[],
  output: Output = consoleOutput,
  printer?: PdfPrinter,
): Promise<number> {
  let debug = args.includes("--debug");
  let outDir = "dist";
  // An error thrown where nothing waits for it (Eleventy copying files onto a full disk) is
  // told like any other, and the half-built folder removed, instead of Node's stack trace.
  // One failure, told once: a stray error and the build's own rejection may both arrive.
  let told = false;
  // A build stopped by Ctrl+C fails too, as its work is taken away: the stop is what is told.
  const tell = (error: unknown) => {
    if (!told && !isStopping()) {
      reportFailure(error, { debug, outDir, failed: "สร้างรายงานไม่สำเร็จ" }, output);
    }
    told = true;
  };
  const stray = (error: unknown) => {
    tell(error);
    void abort(1);
  };
  process.on("uncaughtException", stray);
  process.on("unhandledRejection", stray);
  try {
    const { values } = parseArgs({
      args,
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "dist" },
        strict: { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
        // PDFs whose page did not change are reused from here; `--cache ""` prints every one.
        cache: { type: "string", default: ".cache/artifacts" },
      },
    });
    debug = values.debug;
    outDir = values.out;
    const result = await build({
      contentDir: values.content,
      outDir,
      strict: values.strict,
      printer,
      cacheDir: values.cache || undefined,
      // `--cache ""` makes every PDF and photo anew; the templates' compiled code, which changes
      // no output, is kept like the commands' bundle (.cache/cli).
      templatesFile: values.cache ? undefined : TEMPLATES_WITHOUT_CACHE,
    });
    printSummary(result, outDir, output);
    return 0;
  } catch (error) {
    tell(error);
    // The interrupt handler ends the process once the work is undone; until then this one waits,
    // with its handlers for stray errors (a browser pipe closing) still in place.
    if (isStopping()) await new Promise(() => undefined);
    return 1;
  } finally {
    process.off("uncaughtException", stray);
    process.off("unhandledRejection", stray);
  }
}

/** What the build did, a line a stage, and where to look at the site. */
function printSummary(result: BuildResult, outDir: string, output: Output): void {
  printProblems(result.check, output);
  const measures = result.site.reports.reduce((sum, report) => sum + report.measures.length, 0);
  const years = formatThaiNumber(result.site.reports.length);
  output.out(`✓ ตรวจเนื้อหาแล้ว: ${years} ปีงบประมาณ ${formatThaiNumber(measures)} มาตรการ`);
  output.out(`✓ สร้างเว็บไซต์ใน ${seconds(result.htmlMs)}`);
  output.out("✓ สร้างข้อมูลเปิด (CSV และ JSON) ของทุกปีไว้ข้างไฟล์ PDF");
  const editor = result.site.agency.editor;
  if (editor) {
    output.out(
      `✓ ตัวแก้ไขบนเว็บ ${outDir}/admin/ บันทึกที่ GitHub ${editor.repository} (${editor.branch})`,
    );
  }
  for (const pdf of result.pdfs) {
    const pages = `${formatThaiNumber(pdf.pages)} หน้า`;
    output.out(
      pdf.reused
        ? `✓ ใช้ PDF เดิม ${outDir}/${pdf.path} (${pages}) เพราะเนื้อหาไม่เปลี่ยน`
        : `✓ สร้าง PDF ${outDir}/${pdf.path} (${pages}) ใน ${seconds(pdf.ms)}`,
    );
  }
  output.out(`เสร็จแล้วใน ${seconds(result.totalMs)}: เปิดดูได้ที่ ${outDir}/index.html`);
}
