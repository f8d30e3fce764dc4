import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { HTTPRequest } from "puppeteer-core";

/**
 * The page is served from this made-up origin by request interception, straight from the built
 * folder: no server, no file:// quirks, and any other request is refused.
 */
export const SITE_ORIGIN = "http://report.localhost";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
};

/** Answers a request from the site folder; throws for anything else, which is then refused. */
export async function serveFromSite(request: HTTPRequest, siteDir: string): Promise<void> {
  const url = new URL(request.url());
  if (url.protocol === "data:") return request.continue();
  if (url.origin !== SITE_ORIGIN) throw new Error("outside the site");
  const path = normalize(join(siteDir, decodeURIComponent(url.pathname)));
  if (!path.startsWith(normalize(siteDir) + sep)) throw new Error("outside the site");
  const body = await readFile(path);
  return request.respond({
    status: 200,
    contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
    body,
  });
}
