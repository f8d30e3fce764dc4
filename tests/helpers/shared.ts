import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import puppeteer, { type Browser } from "puppeteer";
import { inject } from "vitest";
import { checkSite, publishable, type Site } from "../../scripts/content/load.ts";
import type { BrowserLocation } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";

/** A fixture the integration tier's globalSetup builds once: its content and its dist/ folder. */
export interface SharedBuild {
  contentDir: string;
  out: string;
  strict: boolean;
  /** The file the build's outcome is written to when it is done. */
  result: string;
}

/** The printed documents as build() reported them (path inside out, page count), or its error. */
export type SharedBuildResult = { pdfs: { path: string; pages: number }[] } | { error: string };

/** The shared builds: the archive, the real FY2568 content, that content as an อบต., the basic fixture. */
export type SharedBuilds = Record<"archive" | "real" | "tambon" | "fixture", SharedBuild>;

declare module "vitest" {
  export interface ProvidedContext {
    browser: { endpoint: string; location: BrowserLocation };
    builds: SharedBuilds;
  }
}

function provided<Key extends "browser" | "builds">(key: Key) {
  const value = inject(key);
  if (!value) {
    throw new Error(
      `no shared ${key}: run this file in the integration project (vitest.config.ts)`,
    );
  }
  return value;
}

/** Waits for a shared build's outcome; a build that failed fails the caller with its error. */
async function outcome(file: string): Promise<{ path: string; pages: number }[]> {
  for (;;) {
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined) {
      const result = JSON.parse(text) as SharedBuildResult;
      if ("error" in result) throw new Error(`the shared build failed: ${result.error}`);
      return result.pdfs;
    }
    await sleep(100);
  }
}

/**
 * A shared build, once it is done; read-only: copy it before writing into it. `site` is the
 * validated content it was built from, and `pdfs` the documents, as build() returned them.
 */
export async function sharedBuild(
  name: keyof SharedBuilds,
): Promise<SharedBuild & { site: Site; pdfs: { path: string; pages: number }[] }> {
  const built = provided("builds")[name];
  const pdfs = await outcome(built.result);
  const site = publishable(await checkSite(built.contentDir), { strict: built.strict });
  return { ...built, site, pdfs };
}

/** A connection to the shared browser; `disconnect()` it when done, never `close()`. */
export function sharedBrowser(): Promise<Browser> {
  return puppeteer.connect({ browserWSEndpoint: provided("browser").endpoint });
}

/** A printer on the shared browser; its close() only disconnects. */
export function sharedPrinter(): Promise<PdfPrinter> {
  const { endpoint, location } = provided("browser");
  return PdfPrinter.connect(endpoint, location);
}
