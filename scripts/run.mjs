// @ts-check
/**
 * Runs one of the project's commands: `node scripts/run.mjs build --strict` is what
 * `npm run build -- --strict` calls. Plain JavaScript, so that Node runs it directly.
 *
 * The commands are TypeScript under scripts/. esbuild bundles them once, and plain Node runs the
 * bundle. Loading the same modules through tsx on every run costs a third of a second more:
 * tsx compiles the files and passes each import of every package through its loader (measured by
 * `npm run bench`).
 *
 * The bundle is kept in .cache/cli/<hash of the sources>/. When a file under scripts/ changes,
 * the next run makes a new bundle first, which takes about 0.8 s (Eleventy is in it).
 * Where .cache cannot be written, the command runs through tsx as before.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { bundle } from "./bundle.mjs";

/** Each is scripts/<name>.ts. */
const COMMANDS = ["build", "check", "dev", "new-year", "new-measure", "import"];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPTS = join(ROOT, "scripts");
const BUNDLES = join(ROOT, ".cache", "cli");
/** Bundles of earlier sources kept, by last use, for commands still running from them. */
const KEEP = 3;
/** A staging folder this old was left by a bundling that was interrupted. */
const STALE_MS = 60 * 60 * 1000;

/**
 * A hash of everything the bundle is made from: the sources the commands import (not the
 * bench's), tsconfig.json, package-lock.json, this file and bundle.mjs, esbuild's version and
 * Node's, for which it is compiled.
 */
async function sourceHash() {
  const files = (await readdir(SCRIPTS, { recursive: true }))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  hash.update(await readFile(join(SCRIPTS, "bundle.mjs")));
  hash.update(await readFile(join(ROOT, "tsconfig.json")).catch(() => ""));
  // The installed packages: the bundle carries some of them (INLINED), which an update changes.
  hash.update(await readFile(join(ROOT, "package-lock.json")).catch(() => ""));
  hash.update(
    `${process.version} ${createRequire(import.meta.url)("esbuild/package.json").version}`,
  );
  // Read all at once: one after another they took 30 ms of every command's start.
  const contents = await Promise.all(files.map((file) => readFile(join(SCRIPTS, file))));
  for (const [index, file] of files.entries()) {
    hash.update(`\0${file}\0`);
    hash.update(contents[index] ?? "");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Removes all but the last used bundles, and staging folders left by an interrupted bundling.
 * Best effort: another command may be removing the same folders.
 * @param {string} current
 */
async function prune(current) {
  const now = Date.now();
  const entries = await Promise.all(
    (await readdir(BUNDLES)).map(async (name) => {
      const used = await stat(join(BUNDLES, name)).then(
        (found) => found.mtimeMs,
        () => now,
      );
      return { name, used };
    }),
  );
  const staleStaging = entries.filter(
    ({ name, used }) => name.endsWith(".tmp") && now - used > STALE_MS,
  );
  const old = entries
    .filter(({ name }) => !name.endsWith(".tmp") && join(BUNDLES, name) !== current)
    .sort((a, b) => b.used - a.used)
    .slice(KEEP - 1);
  await Promise.all(
    [...staleStaging, ...old].map(({ name }) =>
      rm(join(BUNDLES, name), { recursive: true, force: true }),
    ),
  );
}

/**
 * The bundle's entry for `command`, made first if the sources changed, or undefined when it
 * cannot be written. A mistake in the TypeScript stops here, as esbuild printed it.
 * @param {string} command
 */
async function bundledEntry(command) {
  const dir = join(BUNDLES, await sourceHash());
  const entry = join(dir, `${command}.mjs`);
  try {
    if (existsSync(entry)) {
      // Marks it as used, for pruning.
      const now = new Date();
      await utimes(dir, now, now);
      return entry;
    }
    await mkdir(BUNDLES, { recursive: true });
    await bundle(dir, [
      ...COMMANDS.map((name) => join(SCRIPTS, `${name}.ts`)),
      // The HTML stage's worker thread (scripts/site/render-thread.ts).
      { in: join(SCRIPTS, "site", "render-worker.ts"), out: "render-worker" },
    ]);
  } catch (error) {
    if (error && typeof error === "object" && "errors" in error) {
      console.error("[run] bundling scripts/ failed: see esbuild's messages above");
      process.exit(1);
    }
    return existsSync(entry) ? entry : undefined;
  }
  await prune(dir).catch(() => undefined);
  return entry;
}

const [command = "", ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`ไม่รู้จักคำสั่ง "${command}" ใช้ได้: ${COMMANDS.join(", ")}`);
  console.error(`Unknown command "${command}"; one of: ${COMMANDS.join(", ")}`);
  process.exit(1);
}
// V8 optimises a function that has run for a while (TurboFan, in background threads). A command
// ends within seconds, and on 2 cores that compiling took the cores the build itself needed: with
// 8 times V8's budget (67,584), the FY2568 clean build took 0.11 s less on Node 20 (10 runs in
// turn) and 0.04 s less on Node 22, and the 10 × 150 archive 0.5 s more of its 29 s.
// Set before the bundle loads; the worker threads share it.
setFlagsFromString("--interrupt-budget=540672");
// Node 22.1+ also keeps the compiled code of every module between runs.
const { enableCompileCache } = /** @type {{ enableCompileCache?: (dir: string) => unknown }} */ (
  module
);
enableCompileCache?.(join(ROOT, ".cache", "node"));
// Stack traces point at the TypeScript lines when a developer asks for them.
if (args.includes("--debug")) process.setSourceMapsEnabled(true);

const entry = await bundledEntry(command);
if (entry) {
  process.argv = [process.argv[0] ?? "node", entry, ...args];
  // Where the bundle's worker threads are (scripts/worker-thread.ts).
  /** @type {Record<symbol, string>} */ (globalThis)[Symbol.for("ita-report.bundle")] =
    dirname(entry);
  await import(pathToFileURL(entry).href);
} else {
  // .cache cannot be written (a read-only checkout): the same command, compiled as it loads.
  const { register } = await import("tsx/esm/api");
  register();
  const source = join(SCRIPTS, `${command}.ts`);
  process.argv = [process.argv[0] ?? "node", source, ...args];
  await import(pathToFileURL(source).href);
}
