import { PublishError } from "../build/publish.ts";
import { ContentError, formatProblem } from "../content/errors.ts";
import { BrowserNotFoundError } from "../pdf/browser.ts";

/**
 * Tells a clerk why the build stopped, in Thai and without a stack trace (unless --debug),
 * and that the published folder was not touched.
 */
export function reportFailure(error: unknown, options: { debug: boolean; outDir: string }): void {
  const untouched = `ยังไม่ได้เปลี่ยนแปลงโฟลเดอร์ ${options.outDir}/ (เว็บไซต์เดิมยังอยู่ครบ)`;
  if (error instanceof ContentError) {
    console.error(`✗ พบปัญหาในเนื้อหา ${error.problems.length} รายการ แก้ตามนี้แล้วสั่งอีกครั้ง:\n`);
    for (const problem of error.problems) console.error(`${formatProblem(problem)}\n`);
  } else if (error instanceof BrowserNotFoundError || error instanceof PublishError) {
    console.error(`✗ ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ สร้างรายงานไม่สำเร็จ: ${message}\n`);
    if (!options.debug) console.error("  (สั่งอีกครั้งพร้อม -- --debug เพื่อดูรายละเอียดสำหรับผู้พัฒนา)\n");
  }
  if (options.debug && error instanceof Error) console.error(error.stack);
  console.error(untouched);
}
