import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Nunjucks compiles every template into JavaScript on each build: a fifth of the HTML stage for
 * the FY2568 report, most of it the compiler warming up (`npm run bench`). The compiled code of
 * each template is kept here by a digest of everything it depends on (its source and name, the
 * environment's options, async filters and extension tags, and the installed packages, Nunjucks
 * among them), in memory and in the build cache, so an unchanged template is never compiled again.
 */

/** The part of the Nunjucks library this cache wraps. */
export interface NunjucksLibrary {
  compiler: {
    compile(
      src: string,
      asyncFilters: string[],
      extensions: { tags?: string[]; __name?: string }[],
      name: string,
      opts?: object,
    ): string;
  };
}

const compiled = new Map<string, string>();
/**
 * Each template's entry this process last used, by everything but its source: the ones worth
 * keeping. A template edited during `npm run dev` replaces its older code, in memory and on disk,
 * so a long session keeps one entry per template.
 */
const latest = new Map<string, string>();
const WRAPPED = Symbol.for("ita-report.template-cache");
/** A digest of package-lock.json: which Nunjucks compiled the code kept on disk. */
let packages = "";
const LOCK_FILE = new URL("../../package-lock.json", import.meta.url);

/**
 * Makes the Nunjucks library Eleventy uses compile through the cache (once per library; the
 * "eleventy.engine.njk" event hands it over).
 */
export function cacheCompiledTemplates(nunjucks: NunjucksLibrary): void {
  const compiler = nunjucks.compiler as NunjucksLibrary["compiler"] & { [WRAPPED]?: true };
  if (compiler[WRAPPED]) return;
  const compile = compiler.compile.bind(compiler);
  compiler.compile = (src, asyncFilters, extensions, name, opts) => {
    const template = JSON.stringify([
      name,
      opts ?? {},
      asyncFilters,
      (extensions ?? []).map((extension) => extension.tags ?? extension.__name ?? ""),
    ]);
    const key = createHash("sha256")
      .update(JSON.stringify([packages, src, template]))
      .digest("hex");
    const previous = latest.get(template);
    if (previous !== undefined && previous !== key) compiled.delete(previous);
    latest.set(template, key);
    let code = compiled.get(key);
    if (code === undefined) {
      code = compile(src, asyncFilters, extensions, name, opts);
      compiled.set(key, code);
    }
    return code;
  };
  compiler[WRAPPED] = true;
}

/** Reads the compiled templates an earlier build kept in `file`; a missing or broken file is none. */
export async function loadCompiledTemplates(file: string): Promise<void> {
  packages ||= await readFile(LOCK_FILE).then(
    (lock) => createHash("sha256").update(lock).digest("hex"),
    () => "no package-lock.json",
  );
  try {
    const kept = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
    for (const [key, code] of Object.entries(kept)) {
      if (typeof code === "string" && !compiled.has(key)) compiled.set(key, code);
    }
  } catch {
    // Compiled again, and kept at the end of this build.
  }
}

/**
 * Keeps the templates this process compiled or reused in `file`, whole or not at all; a cache
 * that cannot be written only costs the next build the compiling.
 */
export async function saveCompiledTemplates(file: string): Promise<void> {
  const kept = Object.fromEntries([...latest.values()].map((key) => [key, compiled.get(key)]));
  const temporary = `${file}.${process.pid}.partial`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify(kept));
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true });
  }
}
