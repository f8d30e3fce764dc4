import { parentPort } from "node:worker_threads";
import { errorMessage, useCompileCache } from "../worker-thread.ts";
import { type RenderJob, renderHtml } from "./render-thread.ts";

/**
 * The HTML stage in a thread of its own (scripts/site/render-thread.ts starts it): Eleventy
 * loads here at once, while the main thread checks the content; then the photos are prepared
 * and the site written for the content the main thread sends.
 */
const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread");
useCompileCache();
// Loaded at once, before the job arrives.
const modules = Promise.all([import("./render-site.ts"), import("./evidence.ts")]);
modules.catch(() => undefined);

// An error thrown where nothing waits for it (Eleventy copying onto a full disk) fails the stage.
const fail = (error: unknown) => port.postMessage({ type: "failed", error: errorMessage(error) });
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

port.once("message", async (job: RenderJob) => {
  try {
    await modules;
    port.postMessage({ type: "rendered", evidence: await renderHtml(job) });
  } catch (error) {
    fail(error);
  }
});
