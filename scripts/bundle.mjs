// @ts-check
/**
 * The commands' bundle, made by bundledEntry when the sources change (scripts/run.mjs): esbuild
 * bundles scripts/ with the small packages every command loads, into a folder renamed into place.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

/** The packages bundled into the commands; every other package is imported from node_modules. */
const INLINED = [
  "pdf-lib",
  "zod",
  "markdown-it",
  "yaml",
  "gray-matter",
  "fastest-levenshtein",
  // Its 430 modules load in 90 ms as one file, 190 ms from node_modules (`npm run bench`).
  "@11ty/eleventy",
  // The printer's; not "puppeteer", which searches for configuration files as it loads. The
  // browser starts 0.17 s sooner in the build (from 0.23 s after the check to 0.06 s).
  "puppeteer-core",
  // Its 35 CommonJS files load in the HTML stage's thread as a clean build resizes the photos:
  // 0.02 s less of the FY2568 clean build as one file (2 × 16 runs in turn).
  "@11ty/eleventy-img",
];
/**
 * Packages an inlined one imports that stay in node_modules: Eleventy's dev server (used by
 * `eleventy --serve` only, never by our commands) is sloppy-mode code that cannot be bundled
 * into an ES module; sharp loads its native library from beside its own files.
 */
const NEVER_INLINED = ["@11ty/eleventy-dev-server", "sharp"];

/**
 * Marks every package import external except the `inlined` ones (and the packages they import).
 * @param {string[]} inlined
 * @returns {import("esbuild").Plugin}
 */
const externalPackages = (inlined) => ({
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (path.startsWith("node:")) return { path, external: true };
      const name = path.startsWith("@")
        ? path.split("/").slice(0, 2).join("/")
        : path.split("/")[0];
      // What an inlined package imports is inlined with it, unless it is Node's own.
      const fromInlined = importer.includes(`${sep}node_modules${sep}`);
      if (NEVER_INLINED.includes(name ?? "")) return { path, external: true };
      if ((name && inlined.includes(name)) || fromInlined) return undefined;
      return { path, external: true };
    });
  },
});

/**
 * @param {string} dir the folder the bundle's files are written to
 * @returns {import("esbuild").Plugin}
 */
const keepModuleUrls = (dir) => ({
  // A module finds files beside it through import.meta.url (fonts, its own source; Eleventy its
  // package.json). Inside a bundle that would be the bundle's address, so each file gets its
  // own, relative to the bundle: it stays right when the project folder is moved.
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.(ts|js|mjs|cjs)$/ }, async ({ path }) => {
      const ours = path.endsWith(".ts");
      const source = await readFile(path, "utf8");
      if (!ours && !source.includes("import.meta")) return undefined;
      const other = /import\.meta\.(?!url\b)\w+/.exec(source);
      if (other) {
        const fix = ours ? "use import.meta.url" : "leave its package out of INLINED";
        return { errors: [{ text: `${other[0]} would point into the bundle; ${fix}` }] };
      }
      const fromBundle = relative(dir, path).split(sep).join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: ours ? "ts" : "js",
      };
    });
  },
});

/**
 * Bundles the entry points (each command, each worker thread) into `dir`, through a folder of
 * its own renamed at the end: two commands started at once never see half a bundle.
 * @param {string} dir
 * @param {import("esbuild").BuildOptions["entryPoints"]} entryPoints
 */
export async function bundle(dir, entryPoints) {
  const esbuild = await import("esbuild");
  const staging = `${dir}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: "esm",
      // ES modules whatever package.json says.
      outExtension: { ".js": ".mjs" },
      platform: "node",
      // Their ES module builds where they have them: a CommonJS package imported dynamically
      // would come out of a split bundle as its default export only (pdf-lib's `import()`).
      mainFields: ["module", "main"],
      target: `node${process.versions.node}`,
      // Packages stay in node_modules, but for small pure-JavaScript ones that every build
      // loads: one file of theirs loads in about half the time of their hundreds (pdf-lib
      // 105 → 45 ms, zod 39 → 25 ms, markdown-it 36 → 15 ms, measured by importing each alone).
      // CommonJS among them finds Node's modules through a real `require`.
      banner: {
        js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
      },
      sourcemap: "linked",
      logLevel: "error",
      // The staging folder sits beside the bundle's own, so paths from it hold for both.
      plugins: [keepModuleUrls(dir), externalPackages(INLINED)],
    });
  } finally {
    // Its helper process would otherwise live as long as the command (hours for `dev`).
    await esbuild.stop();
  }
  await rename(staging, dir).catch(async (error) => {
    // Another command made the same bundle first.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  });
}

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
 * bench's), tsconfig.json, package-lock.json, run.mjs and this file, esbuild's version and
 * Node's, for which it is compiled.
 */
async function sourceHash() {
  const files = (await readdir(SCRIPTS, { recursive: true }))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  hash.update(await readFile(join(SCRIPTS, "run.mjs")));
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
