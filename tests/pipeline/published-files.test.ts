import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { build } from "../../scripts/pipeline/pipeline.ts";
import { assertNoLinks, PublishError } from "../../scripts/pipeline/publish.ts";
import { copyContent, listEvidence, scratch } from "../helpers/content.ts";
import { sharedPrinter } from "../helpers/shared.ts";
import { skipBrowser } from "../helpers/tools.ts";

const SECOND = "2568/measures/02-second-measure.md";

/** Lists a file of the year's evidence folder in the second measure. */
const listEvidenceFile = (content: string, file: string) =>
  listEvidence(join(content, SECOND), [[file, "เอกสารประกอบ"]]);

/** A photo with the camera's metadata in it, as a phone saves it. */
const photoWithExif = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Make: "PhoneMaker", Copyright: "Clerk's phone" } } })
    .toBuffer();

/**
 * Only regular files inside the content folder are read, and only what the content names is
 * published, made anew: no link, no untouched image, no SVG that could run a script.
 */
describe("what the content folder may hold", () => {
  it("refuses a measure, an evidence file or a logo that links out of the content folder", async () => {
    const content = await copyContent();
    const outside = join(await scratch("outside"), "secret.pdf");
    await writeFile(outside, "%PDF-1.4 someone else's file");
    await mkdir(join(content, "2568", "evidence"));
    await symlink(outside, join(content, "2568", "evidence", "02-scan.pdf"));
    await listEvidenceFile(content, "02-scan.pdf");
    await symlink("/etc/passwd", join(content, "crest.png"));
    const agency = join(content, "agency.yaml");
    await writeFile(agency, (await readFile(agency, "utf8")).replace("logo.svg", "crest.png"));
    await symlink("/dev/zero", join(content, "2568", "measures", "03-zero.md"));
    const started = performance.now();
    const { problems, site } = await checkSite(content);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(site).toBeUndefined();
    const outsideProblems = problems.filter((problem) => problem.code === "E_FILE_OUTSIDE");
    const files = outsideProblems.map((problem) => problem.file);
    expect(files).toHaveLength(3);
    for (const file of [SECOND, "crest.png", "2568/measures/03-zero.md"]) {
      expect(
        files.some((found) => found.endsWith(file)),
        file,
      ).toBe(true);
    }
    const evidence = outsideProblems.find((problem) => problem.file.endsWith(SECOND));
    expect(evidence?.line).toBe(9);
    expect(evidence?.message).toContain("02-scan.pdf");
  });

  it("refuses a pipe, without waiting for it", async () => {
    const content = await copyContent();
    execFileSync("mkfifo", [join(content, "2568", "measures", "03-pipe.md")]);
    const { problems } = await checkSite(content);
    expect(problems.map((problem) => problem.code)).toContain("E_FILE_SPECIAL");
  });

  it("never publishes a folder holding a link", async () => {
    const dir = await scratch("links");
    await writeFile(join(dir, "index.html"), "");
    await assertNoLinks(dir);
    await mkdir(join(dir, "assets"));
    await symlink("/etc/passwd", join(dir, "assets", "x.svg"));
    await expect(assertNoLinks(dir)).rejects.toThrow(PublishError);
  });
});

describe.skipIf(skipBrowser)(
  `the published site${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let out: string;

    beforeAll(async () => {
      const content = await copyContent();
      // A logo that would run a script if it were opened as it is.
      await writeFile(
        join(content, "logo.svg"),
        '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" onload="alert(1)"><script>alert(2)</script><circle cx="60" cy="60" r="50" fill="#1a4d8f"/></svg>',
      );
      // A file nothing names: a photo with its camera metadata.
      await writeFile(join(content, "staff-party.jpg"), await photoWithExif());
      // Evidence that is a link inside the content folder: allowed, published as a file.
      await mkdir(join(content, "2568", "evidence"));
      await writeFile(join(content, "2568", "evidence", "original.jpg"), await photoWithExif());
      await symlink("original.jpg", join(content, "2568", "evidence", "02-photo.jpg"));
      await listEvidenceFile(content, "02-photo.jpg");
      out = join(await scratch("published"), "dist");
      const printer = await sharedPrinter();
      try {
        await build({ contentDir: content, outDir: out, printer });
      } finally {
        await printer.close();
      }
    });

    it("holds no link, and nothing from the content folder that the content does not name", async () => {
      const entries = await readdir(out, { recursive: true, withFileTypes: true });
      expect(entries.filter((entry) => entry.isSymbolicLink())).toEqual([]);
      const names = entries.map((entry) => entry.name);
      expect(names).not.toContain("staff-party.jpg");
      expect(names).not.toContain("logo.svg");
      expect(names.filter((name) => name.startsWith("02-photo-")).length).toBeGreaterThan(0);
    });

    it("publishes the logo as a PNG drawn from the SVG, so no script in it can run", async () => {
      const logo = await readFile(join(out, "assets", "logo.png"));
      const metadata = await sharp(logo).metadata();
      expect(metadata.format).toBe("png");
      expect(metadata.width).toBeGreaterThanOrEqual(512);
      expect(logo.toString("latin1")).not.toMatch(/script|alert/);
      const page = await readFile(join(out, "2568", "index.html"), "utf8");
      expect(page).toContain('src="../assets/logo.png"');
    });

    it("strips the camera's metadata from published photos", async () => {
      const photos = (await readdir(join(out, "2568", "evidence"))).filter(
        (name) => name.endsWith(".jpeg") || name.endsWith(".jpg"),
      );
      expect(photos.length).toBeGreaterThan(0);
      for (const photo of photos) {
        const bytes = await readFile(join(out, "2568", "evidence", photo));
        expect((await sharp(bytes).metadata()).exif, photo).toBeUndefined();
        expect(bytes.toString("latin1"), photo).not.toContain("PhoneMaker");
      }
    });
  },
);
