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
 * the next run makes a new bundle first, which takes about 0.1 s. Packages stay in node_modules.
 * Where .cache cannot be written, the command runs through tsx as before.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import module, { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
 * bench's), tsconfig.json, package-lock.json, this file, esbuild's version and Node's, for which
 * it is compiled.
 */
async function sourceHash() {
  const files = (await readdir(SCRIPTS, { recursive: true }))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  hash.update(await readFile(fileURLToPath(import.meta.url)));
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
];
/**
 * Packages an inlined one imports that stay in node_modules: Eleventy's dev server (used by
 * `eleventy --serve` only, never by our commands) is sloppy-mode code that cannot be bundled
 * into an ES module.
 */
const NEVER_INLINED = ["@11ty/eleventy-dev-server"];

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
 * Bundles every command into `dir`, through a folder of its own renamed at the end: two commands
 * started at once never see half a bundle.
 * @param {string} dir
 */
async function bundle(dir) {
  const esbuild = await import("esbuild");
  const staging = `${dir}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [
        ...COMMANDS.map((name) => join(SCRIPTS, `${name}.ts`)),
        // The HTML stage's worker thread (scripts/site/render-thread.ts).
        { in: join(SCRIPTS, "site", "render-worker.ts"), out: "render-worker" },
      ],
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
    await bundle(dir);
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
