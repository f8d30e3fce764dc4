import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printInputs, references } from "../../scripts/pipeline/inputs.ts";
import { scratch } from "../helpers/content.ts";

/** A small built site: a page, its stylesheets, a font the CSS names, a photo, an unrelated file. */
async function site() {
  const dir = await scratch("inputs");
  const files: Record<string, string> = {
    "2568/index.html":
      '<link rel="stylesheet" href="../assets/print.css"><img src="evidence/a-640.jpg" srcset="evidence/a-640.jpg 640w, evidence/a-1280.jpg 1280w"><a href="https://example.go.th/">x</a>',
    "assets/print.css": '@import url("sarabun.css"); body { color: black }',
    "assets/sarabun.css": "@font-face { src: url(./files/sarabun.woff2) }",
    "assets/files/sarabun.woff2": "font",
    "2568/evidence/a-640.jpg": "small photo",
    "2568/evidence/a-1280.jpg": "large photo",
    "2568/measures/01/index.html": "another page",
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe("the fingerprint of what a page prints from", () => {
  it("finds every address in HTML and CSS: href, src, each srcset candidate, url()", () => {
    expect(
      references(
        '<a href="a.html"><img src="b.jpg" srcset="c.jpg 1x, d.jpg 2x"><style>x{background:url(\'e.png\')}</style>',
      ),
    ).toEqual(["a.html", "b.jpg", "c.jpg", "d.jpg", "e.png"]);
  });

  it("changes with the page, a stylesheet, a font it imports, a photo, or the printer; not with other files", async () => {
    const dir = await site();
    const key = () => printInputs(dir)("2568/index.html", "chromium 1 · metadata");
    const first = await key();
    expect(await key()).toBe(first);
    await writeFile(join(dir, "2568/measures/01/index.html"), "another page, changed");
    expect(await key()).toBe(first);
    const changes: [string, string][] = [
      ["assets/print.css", '@import url("sarabun.css"); body { color: navy }'],
      ["assets/files/sarabun.woff2", "font, new version"],
      ["2568/evidence/a-1280.jpg", "another large photo"],
      ["2568/index.html", '<link rel="stylesheet" href="../assets/print.css">'],
    ];
    let previous = first;
    for (const [path, text] of changes) {
      await writeFile(join(dir, path), text);
      const next = await key();
      expect(next, path).not.toBe(previous);
      previous = next;
    }
    expect(await printInputs(dir)("2568/index.html", "chromium 2 · metadata")).not.toBe(previous);
  });
});
