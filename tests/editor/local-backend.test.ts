import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPath } from "../../scripts/editor/content-paths.ts";
import { localBackend } from "../../scripts/editor/local-backend.ts";
import { copyContent, scratch, snapshot } from "../helpers/content.ts";

/** The local backend on a real HTTP server over a scratch copy of the basic fixture. */
describe("the editor's local backend", () => {
  let content: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    content = await copyContent();
    server = createServer(localBackend(content));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const call = async (action: string, params: object, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ action, params }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const photo = (path: string) => ({ asset: { path, content: "aGVsbG8=", encoding: "base64" } });

  it("lists and reads a year's measures", async () => {
    const { status, body } = await call("entriesByFolder", {
      folder: "2568/measures",
      extension: "md",
    });
    expect(status).toBe(200);
    const entries = body as unknown as { file: { path: string }; data: string }[];
    expect(entries.map((entry) => entry.file.path)).toEqual([
      "2568/measures/01-first-measure.md",
      "2568/measures/02-second-measure.md",
    ]);
    expect(entries[0]?.data).toContain("number: 1");
  });

  it("saves an upload into the year's evidence folder, made when missing", async () => {
    const { status } = await call("persistMedia", photo("2568/evidence/01-visit.jpg"));
    expect(status).toBe(200);
    expect(await readFile(join(content, "2568/evidence/01-visit.jpg"), "utf8")).toBe("hello");
  });

  it("refuses names against the file-name rule and anything outside the content's files", async () => {
    const before = await snapshot(content);
    const refused = [
      await call("persistMedia", photo("2568/evidence/IMG 0001.JPG")),
      await call("persistMedia", photo("2568/evidence/ภาพ.jpg")),
      await call("persistMedia", photo("../outside.jpg")),
      await call("persistMedia", photo("2568/evidence/../../x.jpg")),
      await call("persistEntry", { dataFiles: [{ path: "2568/notes.txt", raw: "x" }], assets: [] }),
      await call("persistEntry", { dataFiles: [{ path: "/etc/passwd", raw: "x" }], assets: [] }),
      await call("getEntry", { path: "../../etc/passwd" }),
      await call("deleteFiles", { paths: ["agency.yaml", "logo.svg"] }),
      await call("getEntry", { path: "2568/report.md" }, { origin: "http://evil.example" }),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([
      422, 422, 422, 422, 422, 422, 422, 422, 403,
    ]);
    expect(refused[0]?.body.error).toContain('ชื่อไฟล์ "IMG 0001.JPG" ใช้ไม่ได้');
    expect(await snapshot(content)).toEqual(before);
  });

  it("refuses a year folder that links out of the content folder", async () => {
    const outside = await scratch("outside");
    await mkdir(join(outside, "measures"));
    await writeFile(join(outside, "measures", "01-x.md"), "secret");
    await symlink(outside, join(content, "2569"));
    const read = await call("getEntry", { path: "2569/measures/01-x.md" });
    const write = await call("persistMedia", photo("2569/evidence/01-x.jpg"));
    expect([read.status, write.status]).toEqual([422, 422]);
    expect(read.body.error).toContain("นอกโฟลเดอร์เนื้อหา");
  });

  it("accepts the content's own kinds of path only", () => {
    expect(contentPath("2568/measures/01-a.md")).toBe("2568/measures/01-a.md");
    expect(contentPath("/2568/evidence/01-a.jpg")).toBe("2568/evidence/01-a.jpg");
    for (const path of [
      "2568/measures/./01-a.md",
      "2568//report.md",
      "2568/measures/A.md",
      "x/report.md",
    ]) {
      expect(() => contentPath(path), path).toThrow();
    }
  });
});
