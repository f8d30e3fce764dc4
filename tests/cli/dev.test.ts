import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, scratch } from "../helpers/content.ts";
import { pageText, pdfInfo } from "../helpers/pdf.ts";
import { freePort, poll, type RunningPreview, startPreview } from "../helpers/preview.ts";
import { skipPdf } from "../helpers/tools.ts";

/**
 * `npm run dev` as a clerk runs it, on content outside the project (a scratch copy): the page
 * follows a save, and the PDF link prints the page as it is now.
 */
describe.skipIf(skipPdf)(`the live preview${skipPdf ? ` (skipped: ${skipPdf})` : ""}`, () => {
  let dev: RunningPreview;
  let content: string;
  let base: string;
  /** The preview's temp folder: its own pages and the browser's profile go under it. */
  let temp: string;

  beforeAll(async () => {
    content = await copyContent();
    temp = await scratch("preview-temp");
    dev = await startPreview(["--content", content, "--port", String(await freePort())], {
      ...process.env,
      TMPDIR: temp,
    });
    base = dev.base;
  });

  afterAll(async () => {
    await dev.stop();
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
    expect(after, dev.log()).toContain("โครงการที่แก้ชื่อแล้ว");
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

  it("makes the year's open data on request, with the edit in it", async () => {
    const csv = await fetch(`${base}/2568/ita-2568-testtown.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("โครงการที่แก้ชื่อแล้ว");
    const schema = await fetch(`${base}/2568/ita-2568-testtown.schema.json`);
    expect((await schema.json()).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((await fetch(`${base}/2568/ita-2568-other.csv`)).status).toBe(404);
  });

  it("on Ctrl+C closes the browser and removes its profile and the preview's pages", async () => {
    await expectCleanUp(dev, temp, "SIGINT");
  });
});

describe.skipIf(skipPdf)(`a preview stopped by the system${skipPdf ? ` (skipped)` : ""}`, () => {
  it("on SIGTERM closes the browser and removes its profile and pages too", async () => {
    const temp = await scratch("preview-temp");
    const dev = await startPreview(
      ["--content", await copyContent(), "--port", String(await freePort())],
      { ...process.env, TMPDIR: temp },
    );
    expect((await fetch(`${dev.base}/2568/ita-2568-testtown.pdf`)).status, dev.log()).toBe(200);
    await expectCleanUp(dev, temp, "SIGTERM");
  });
});

/** After a PDF was printed: `signal` ends the preview, its browser, and its folder in `temp`. */
async function expectCleanUp(dev: RunningPreview, temp: string, signal: NodeJS.Signals) {
  const [run = ""] = await readdir(temp);
  const profiles = await readdir(join(temp, run, "tmp"));
  expect(profiles.some((name) => name.startsWith("ita-report-browser-"))).toBe(true);
  await dev.stop(signal);
  expect(await readdir(temp)).toEqual([]);
  // No browser is left running with a profile from that folder.
  const running = await poll(
    async () => browsersUsing(temp),
    (count) => count === 0,
    5_000,
  );
  expect(running).toBe(0);
}

/** How many processes were started with an argument naming a path under `dir` (Linux only). */
async function browsersUsing(dir: string): Promise<number> {
  if (process.platform !== "linux") return 0;
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  const lines = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")),
  );
  return lines.filter((line) => line.includes(dir)).length;
}
