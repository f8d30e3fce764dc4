import { mkdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createStaging,
  PublishError,
  publish,
  resolveOutput,
} from "../../scripts/build/publish.ts";
import { scratch } from "../helpers/content.ts";

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
