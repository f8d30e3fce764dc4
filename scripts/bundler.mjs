// @ts-check
/**
 * How the commands' bundle is made: esbuild bundles scripts/ with the small packages every
 * command loads, into a folder renamed into place. When and where: scripts/bundle.mjs.
 */
import { existsSync } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { relative, sep } from "node:path";

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
      // Stack traces map back to the sources with `--debug` (run.mjs).
      sourcemap: "linked",
      // Half the bytes for Node to parse as the threads load (12 → 7 MB): 0.02–0.04 s of the
      // FY2568 clean build (3 × 9 runs in turn). Names are kept, for stack traces and Eleventy.
      minifyWhitespace: true,
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
