import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, scratch } from "../helpers/content.ts";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { skipPdf } from "../helpers/tools.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** A port nobody listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/** Asks until `done` says yes, or gives up after `ms`. */
async function poll<T>(ask: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const until = Date.now() + ms;
  let value = await ask();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await ask();
  }
  return value;
}

/**
 * `npm run dev` as a clerk runs it, on content outside the project (a scratch copy): the page
 * follows a save, and the PDF link prints the page as it is now.
 */
describe.skipIf(skipPdf)(`the live preview${skipPdf ? ` (skipped: ${skipPdf})` : ""}`, () => {
  let dev: ChildProcess;
  let content: string;
  let base: string;
  let log = "";

  beforeAll(async () => {
    content = await copyContent();
    const port = await freePort();
    base = `http://localhost:${port}`;
    dev = spawn(
      process.execPath,
      ["scripts/run.mjs", "dev", "--content", content, "--port", String(port)],
      { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    dev.stdout?.on("data", (chunk) => {
      log += chunk;
    });
    dev.stderr?.on("data", (chunk) => {
      log += chunk;
    });
    const started = await poll(
      async () => log,
      (text) => text.includes(`localhost:${port}`),
      60_000,
    );
    expect(started, log).toContain(`localhost:${port}`);
  });

  afterAll(() => {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  });

  const page = (path: string) =>
    fetch(`${base}${path}`).then(
      (response) => response.text(),
      () => "",
    );

  it("rewrites a measure's page after its file is saved", async () => {
    expect(await page("/2568/measures/01-first-measure/")).toContain("โครงการทดสอบที่หนึ่ง");
    const file = join(content, "2568/measures/01-first-measure.md");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("โครงการทดสอบที่หนึ่ง", "โครงการที่แก้ชื่อแล้ว"),
    );
    const after = await poll(
      () => page("/2568/measures/01-first-measure/"),
      (html) => html.includes("โครงการที่แก้ชื่อแล้ว"),
      10_000,
    );
    expect(after, log).toContain("โครงการที่แก้ชื่อแล้ว");
  });

  it("prints the PDF fresh when its link is opened, with the edit in it", async () => {
    const response = await fetch(`${base}/2568/ita-2568-testtown.pdf`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = join(await scratch("preview-pdf"), "preview.pdf");
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    const pages = Number(pdfInfo(file).Pages);
    const text = Array.from({ length: pages }, (_, index) => pageText(file, index + 1)).join("\n");
    // The title column is narrow: the words may wrap onto two lines.
    expect(text.replace(/\s+/g, "")).toContain("โครงการที่แก้ชื่อแล้ว");
    expect((await fetch(`${base}/2568/ita-2568-other.pdf`)).status).toBe(404);
  });
});
