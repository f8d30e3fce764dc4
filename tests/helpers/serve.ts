import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

export { references } from "../../scripts/pipeline/inputs.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
};

/**
 * A plain static host, as a municipality's web server is: `dir` served under `prefix` (e.g.
 * "/ita/"), folders answered with their index.html, anything else 404.
 */
export async function serveFolder(
  dir: string,
  prefix = "/",
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    if (!path.startsWith(prefix)) return response.writeHead(404).end();
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== normalize(dir) && !file.startsWith(normalize(dir) + sep)) {
      return response.writeHead(404).end();
    }
    try {
      if ((await stat(file)).isDirectory()) {
        // A folder address without its slash is redirected, as web servers do.
        if (!path.endsWith("/")) return response.writeHead(301, { location: `${path}/` }).end();
        file = join(file, "index.html");
      }
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // A browser that stays open (the tests share one) keeps its connections alive; closing
    // them lets the server stop.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
