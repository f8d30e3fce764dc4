import puppeteer, { type Browser } from "puppeteer";
import { inject } from "vitest";
import { checkSite, publishable, type Site } from "../../scripts/content/load.ts";
import type { BrowserLocation } from "../../scripts/pdf/browser.ts";
import { PdfPrinter } from "../../scripts/pdf/printer.ts";

/** A fixture the integration tier's globalSetup built once: its content and its dist/ folder. */
export interface SharedBuild {
  contentDir: string;
  out: string;
  strict: boolean;
  /** The printed documents as build() reported them: path inside out, page count. */
  pdfs: { path: string; pages: number }[];
}

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

/**
 * A shared build, read-only: copy it before writing into it. `site` is the validated content it
 * was built from, as build() returned it.
 */
export async function sharedBuild(name: keyof SharedBuilds): Promise<SharedBuild & { site: Site }> {
  const built = provided("builds")[name];
  const site = publishable(await checkSite(built.contentDir), { strict: built.strict });
  return { ...built, site };
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
