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
import module from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundledEntry, COMMANDS, ROOT, SCRIPTS, setCommandFlags, useBundle } from "./bundle.mjs";

const [command = "", ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`ไม่รู้จักคำสั่ง "${command}" ใช้ได้: ${COMMANDS.join(", ")}`);
  console.error(`Unknown command "${command}"; one of: ${COMMANDS.join(", ")}`);
  process.exit(1);
}
// Before the bundle loads; the worker threads share them.
setCommandFlags();
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
  useBundle(entry);
  await import(pathToFileURL(entry).href);
} else {
  // .cache cannot be written (a read-only checkout): the same command, compiled as it loads.
  const { register } = await import("tsx/esm/api");
  register();
  const source = join(SCRIPTS, `${command}.ts`);
  process.argv = [process.argv[0] ?? "node", source, ...args];
  await import(pathToFileURL(source).href);
}
