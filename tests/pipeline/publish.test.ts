import { mkdir, readdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "../../scripts/pipeline/output-folder.ts";
import {
  createStaging,
  PublishError,
  publish,
  recoverOutput,
  resolveOutput,
} from "../../scripts/pipeline/publish.ts";
import { scratch, snapshot } from "../helpers/content.ts";

describe("resolveOutput", () => {
  it("refuses to publish over the content, a folder holding it, or the project", async () => {
    const root = await scratch("out");
    const content = join(root, "content");
    await mkdir(content);
    await expect(resolveOutput(content, content)).rejects.toThrow(PublishError);
    await expect(resolveOutput(root, content)).rejects.toThrow(/มีเนื้อหาหรือโครงการอยู่ข้างใน/);
    await expect(resolveOutput(".", content)).rejects.toThrow(PublishError);
    expect(await resolveOutput(join(root, "dist"), content)).toBe(join(root, "dist"));
  });

  it("publishes only into a folder that is absent, empty, or its own output", async () => {
    const root = await scratch("out");
    const content = join(root, "content");
    await mkdir(join(content, "2568"), { recursive: true });
    await writeFile(join(content, "2568", "report.md"), "---\n---\n");
    await mkdir(join(root, ".git"));
    await writeFile(join(root, ".git", "config"), "[core]\n");
    await mkdir(join(root, "photos"));
    await writeFile(join(root, "photos", "a.jpg"), "a person's own file");
    await writeFile(join(root, "package.json"), "{}");
    await mkdir(join(root, "empty"));
    await mkdir(join(root, "ours"));
    await writeFile(join(root, "ours", OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const before = await snapshot(root);
    const refused = async (outDir: string, reason: RegExp) => {
      const error = await resolveOutput(outDir, content).catch((caught) => caught);
      expect(error, outDir).toBeInstanceOf(PublishError);
      expect(error.message, outDir).toMatch(reason);
      expect(error.message, outDir).toContain("วิธีแก้");
    };
    await refused(join(content, "2568"), /มีเนื้อหาหรือโครงการอยู่ข้างใน|อยู่ในโฟลเดอร์เนื้อหา/);
    await refused(join(content, "new"), /อยู่ในโฟลเดอร์เนื้อหา/);
    await refused(join(root, ".git"), /git/);
    await refused(join(root, "photos"), /มีไฟล์อื่นอยู่/);
    await refused(join(root, "package.json"), /เป็นไฟล์/);
    await symlink(join(root, "photos"), join(root, "dist"));
    await refused(join(root, "dist"), /มีไฟล์อื่นอยู่/);
    await symlink(join(root, "gone"), join(root, "dangling"));
    await refused(join(root, "dangling"), /ลิงก์/);
    expect(await resolveOutput(join(root, "empty"), content)).toBe(join(root, "empty"));
    expect(await resolveOutput(join(root, "ours"), content)).toBe(join(root, "ours"));
    expect(await resolveOutput(join(root, "new"), content)).toBe(join(root, "new"));
    expect(await snapshot(root)).toEqual(before);
  });

  it("still takes a dist/ built before the marker existed, and only that", async () => {
    const root = await scratch("out");
    const dist = join(root, "dist");
    await mkdir(join(dist, "assets"), { recursive: true });
    await mkdir(join(dist, "2568"));
    await writeFile(join(dist, "index.html"), "<!doctype html>");
    await writeFile(join(dist, "assets", "print.css"), "@page {}");
    expect(await resolveOutput(dist, join(root, "content"))).toBe(dist);
    await writeFile(join(dist, "notes.docx"), "someone's file");
    await expect(resolveOutput(dist, join(root, "content"))).rejects.toThrow(/มีไฟล์อื่นอยู่/);
  });

  it("follows a symlinked output folder, so the site behind the link is updated", async () => {
    const root = await scratch("out");
    await mkdir(join(root, "www"));
    await symlink(join(root, "www"), join(root, "dist"));
    const target = await resolveOutput(join(root, "dist"), join(root, "content"));
    expect(target).toBe(join(root, "www"));
    const staging = await createStaging(target);
    await writeFile(join(staging, "index.html"), "new");
    await publish(staging, target);
    expect(await readlink(join(root, "dist"))).toBe(join(root, "www"));
    expect(await readFile(join(root, "dist", "index.html"), "utf8")).toBe("new");
  });
});

describe("publish", () => {
  it("puts the old site back and explains in Thai when the new one cannot be moved in", async () => {
    const root = await scratch("out");
    const target = join(root, "dist");
    await mkdir(target);
    await writeFile(join(target, "index.html"), "old");
    const error = await publish(join(root, "missing-staging"), target).catch((caught) => caught);
    expect(error).toBeInstanceOf(PublishError);
    expect(error.message).toContain("เว็บไซต์เดิมยังอยู่");
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("old");
  });
});

describe("recoverOutput", () => {
  /** A target and a finished staging folder, swapped as far as `step`, as a kill would leave them. */
  async function killedAt(step: "first-rename" | "building") {
    const root = await scratch("recover");
    const target = join(root, "dist");
    await mkdir(target);
    await writeFile(join(target, "index.html"), "old");
    const staging = await createStaging(target);
    await writeFile(join(staging, "index.html"), "new");
    // A build of a process that has ended: the pid in the name is not running.
    const dead = staging.replace(`staging-${process.pid}-`, "staging-999999999-");
    const { rename } = await import("node:fs/promises");
    await rename(staging, dead);
    if (step === "first-rename") await rename(target, `${dead}.old`);
    return { root, target };
  }

  it("puts the new, complete site in place when a build was killed between the two renames", async () => {
    const { root, target } = await killedAt("first-rename");
    await recoverOutput(target);
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("new");
    expect(await readdir(root)).toEqual(["dist"]);
  });

  it("removes a half-written staging folder and keeps the published site", async () => {
    const { root, target } = await killedAt("building");
    await recoverOutput(target);
    expect(await readFile(join(target, "index.html"), "utf8")).toBe("old");
    expect(await readdir(root)).toEqual(["dist"]);
  });

  it("leaves alone the staging folder of a build still running", async () => {
    const root = await scratch("recover");
    const target = join(root, "dist");
    const running = join(root, `dist.staging-${process.ppid}-abc`);
    await mkdir(running);
    await recoverOutput(target);
    expect(await readdir(root)).toEqual([`dist.staging-${process.ppid}-abc`]);
  });
});
