import { stat } from "node:fs/promises";
import { join } from "node:path";
import { build } from "../pipeline/pipeline.ts";
import { barePrint } from "./bare-print.ts";
import { bytesOf, command, htmlStageOf, measure, run, say, seconds, tsx } from "./tools.ts";

export interface Fy2568Runs {
  cold: number[];
  bare: number[];
  /** The HTML stage of the clean build, as it printed it: photos resized anew. */
  coldHtml: number[];
  warm: number[];
  /** The HTML stage of the build with everything cached, as it printed it. */
  warmHtml: number[];
  npm: number[];
  throughTsx: number[];
  fullBrowser: number[];
  check: number[];
  nodeStart: number[];
  tsxStart: number[];
  /** The build called in this process, its modules already loaded: photos resized each time. */
  html: number[];
  pdf: number[];
  htmlBytes: number;
  pdfBytes: Record<string, number>;
}

/**
 * FY2568, round after round, each figure in turn so that a slow spell of this machine falls on
 * all alike: the clean build in a new process and, right after it, the bare print of the pages
 * it wrote (the ratio the build is held to); the build with everything cached; the same clean
 * build through npm, through tsx, with a full browser; `npm run check`; Node starting.
 */
export async function benchFy2568(
  work: string,
  runs: number,
  browser: { path: string; full?: string },
): Promise<Fy2568Runs> {
  const fy: Fy2568Runs = {
    ...{ cold: [], bare: [], coldHtml: [], warm: [], warmHtml: [], npm: [], throughTsx: [] },
    ...{ fullBrowser: [], check: [], nodeStart: [], tsxStart: [], html: [], pdf: [] },
    htmlBytes: 0,
    pdfBytes: {},
  };
  const warmCache = join(work, "warm-cache");
  say("\nFY2568: filling a build cache for the cached build");
  await measure("build into a fresh cache (not counted)", () =>
    command("build", ["--out", join(work, "warm-up"), "--cache", warmCache]),
  );
  await measure("build() in this process, to load its modules (not counted)", () =>
    build({ contentDir: "content", outDir: join(work, "warm-up-api") }),
  );
  for (let round = 0; round < runs; round++) {
    say(`FY2568, round ${round + 1} of ${runs}`);
    const out = join(work, `dist-${round}`);
    let printed = "";
    const keep = (result: { stdout: string }) => {
      printed = result.stdout;
    };
    // As a clerk runs it: a new process, Node start-up included, nothing cached.
    await measure(
      'clean build: node scripts/run.mjs build --cache ""',
      () => command("build", ["--out", join(out, "cold"), "--cache", ""]).then(keep),
      fy.cold,
    );
    fy.coldHtml.push(htmlStageOf(printed));
    await measure(
      "bare print of the same two pages, headless shell --print-to-pdf",
      () => barePrint(browser.path, join(out, "cold"), out),
      fy.bare,
    );
    const warmArgs = ["--out", join(out, "warm"), "--cache", warmCache];
    await measure(
      "build with photos and PDFs cached",
      () => command("build", warmArgs).then(keep),
      fy.warm,
    );
    fy.warmHtml.push(htmlStageOf(printed));
    say(
      `    its HTML stage, photos cached, as the build printed it: ${seconds(htmlStageOf(printed))}`,
    );
    const npmArgs = ["run", "--silent", "build", "--", "--out", join(out, "npm"), "--cache", ""];
    await measure("the clean build through npm run build", () => run("npm", npmArgs), fy.npm);
    await measure(
      "the clean build through tsx (no bundle)",
      () => tsx("scripts/build.ts", "--out", join(out, "tsx"), "--cache", ""),
      fy.throughTsx,
    );
    const full = browser.full;
    if (full) {
      await measure(
        `the clean build with ${full}`,
        () =>
          command("build", ["--out", join(out, "full"), "--cache", ""], {
            PUPPETEER_EXECUTABLE_PATH: full,
          }),
        fy.fullBrowser,
      );
    }
    await measure("npm run check, new process", () => command("check", []), fy.check);
    await measure("node doing nothing", () => run(process.execPath, ["-e", ""]), fy.nodeStart);
    await measure(
      "node + tsx doing nothing",
      () => run(process.execPath, ["--import", "tsx", "-e", ""]),
      fy.tsxStart,
    );
    const api = join(out, "api");
    const result = await build({ contentDir: "content", outDir: api });
    fy.html.push(result.htmlMs);
    fy.pdf.push(result.pdfMs);
    say(
      `  build() in this process, modules loaded: HTML stage (photos resized) ${seconds(result.htmlMs)}, PDF stage ${seconds(result.pdfMs)}`,
    );
    for (const pdf of result.pdfs) fy.pdfBytes[pdf.path] = (await stat(join(api, pdf.path))).size;
    fy.htmlBytes = await bytesOf(api, (name) => name.endsWith(".html"));
  }
  return fy;
}
