import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite, publishable } from "../../scripts/content/load.ts";
import { type EvidenceView, prepareImages } from "../../scripts/site/evidence.ts";
import { ARCHIVE, copyContent, scratch } from "../helpers/content.ts";

type ImageView = Extract<EvidenceView, { kind: "image" }>;
const images = (views: Record<string, EvidenceView[]>) =>
  Object.values(views)
    .flat()
    .filter((view): view is ImageView => view.kind === "image");

/**
 * Photos resized into the build cache leave a record of what was made, named after the photo's
 * content: a later build copies the files by it and never loads sharp.
 */
describe("resized photos", () => {
  it("in the build cache are reused by their record, resized again when it is broken or the photo changed", async () => {
    const content = await copyContent(ARCHIVE);
    const cacheDir = await scratch("evidence-cache");
    const site = async () => publishable(await checkSite(content), {});
    const first = await prepareImages(await site(), await scratch("out-1"), cacheDir);
    const photos = images(first);
    expect(photos.length).toBeGreaterThan(0);
    const records = (await readdir(join(cacheDir, "evidence"))).filter((name) =>
      name.endsWith(".json"),
    );
    expect(records).toHaveLength(photos.length);

    // A record says what the resizing made; an altered one shows that the next build used it.
    const record = join(cacheDir, "evidence", records[0] ?? "");
    const saved = JSON.parse(await readFile(record, "utf8"));
    await writeFile(record, JSON.stringify({ ...saved, width: 7, height: 5 }));
    const out = await scratch("out-2");
    const second = images(await prepareImages(await site(), out, cacheDir));
    expect(second.filter((view) => view.width === 7 && view.height === 5)).toHaveLength(1);
    // The files it names are copied into the site.
    const published = await readdir(join(out, "2568", "evidence"));
    for (const view of second) {
      for (const source of view.sources) {
        expect(published).toContain(source.url.split("/").at(-1));
      }
    }

    // A record whose files are gone is not trusted: the photo is resized again.
    for (const file of saved.files) await rm(join(cacheDir, "evidence", file.name));
    const third = images(await prepareImages(await site(), await scratch("out-3"), cacheDir));
    expect(third).toEqual(photos);

    // Another photo under the same name gets a record of its own.
    const [photo] = (await readdir(join(content, "2568", "evidence"))).filter((name) =>
      name.endsWith(".jpg"),
    );
    const other = (await readdir(join(content, "2568", "evidence"))).find(
      (name) => name.endsWith(".jpg") && name !== photo,
    );
    await writeFile(
      join(content, "2568", "evidence", photo ?? ""),
      await readFile(join(content, "2568", "evidence", other ?? "")),
    );
    await prepareImages(await site(), await scratch("out-4"), cacheDir);
    const after = (await readdir(join(cacheDir, "evidence"))).filter((name) =>
      name.endsWith(".json"),
    );
    expect(after.length).toBe(records.length + 1);
  });

  it("tell the page a photo's size turned as the camera held it", async () => {
    const content = await copyContent(ARCHIVE);
    const { default: sharp } = await import("sharp");
    // 1,600 × 900 pixels stored, with EXIF orientation 6: shown 900 wide and 1,600 tall.
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#336699" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(join(content, "2568", "evidence", "01-poster.jpg"));
    const out = await scratch("out-turned");
    const site = publishable(await checkSite(content), {});
    const poster = images(await prepareImages(site, out)).find((view) =>
      view.src.includes("01-poster"),
    );
    expect(poster).toMatchObject({ width: 900, height: 1600 });
    const { imageSizeFromFile } = await import("image-size/fromFile");
    for (const source of poster?.sources ?? []) {
      const file = await imageSizeFromFile(join(out, ...source.url.split("/")));
      expect(file.width).toBe(source.width);
    }
  });
});
