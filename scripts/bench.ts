import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "./build/pipeline.ts";
import { findBrowser } from "./pdf/browser.ts";

/**
 * `npm run bench`: builds the FY2568 report from a clean state several times and compares, in the
 * same run, the PDF stage with a bare `chromium --headless --print-to-pdf` of the same print page.
 * Goals: the whole build under 3 s on a 2-core machine; the PDF stage within 1.5× of bare Chromium.
 * `npm run check` is timed against starting Node with tsx and doing nothing, its floor.
 * `npm run dev`: the time from saving a measure until the preview serves the changed page (goal
 * under 1 s), and a PDF link opened in the preview, against the HTML stage and bare Chromium.
 */
const RUNS = 5;
const run = promisify(execFile);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

const work = await mkdtemp(join(tmpdir(), "ita-bench-"));
const browser = findBrowser();
let pdfBytes = 0;
const results = {
  wholeBuild: [] as number[],
  html: [] as number[],
  pdf: [] as number[],
  bare: [] as number[],
  check: [] as number[],
  nodeStart: [] as number[],
};

for (let round = 0; round < RUNS; round++) {
  const out = join(work, `dist-${round}`);
  // The build as a clerk runs it: a new process, Node and tsx start-up included.
  results.wholeBuild.push(
    await timed(() =>
      run(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", join(out, "cli")]),
    ),
  );
  results.check.push(
    await timed(() => run(process.execPath, ["--import", "tsx", "scripts/check.ts"])),
  );
  results.nodeStart.push(await timed(() => run(process.execPath, ["--import", "tsx", "-e", ""])));
  const result = await build({ contentDir: "content", outDir: join(out, "api") });
  results.html.push(result.htmlMs);
  results.pdf.push(result.pdfMs);
  pdfBytes = (await stat(join(out, "api", result.pdfs[0]?.path ?? ""))).size;
  const printPage = pathToFileURL(join(out, "api", "2568", "index.html")).href;
  results.bare.push(
    await timed(() =>
      run(browser.path, [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--no-pdf-header-footer",
        `--print-to-pdf=${join(out, "bare.pdf")}`,
        printPage,
      ]),
    ),
  );
}

/** Asks until `done` says yes; the time it took. */
async function until(ask: () => Promise<boolean>, limitMs = 20_000): Promise<number> {
  const started = performance.now();
  while (!(await ask().catch(() => false))) {
    if (performance.now() - started > limitMs) throw new Error("the preview did not answer");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

/** The live preview on a copy of the content: save-to-page and PDF-link times. */
async function previewTimings() {
  const content = join(work, "preview-content");
  await cp("content", content, { recursive: true });
  const port = 8700 + Math.floor(Math.random() * 200);
  const base = `http://localhost:${port}`;
  const dev = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/dev.ts", "--content", content, "--port", String(port)],
    { detached: true, stdio: "ignore" },
  );
  const rebuild: number[] = [];
  const pdfLink: number[] = [];
  try {
    await until(() => fetch(`${base}/`).then((response) => response.ok), 60_000);
    const file = join(content, "2568/measures/01-ethics-training.md");
    const original = await readFile(file, "utf8");
    for (let round = 0; round < RUNS; round++) {
      const marker = `รอบที่${round}`;
      await writeFile(file, original.replace("title: ", `title: ${marker} `));
      rebuild.push(
        await until(() =>
          fetch(`${base}/2568/measures/01-ethics-training/`)
            .then((response) => response.text())
            .then((html) => html.includes(marker)),
        ),
      );
      pdfLink.push(
        await timed(() =>
          fetch(`${base}/2568/ita-2568-muangkong.pdf`).then((response) => response.arrayBuffer()),
        ),
      );
    }
  } finally {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  }
  return { rebuild, pdfLink };
}
const preview = await previewTimings();
await rm(work, { recursive: true, force: true });

const whole = median(results.wholeBuild);
const pdf = median(results.pdf);
const bare = median(results.bare);
console.log(
  `ITA report benchmark, FY2568 content, median of ${RUNS} clean builds (browser: ${browser.path})`,
);
console.table({
  "whole build (new process)": seconds(whole),
  "HTML stage (content + Eleventy)": seconds(median(results.html)),
  "PDF stage (rest of browser start-up + print)": seconds(pdf),
  "bare chromium --print-to-pdf": seconds(bare),
  "npm run check (new process)": seconds(median(results.check)),
  "node + tsx doing nothing": seconds(median(results.nodeStart)),
  "npm run dev: save → page rewritten": seconds(median(preview.rebuild)),
  "npm run dev: PDF link (fresh print)": seconds(median(preview.pdfLink)),
});
console.log(`PDF stage / bare Chromium: ${(pdf / bare).toFixed(2)}× (goal ≤ 1.5×)`);
console.log(`whole build: ${seconds(whole)} (goal < 3 s) ${whole < 3000 ? "✓" : "✗"}`);
console.log(
  `npm run check / node + tsx start-up: ${(median(results.check) / median(results.nodeStart)).toFixed(2)}×`,
);
const rebuild = median(preview.rebuild);
console.log(
  `preview rebuild after a save: ${seconds(rebuild)} (goal < 1 s) ${rebuild < 1000 ? "✓" : "✗"}, ` +
    `${(rebuild / median(results.html)).toFixed(2)}× a clean HTML stage`,
);
console.log(
  `preview PDF link / bare Chromium: ${(median(preview.pdfLink) / bare).toFixed(2)}× (the browser stays open)`,
);
console.log(
  `FY2568 PDF size: ${(pdfBytes / 1024).toFixed(0)} KB (goal < 1 MB) ${pdfBytes < 1024 * 1024 ? "✓" : "✗"}`,
);
