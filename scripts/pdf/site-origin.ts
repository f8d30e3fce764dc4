import { access, readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { HTTPRequest } from "puppeteer-core";
import { PRELOADED_FONTS } from "../site/fonts.ts";

/**
 * The page is served from this made-up origin by request interception, straight from the built
 * folder: no server, no file:// quirks, and any other request is refused.
 */
export const SITE_ORIGIN = "http://report.localhost";

/**
 * The `Link` header a page is served with: a preload of each font of scripts/site/fonts.ts that
 * the site has (a missing one would be refused like any missing file).
 */
async function fontPreloads(siteDir: string): Promise<Record<string, string>> {
  const present = await Promise.all(
    PRELOADED_FONTS.map((font) =>
      access(join(siteDir, font)).then(
        () => [font],
        () => [],
      ),
    ),
  );
  const links = present
    .flat()
    .map((font) => `<${font}>; rel=preload; as=font; type="font/woff2"; crossorigin`);
  return links.length > 0 ? { Link: links.join(", ") } : {};
}

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
  const type = extname(path);
  return request.respond({
    status: 200,
    contentType: CONTENT_TYPES[type] ?? "application/octet-stream",
    // A page asks for its fonts with its stylesheets (scripts/site/fonts.ts).
    headers: type === ".html" ? await fontPreloads(siteDir) : {},
    body,
  });
}
