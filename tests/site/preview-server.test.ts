import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseRequest } from "../../scripts/site/preview-server.ts";
import { copyContent } from "../helpers/content.ts";
import { freePort, type RunningPreview, rawStatus, startPreview } from "../helpers/preview.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const get = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

describe("refuseRequest", () => {
  it("lets the report's own addresses through", () => {
    expect(refuseRequest("/2568/measures/01-first-measure/", "localhost:8080", true)).toBe(
      undefined,
    );
    expect(refuseRequest("/2568/ita-2568-testtown.pdf?x=%20", "127.0.0.1:8080", true)).toBe(
      undefined,
    );
  });
  it("answers addresses that leave the site or cannot be read", () => {
    expect(refuseRequest("/..%2f..%2fetc/passwd", "localhost", true)?.status).toBe(404);
    expect(refuseRequest("/..%5c..%5cetc%5cpasswd", "localhost", true)?.status).toBe(404);
    expect(refuseRequest("/%E0%A4%A", "localhost", true)?.status).toBe(400);
    expect(refuseRequest("/a%00b", "localhost", true)?.status).toBe(400);
    expect(refuseRequest("*", "localhost", true)?.status).toBe(400);
    expect(refuseRequest("http://localhost/", "localhost", true)?.status).toBe(400);
  });
  it("answers another site's name only when the preview was opened to the network", () => {
    expect(refuseRequest("/", "rebound.example:8080", true)?.status).toBe(403);
    expect(refuseRequest("/", "rebound.example:8080", false)).toBe(undefined);
  });
});

/**
 * A real preview: raw requests (fetch would normalise the path first), the address it listens
 * on, the port it prints, and a second preview at the same time.
 */
describe("the preview on this machine", () => {
  let first: RunningPreview;
  let second: RunningPreview | undefined;

  beforeAll(async () => {
    first = await startPreview([
      "--content",
      await copyContent(),
      "--port",
      String(await freePort()),
    ]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it("answers malformed and climbing addresses with 400/404 and keeps serving", async () => {
    const answers: Record<string, number> = {};
    for (const path of [
      "/..%2f..%2fetc/passwd",
      "/..%2f..%2f..%2f..%2fetc%2fpasswd",
      "/..%5c..%5cetc%5cpasswd",
      "/%E0%A4%A",
      "/%",
      "/a%00b",
      "*",
      "http://example.com/",
    ]) {
      answers[path] = await rawStatus(first.port, get(path));
    }
    expect(answers).toEqual({
      "/..%2f..%2fetc/passwd": 404,
      "/..%2f..%2f..%2f..%2fetc%2fpasswd": 404,
      "/..%5c..%5cetc%5cpasswd": 404,
      "/%E0%A4%A": 400,
      "/%": 400,
      "/a%00b": 400,
      "*": 400,
      "http://example.com/": 400,
    });
    const index = await fetch(`${first.base}/`);
    expect(index.status, first.log()).toBe(200);
    expect(await index.text()).toContain("เทศบาลตำบลทดสอบ");
    expect(first.process.exitCode).toBe(null);
    expect(first.log()).not.toMatch(/\n\s+at /);
  });

  it("refuses a page elsewhere that names itself as this machine (DNS rebinding)", async () => {
    const request = "GET / HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n";
    expect(await rawStatus(first.port, request)).toBe(403);
  });

  it("lets only its own pages listen to the live-reload socket, which sends page HTML", async () => {
    const upgrade = (origin: string) =>
      [
        "GET / HTTP/1.1",
        `Host: localhost:${first.port}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        `Origin: ${origin}`,
        "",
        "",
      ].join("\r\n");
    expect(await rawStatus(first.port, upgrade("https://news.example"))).toBe(401);
    expect(await rawStatus(first.port, upgrade(`http://localhost:${first.port}`))).toBe(101);
  });

  it("listens on 127.0.0.1 only", async () => {
    const refused = async (host: string) =>
      rawStatus(first.port, get("/"), host).then(
        () => false,
        () => true,
      );
    // Linux routes all of 127.0.0.0/8 to this machine: a server on every address answers here.
    if (process.platform === "linux") expect(await refused("127.0.0.2")).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === "IPv4");
    for (const other of others) expect(await refused(other?.address ?? "")).toBe(true);
  });

  it("prints the port it really uses when the one asked for is taken, with its own pages", async () => {
    const content = await copyContent();
    // Another agency: its name, and its mayor under each year's report.
    for (const file of ["agency.yaml", "2567/report.md", "2568/report.md"]) {
      const path = join(content, file);
      await writeFile(path, (await readFile(path, "utf8")).replaceAll("ตำบลทดสอบ", "ตำบลที่สอง"));
    }
    second = await startPreview(["--content", content, "--port", String(first.port)]);
    expect(second.port).not.toBe(first.port);
    expect(await (await fetch(`${second.base}/`)).text()).toContain("เทศบาลตำบลที่สอง");
    // Each has its own folder: the first still shows its own content.
    expect(await (await fetch(`${first.base}/`)).text()).toContain("เทศบาลตำบลทดสอบ");
  });
});

describe.skipIf(process.platform !== "linux")("npm run dev --host (Linux: 127.0.0.2)", () => {
  it("listens where --host says, prints that address, and warns of the risk", async () => {
    const preview = await startPreview([
      "--content",
      await copyContent(),
      "--port",
      String(await freePort()),
      "--host",
      "127.0.0.2",
    ]);
    try {
      expect(preview.log()).toContain(`ดูตัวอย่างได้ที่ http://127.0.0.2:${preview.port}/`);
      expect(preview.log()).toContain("⚠ --host 127.0.0.2: เครื่องอื่นในเครือข่ายเปิดหน้าตัวอย่างนี้ได้");
      expect(await rawStatus(preview.port, get("/"), "127.0.0.2")).toBe(200);
      await expect(rawStatus(preview.port, get("/"), "127.0.0.1")).rejects.toThrow();
    } finally {
      await preview.stop();
    }
  });
});

describe("npm run dev with a port that is not one", () => {
  it.each(["abc", "0", "70000", "80.5"])("--port %s: Thai message, exit 1", (port) => {
    const run = spawnSync(process.execPath, ["scripts/run.mjs", "dev", "--port", port], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--port "${port}" ไม่ใช่เลขพอร์ต`);
    expect(run.stderr).toContain("npm run dev -- --port 8081");
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it("says so in Thai when every port from the one asked for is taken", async () => {
    const blockers = [];
    const start = (await freePort()) + 100;
    for (let port = start; port < start + 10; port++) {
      const server = createServer();
      await new Promise<void>((resolve) => {
        server.once("error", () => resolve());
        server.listen(port, "127.0.0.1", resolve);
      });
      blockers.push(server);
    }
    try {
      const run = spawnSync(
        process.execPath,
        ["scripts/run.mjs", "dev", "--content", await copyContent(), "--port", String(start)],
        { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      );
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(`พอร์ต ${start} ถึง ${start + 9} มีโปรแกรมอื่นใช้อยู่ทั้งหมด`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      for (const server of blockers) server.close();
    }
  });
});
