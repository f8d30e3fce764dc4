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
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import module from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Each is scripts/<name>.ts. */
const COMMANDS = ["build", "check", "dev", "new-year", "new-measure"];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPTS = join(ROOT, "scripts");
const BUNDLES = join(ROOT, ".cache", "cli");
/** Bundles of earlier sources kept for commands still running from them. */
const KEEP = 3;

/** The TypeScript sources the commands are made of, with a hash of their content and paths. */
async function sourceHash() {
  const files = (await readdir(SCRIPTS, { recursive: true }))
    .filter((file) => file.endsWith(".ts"))
    .sort();
  const hash = createHash("sha256");
  // This file decides how the bundle is made, and the bundle is made for this Node version.
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  hash.update(process.version);
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(join(SCRIPTS, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** @type {import("esbuild").Plugin} */
const keepModuleUrls = {
  // A module finds files beside it through import.meta.url (fonts, its own source). Inside a
  // bundle that would be the bundle's address, so each file keeps its own.
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(path).href),
      ),
      loader: "ts",
    }));
  },
};

/**
 * Bundles every command into `dir`, through a folder of its own renamed at the end: two commands
 * started at once never see half a bundle.
 * @param {string} dir
 */
async function bundle(dir) {
  const esbuild = await import("esbuild");
  const staging = `${dir}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: COMMANDS.map((name) => join(SCRIPTS, `${name}.ts`)),
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node}`,
    packages: "external",
    sourcemap: "linked",
    logLevel: "error",
    plugins: [keepModuleUrls],
  });
  await rename(staging, dir).catch(async (error) => {
    // Another command made the same bundle first.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  });
  const others = await Promise.all(
    (await readdir(BUNDLES))
      .filter((name) => join(BUNDLES, name) !== dir && !name.endsWith(".tmp"))
      .map(async (name) => ({ name, time: (await stat(join(BUNDLES, name))).mtimeMs })),
  );
  const old = others.sort((a, b) => b.time - a.time).slice(KEEP - 1);
  await Promise.all(
    old.map(({ name }) => rm(join(BUNDLES, name), { recursive: true, force: true })),
  );
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

const dir = join(BUNDLES, await sourceHash());
if (!existsSync(join(dir, `${command}.js`))) {
  await mkdir(BUNDLES, { recursive: true });
  // esbuild has printed where the TypeScript is wrong; a stack trace would only hide it.
  await bundle(dir).catch((error) => {
    console.error(
      `[run] bundling scripts/ failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
    );
    process.exit(1);
  });
}
process.argv = [process.argv[0] ?? "node", join(dir, `${command}.js`), ...args];
await import(pathToFileURL(join(dir, `${command}.js`)).href);
