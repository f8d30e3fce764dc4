import { copyFile, mkdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
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

/** A photo resized to PHOTO_WIDTHS as baseline JPEGs, with its sources for srcset. */
async function publishPhoto(
  item: Extract<Evidence, { file: string }>,
  { urlPath, dir, resizedDir }: EvidenceTarget,
): Promise<EvidenceView> {
  const name = basename(item.file, extname(item.file));
  // Loaded on first use: sharp takes a tenth of a second, and most builds have no photo.
  const { default: Image } = await import("@11ty/eleventy-img");
  const { jpeg = [] } = await Image(item.path, {
    widths: PHOTO_WIDTHS,
    formats: ["jpeg"],
    outputDir: resizedDir,
    urlPath,
    filenameFormat: (id, _src, width, format) => `${name}-${id}-${width}.${format}`,
    // Baseline JPEG, which every PDF reader and office printer takes. mozjpeg would make the
    // files a fifth smaller for four times the processor time (measured on the FY2568 photos:
    // 0.6 s against 0.24 s), and a clean build resizes every photo.
    sharpJpegOptions: { quality: 78 },
    // A transparent PNG or WebP on white, not on JPEG's black.
    transform: (image) => image.flatten({ background: "#ffffff" }),
    fixOrientation: true,
  });
  if (resizedDir !== dir) {
    await Promise.all(
      jpeg.map((output) => copyFile(output.outputPath, join(dir, basename(output.outputPath)))),
    );
  }
  const largest = jpeg.at(-1);
  if (!largest) throw new Error(`${item.file}: no image was written`);
  return {
    kind: "image",
    caption: item.caption,
    src: largest.url,
    sources: jpeg.map((output) => ({ url: output.url, width: output.width })),
    width: largest.width,
    height: largest.height,
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
