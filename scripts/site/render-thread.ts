import type { Worker } from "node:worker_threads";
import type { Site } from "../content/load.ts";
import { bundledWorker, type ErrorMessage, errorFromMessage } from "../worker-thread.ts";
import type { EvidenceView } from "./evidence.ts";

/** What the HTML stage needs: the checked content and where to write. */
export interface RenderJob {
  site: Site;
  contentDir: string;
  siteDir: string;
  cacheDir?: string;
  /** Where the compiled templates are kept between builds. */
  templatesFile?: string;
}

type FromRenderThread =
  | { type: "rendered"; evidence: Record<string, EvidenceView[]> }
  | { type: "failed"; error: ErrorMessage };

/**
 * The HTML stage (photos, then Eleventy) in the main thread or, where the commands run from their
 * bundle, in a worker thread started with the build: Eleventy loads there (a tenth of a second)
 * while this thread checks the content, on the second processor core.
 */
export class HtmlStage {
  private readonly worker: Worker | undefined = takePrestarted() ?? bundledWorker("render-worker");
  private stopped = false;

  /** Writes the site into `job.siteDir`; resolves with the evidence as the pages show it. */
  render(job: RenderJob): Promise<Record<string, EvidenceView[]>> {
    const worker = this.worker;
    if (!worker) return renderHtml(job);
    // Waited for now: the command lives until it answers.
    worker.ref();
    return new Promise<Record<string, EvidenceView[]>>((resolve, reject) => {
      const settle = (message: FromRenderThread) => {
        if (message.type === "rendered") resolve(message.evidence);
        else reject(errorFromMessage(message.error));
      };
      worker.on("message", settle);
      worker.once("error", reject);
      worker.once("exit", () => reject(new Error("สร้างเว็บไซต์ไม่เสร็จ: การทำงานถูกหยุด")));
      worker.postMessage(job);
    }).finally(() => {
      // Its work is done: ended without waiting for it.
      void this.stop();
    });
  }

  /** Ends the worker thread, whatever it is doing (a failed build, Ctrl+C). */
  async stop(): Promise<void> {
    if (this.stopped || !this.worker) return;
    this.stopped = true;
    // Kept alive until it has ended: a command stopped by Ctrl+C still has to remove its files.
    this.worker.ref();
    await this.worker.terminate();
  }
}

let prestarted: Worker | undefined;

/**
 * Starts the HTML stage's thread before the build's own modules load (`npm run build`), so that
 * Eleventy loads meanwhile; the build's HtmlStage takes it.
 */
export function prestartHtmlStage(): void {
  prestarted ??= bundledWorker("render-worker");
}

function takePrestarted(): Worker | undefined {
  const worker = prestarted;
  prestarted = undefined;
  return worker;
}

/** The HTML stage itself, in whichever thread calls it: the photos, then Eleventy. */
export async function renderHtml(job: RenderJob): Promise<Record<string, EvidenceView[]>> {
  const { prepareImages } = await import("./evidence.ts");
  const evidence = prepareImages(job.site, job.siteDir, job.cacheDir);
  evidence.catch(() => undefined);
  const { renderSite } = await import("./render-site.ts");
  try {
    await renderSite(job.site, job.contentDir, job.siteDir, evidence, job.templatesFile);
  } catch (error) {
    // Nothing may still be writing into the folder the build is about to remove.
    await evidence.catch(() => undefined);
    throw error;
  }
  return evidence;
}
