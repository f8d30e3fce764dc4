import { parseArgs } from "node:util";
import { build } from "./build/pipeline.ts";
import { reportFailure } from "./cli/report-failure.ts";

/** `npm run build`: the website and the PDF into dist/, or dist/ left as it was. */
const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    out: { type: "string", default: "dist" },
    debug: { type: "boolean", default: false },
  },
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} วินาที`;

try {
  const result = await build({ contentDir: values.content, outDir: values.out });
  const measures = result.site.reports.reduce((sum, report) => sum + report.measures.length, 0);
  console.log(`✓ ตรวจเนื้อหาแล้ว: ${result.site.reports.length} ปีงบประมาณ ${measures} มาตรการ`);
  console.log(`✓ สร้างเว็บไซต์ใน ${seconds(result.htmlMs)}`);
  for (const pdf of result.pdfs) {
    console.log(`✓ สร้าง PDF ${values.out}/${pdf.path} (${pdf.pages} หน้า) ใน ${seconds(pdf.ms)}`);
  }
  console.log(`เสร็จแล้วใน ${seconds(result.totalMs)}: เปิดดูได้ที่ ${values.out}/index.html`);
} catch (error) {
  reportFailure(error, { debug: values.debug, outDir: values.out });
  process.exitCode = 1;
}
