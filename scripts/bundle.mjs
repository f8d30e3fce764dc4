// @ts-check
/**
 * The commands' bundle: where it is kept, made again (scripts/bundler.mjs) when the sources
 * change, and how a command runs from it (scripts/run.mjs).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { bundle } from "./bundler.mjs";

/** Each is scripts/<name>.ts. */
export const COMMANDS = ["build", "check", "dev", "new-year", "new-measure", "import"];
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCRIPTS = join(ROOT, "scripts");
const BUNDLES = join(ROOT, ".cache", "cli");
/** Bundles of earlier sources kept, by last use, for commands still running from them. */
const KEEP = 3;
/** A staging folder this old was left by a bundling that was interrupted. */
const STALE_MS = 60 * 60 * 1000;

/**
 * A hash of everything the bundle is made from: the sources the commands import (not the
 * bench's), tsconfig.json, package-lock.json, run.mjs, this file and bundler.mjs, esbuild's
 * version and Node's, for which it is compiled.
 */
async function sourceHash() {
  const files = (await readdir(SCRIPTS, { recursive: true }))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  hash.update(await readFile(join(SCRIPTS, "run.mjs")));
  hash.update(await readFile(join(SCRIPTS, "bundle.mjs")));
  hash.update(await readFile(join(SCRIPTS, "bundler.mjs")));
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
export async function bundledEntry(command) {
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

/**
 * V8 optimises a function that has run for a while (TurboFan, in background threads). A command
 * ends within seconds; on 2 cores that compiling took the cores the build needed. With 8 times
 * V8's budget (67,584) the FY2568 clean build took 0.11 s less on Node 20 (10 runs in turn),
 * 0.04 s less on Node 22, and the 10 × 150 archive 0.5 s more of its 29 s.
 */
export function setCommandFlags() {
  setFlagsFromString("--interrupt-budget=540672");
}

/** Where the commands' bundle is (`entry`, one of its files), for its worker threads. @param {string} entry */
export function useBundle(entry) {
  /** @type {Record<symbol, string>} */ (globalThis)[Symbol.for("ita-report.bundle")] =
    dirname(entry);
}
