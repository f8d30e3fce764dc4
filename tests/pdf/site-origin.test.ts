import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { HTTPRequest } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { SITE_ORIGIN, serveFromSite } from "../../scripts/pdf/site-origin.ts";
import { PRELOADED_FONTS } from "../../scripts/site/fonts.ts";
import { scratch } from "../helpers/content.ts";

type Response = Parameters<HTTPRequest["respond"]>[0];

/** A request of the print page as Puppeteer hands it over; resolves with the answer given. */
async function answer(siteDir: string, path: string): Promise<Response> {
  let response: Response | undefined;
  const request = {
    url: () => `${SITE_ORIGIN}${path}`,
    respond: async (given: Response) => {
      response = given;
    },
    continue: async () => undefined,
  } as unknown as HTTPRequest;
  await serveFromSite(request, siteDir);
  if (!response) throw new Error(`no answer for ${path}`);
  return response;
}

describe("the printer's site origin", () => {
  it("serves a page with a preload of each of its fonts the site has, and nothing else with one", async () => {
    const site = await scratch("site-origin");
    await writeFile(join(site, "index.html"), "<!doctype html><p>ก</p>");
    await writeFile(join(site, "style.css"), "p { color: black }");
    const [thai400, , latin400] = PRELOADED_FONTS as [string, string, string, string];
    for (const font of [thai400, latin400]) {
      await mkdir(dirname(join(site, font)), { recursive: true });
      await writeFile(join(site, font), "font");
    }

    const page = await answer(site, "/index.html");
    expect(page.contentType).toBe("text/html; charset=utf-8");
    expect(page.headers).toEqual({
      Link:
        `<${thai400}>; rel=preload; as=font; type="font/woff2"; crossorigin, ` +
        `<${latin400}>; rel=preload; as=font; type="font/woff2"; crossorigin`,
    });
    expect((await answer(site, "/style.css")).headers).toEqual({});
    expect((await answer(site, thai400)).contentType).toBe("font/woff2");

    // A site without the fonts (a page printed on its own): no preload to refuse.
    const bare = await scratch("site-origin-bare");
    await writeFile(join(bare, "index.html"), "<!doctype html><p>ก</p>");
    expect((await answer(bare, "/index.html")).headers).toEqual({});
  });
});
