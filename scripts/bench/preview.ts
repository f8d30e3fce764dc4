import { spawn } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { measure, say } from "./tools.ts";

/** Asks until `ask` says yes. */
async function until(ask: () => Promise<boolean>, limitMs = 20_000): Promise<void> {
  const started = performance.now();
  while (!(await ask().catch(() => false))) {
    if (performance.now() - started > limitMs) throw new Error("the preview did not answer");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * `npm run dev` on a copy of the content: from saving a measure to the preview serving the
 * changed page, and the time a PDF link takes to print afresh.
 */
export async function benchPreview(work: string, runs: number) {
  const content = join(work, "preview-content");
  await cp("content", content, { recursive: true });
  const port = 8700 + Math.floor(Math.random() * 200);
  const base = `http://localhost:${port}`;
  say("\nnpm run dev (the live preview)");
  const dev = spawn(
    process.execPath,
    ["scripts/run.mjs", "dev", "--content", content, "--port", String(port)],
    { detached: true, stdio: "ignore" },
  );
  const rebuild: number[] = [];
  const pdfLink: number[] = [];
  try {
    await measure("start until the first page answers (not counted)", () =>
      until(() => fetch(`${base}/`).then((response) => response.ok), 60_000),
    );
    const file = join(content, "2568/measures/01-ethics-training.md");
    const original = await readFile(file, "utf8");
    for (let round = 0; round < runs; round++) {
      const marker = `รอบที่${round}`;
      await writeFile(file, original.replace("title: ", `title: ${marker} `));
      await measure(
        `round ${round + 1} of ${runs}: save a measure → the preview serves the changed page`,
        () =>
          until(() =>
            fetch(`${base}/2568/measures/01-ethics-training/`)
              .then((response) => response.text())
              .then((html) => html.includes(marker)),
          ),
        rebuild,
      );
      await measure(
        "  its PDF link, printed afresh",
        () =>
          fetch(`${base}/2568/ita-2568-muangkong.pdf`).then((response) => response.arrayBuffer()),
        pdfLink,
      );
    }
  } finally {
    if (dev.pid) process.kill(-dev.pid, "SIGTERM");
  }
  return { rebuild, pdfLink };
}
