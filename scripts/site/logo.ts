import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Site } from "../content/load.ts";

/** Where the agency's logo is published, whatever file it came from. */
export const LOGO_URL = "/assets/logo.png";

/** Enough for the cover's logo at print quality (about 4 cm wide at 600 dpi). */
const LOGO_SIZE = 1024;

/**
 * Publishes the agency's logo as a plain PNG: an SVG is drawn into pixels, so no script or
 * outside reference in it can ever run or load, even when the file is opened on its own (the
 * pages' security policy does not cover it); a photo loses its camera metadata. sharp draws SVG
 * with librsvg from the bytes given, so nothing beside the file is read.
 */
export async function publishLogo(site: Site, outDir: string): Promise<void> {
  if (!site.logoFile) return;
  const { default: sharp } = await import("sharp");
  const svg = site.logoFile.toLowerCase().endsWith(".svg");
  await mkdir(join(outDir, "assets"), { recursive: true });
  await sharp(await readFile(site.logoFile), svg ? { density: 600 } : {})
    .resize({
      width: LOGO_SIZE,
      height: LOGO_SIZE,
      fit: "inside",
      withoutEnlargement: !svg,
    })
    .png()
    .toFile(join(outDir, LOGO_URL));
}
