import { createHash } from "node:crypto";
import { access, copyFile, mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Site } from "../content/load.ts";
import type { Evidence } from "../content/load-evidence.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { publishLogo } from "./logo.ts";

/**
 * A measure's evidence as its pages show it: photos resized for the web and for print, scanned
 * documents copied beside them, links as they are. Paths are from the site's root.
 */
export type EvidenceView =
  | {
      kind: "image";
      caption: string;
      src: string;
      sources: { url: string; width: number }[];
      width: number;
      height: number;
    }
  | { kind: "pdf"; caption: string; href: string; size: string }
  | { kind: "link"; caption: string; href: string };

/**
 * Photo widths: a phone or half a desktop column, and print (two photos across A4 landscape at
 * about 250 dpi). Never wider than the original.
 */
export const PHOTO_WIDTHS = [640, 1280];

/** Where a year's evidence is published: `/<year>/evidence/`. */
export const evidencePath = (year: number) => `/${year}/evidence/`;

/** The key a measure's evidence is looked up by (scripts/site/view/measures.ts). */
export const evidenceKey = (year: number, slug: string) => `${year}/${slug}`;

/** A file size as a reader reads it. */
function readableSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatThaiNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
    : `${formatThaiNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/**
 * Writes every measure's evidence into `outDir` and returns what the pages show, by measure.
 * Photos become JPEGs named after the original and its content (a new photo never takes an old
 * address), with width and height for the page's layout; sharp leaves out the camera's
 * metadata, location included.
 */
export async function prepareEvidence(
  site: Site,
  outDir: string,
  cacheDir?: string,
): Promise<Record<string, EvidenceView[]>> {
  const views: Record<string, EvidenceView[]> = {};
  // Folders first: nothing may be awaited once the photos' work has started, or a failure in
  // it would go unhandled meanwhile.
  for (const report of site.reports) {
    if (report.measures.some((measure) => measure.evidence.length > 0)) {
      await mkdir(join(outDir, evidencePath(report.fiscalYear)), { recursive: true });
    }
  }
  // Every photo of every measure at once: sharp spreads them over the cores.
  const work = site.reports.flatMap((report) => {
    const urlPath = evidencePath(report.fiscalYear);
    const target = {
      urlPath,
      dir: join(outDir, urlPath),
      // Resized once into the cache, then copied: a photo's name carries its content's hash,
      // so a file there is the right one.
      resizedDir: cacheDir ? join(cacheDir, "evidence") : join(outDir, urlPath),
    };
    return report.measures
      .filter((measure) => measure.evidence.length > 0)
      .map(async (measure) => {
        const made = await Promise.all(measure.evidence.map((item) => publishItem(item, target)));
        views[evidenceKey(report.fiscalYear, measure.slug)] = made;
      });
  });
  await Promise.all(work);
  return views;
}

/** Where a year's evidence goes: its address, its folder, and where photos are resized to. */
interface EvidenceTarget {
  urlPath: string;
  dir: string;
  resizedDir: string;
}

/** One piece of evidence published: a link as it is, a PDF copied, a photo resized. */
async function publishItem(item: Evidence, target: EvidenceTarget): Promise<EvidenceView> {
  if (item.kind === "link") return { kind: "link", caption: item.caption, href: item.url };
  if (item.kind === "pdf") {
    await copyFile(item.path, join(target.dir, item.file));
    return {
      kind: "pdf",
      caption: item.caption,
      href: `${target.urlPath}${item.file}`,
      size: readableSize(item.bytes),
    };
  }
  return publishPhoto(item, target);
}

/** A photo's resized files: name and width, widest last, with the widest one's height. */
interface ResizedPhoto {
  files: { name: string; width: number }[];
  width: number;
  height: number;
}

/**
 * Baseline JPEG, which every PDF reader and office printer takes. mozjpeg would make the files a
 * fifth smaller for four times the processor time (measured on the FY2568 photos: 0.6 s against
 * 0.24 s), and a clean build resizes every photo.
 */
const JPEG_OPTIONS = { quality: 78 };
/** A transparent PNG or WebP goes on white, not on JPEG's black. */
const BACKGROUND = "#ffffff";

/** What shapes the resized files besides the photo itself: a change resizes every photo again. */
const RESIZE_SETTINGS = JSON.stringify({
  PHOTO_WIDTHS,
  JPEG_OPTIONS,
  BACKGROUND,
  fixOrientation: true,
});

/** A photo resized to PHOTO_WIDTHS as baseline JPEGs, with its sources for srcset. */
async function publishPhoto(
  item: Extract<Evidence, { file: string }>,
  { urlPath, dir, resizedDir }: EvidenceTarget,
): Promise<EvidenceView> {
  const name = basename(item.file, extname(item.file));
  const cached = resizedDir !== dir;
  // With a cache, a record of what the resizing made lies beside its files, named after the
  // photo's content: a build that finds it copies the files without loading sharp, which takes
  // a tenth of a second.
  const record = cached ? join(resizedDir, `${name}-${await photoKey(item.path)}.json`) : "";
  const resized =
    (cached && (await readRecord(record))) || (await resizePhoto(item.path, name, resizedDir));
  if (cached) {
    await Promise.all(
      resized.files.map((file) => copyFile(join(resizedDir, file.name), join(dir, file.name))),
    );
    await writeRecord(record, resized);
  }
  const sources = resized.files.map((file) => ({
    url: `${urlPath}${file.name}`,
    width: file.width,
  }));
  const largest = sources.at(-1);
  if (!largest) throw new Error(`${item.file}: no image was written`);
  return {
    kind: "image",
    caption: item.caption,
    src: largest.url,
    sources,
    width: resized.width,
    height: resized.height,
  };
}

/** A digest of the photo's bytes and of the resizing settings. */
async function photoKey(path: string): Promise<string> {
  const hash = createHash("sha256").update(RESIZE_SETTINGS);
  hash.update(await readFile(path));
  return hash.digest("hex").slice(0, 16);
}

/** The record of an earlier resizing whose files are all still there; undefined otherwise. */
async function readRecord(record: string): Promise<ResizedPhoto | undefined> {
  try {
    const resized = JSON.parse(await readFile(record, "utf8")) as ResizedPhoto;
    const folder = dirname(record);
    await Promise.all(resized.files.map((file) => access(join(folder, file.name))));
    return resized.files.length > 0 ? resized : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the record, and marks it and its files as used for the cache's pruning; a record that
 * cannot be written only costs the next build the resizing.
 */
async function writeRecord(record: string, resized: ResizedPhoto): Promise<void> {
  const temporary = `${record}.${process.pid}.partial`;
  try {
    await writeFile(temporary, JSON.stringify(resized));
    await rename(temporary, record);
    const now = new Date();
    const folder = dirname(record);
    await Promise.all(resized.files.map((file) => utimes(join(folder, file.name), now, now)));
  } catch {
    await rm(temporary, { force: true });
  }
}

/** Resizes a photo with eleventy-img (sharp) into `outputDir`. */
async function resizePhoto(path: string, name: string, outputDir: string): Promise<ResizedPhoto> {
  // Loaded on first use: sharp takes a tenth of a second, and most builds have no photo.
  const { default: Image } = await import("@11ty/eleventy-img");
  const { jpeg = [] } = await Image(path, {
    widths: PHOTO_WIDTHS,
    formats: ["jpeg"],
    outputDir,
    // The addresses are made by publishPhoto, from the file names.
    urlPath: "/",
    filenameFormat: (id, _src, width, format) => `${name}-${id}-${width}.${format}`,
    sharpJpegOptions: JPEG_OPTIONS,
    transform: (image) => image.flatten({ background: BACKGROUND }),
    fixOrientation: true,
  });
  const largest = jpeg.at(-1);
  return {
    files: jpeg.map((output) => ({ name: basename(output.outputPath), width: output.width })),
    width: largest?.width ?? 0,
    height: largest?.height ?? 0,
  };
}

/**
 * Every image the site publishes from the content, at once: the evidence and the agency's logo.
 * Resolves with the evidence as the pages show it.
 */
export async function prepareImages(
  site: Site,
  outDir: string,
  cacheDir?: string,
): Promise<Record<string, EvidenceView[]>> {
  const [views] = await Promise.all([
    prepareEvidence(site, outDir, cacheDir),
    publishLogo(site, outDir),
  ]);
  return views;
}
