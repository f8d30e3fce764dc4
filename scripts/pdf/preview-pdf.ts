import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Site } from "../content/load.ts";
import { findBrowser } from "./browser.ts";
import { printedDocuments } from "./documents.ts";
import { PdfPrinter } from "./printer.ts";

/**
 * The preview's PDF links: each request prints the year's print page as it is now, so the PDF
 * always matches the page being edited. One browser, started on the first request, serves all.
 */
export function previewPdf(options: { siteDir: string; site: () => Site | undefined }) {
  let printer: Promise<PdfPrinter> | undefined;
  // One print at a time: a second click waits for the first instead of racing it.
  let queue: Promise<unknown> = Promise.resolve();

  async function print(year: number, fileName: string): Promise<Response> {
    const site = options.site();
    const document = site
      ? printedDocuments(site).find((candidate) => candidate.path === `${year}/${fileName}`)
      : undefined;
    if (!document) return new Response("ไม่พบเอกสารนี้", { status: 404 });
    printer ??= Promise.resolve().then(() => PdfPrinter.launch(findBrowser()));
    const dir = await mkdtemp(join(tmpdir(), "ita-preview-pdf-"));
    try {
      const outFile = join(dir, fileName);
      await (await printer).print({
        siteDir: options.siteDir,
        pagePath: document.pagePath,
        outFile,
        metadata: document.metadata,
      });
      return new Response(await readFile(outFile), {
        headers: { "content-type": "application/pdf", "cache-control": "no-store" },
      });
    } catch (error) {
      // A browser that did not start, or has gone, is started again on the next click; one that
      // only failed this page keeps printing the others.
      const failed = printer;
      const usable = await failed?.then((launched) => launched.connected).catch(() => false);
      if (!usable) {
        printer = undefined;
        await failed?.then((launched) => launched.close()).catch(() => undefined);
      }
      const message = error instanceof Error ? error.message : String(error);
      return new Response(`สร้าง PDF ตัวอย่างไม่สำเร็จ\n\n${message}`, {
        status: 500,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    /** For Eleventy Dev Server's `onRequest`: `/2568/ita-2568-agency.pdf`. */
    handler: ({ patternGroups }: { patternGroups: Record<string, string | undefined> }) => {
      const result = queue.then(() =>
        print(Number(patternGroups.year), `${patternGroups.file ?? ""}.pdf`),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await (await printer?.catch(() => undefined))?.close();
    },
  };
}
