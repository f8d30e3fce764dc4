import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheCompiledTemplates,
  loadCompiledTemplates,
  type NunjucksLibrary,
  saveCompiledTemplates,
} from "../../scripts/site/template-cache.ts";
import { scratch } from "../helpers/content.ts";

/** A stand-in for Nunjucks's compiler that says what it compiled. */
function countingLibrary() {
  const compiledSources: string[] = [];
  const library: NunjucksLibrary = {
    compiler: {
      compile: (src, _asyncFilters, _extensions, name) => {
        compiledSources.push(src);
        return `/* ${name} */ return ${JSON.stringify(src)};`;
      },
    },
  };
  cacheCompiledTemplates(library);
  return { compile: library.compiler.compile, compiledSources };
}

describe("the compiled-template cache", () => {
  it("compiles a template once, and keeps only its latest code when it is edited", async () => {
    const dir = await scratch("template-cache");
    const file = join(dir, "templates.json");
    await loadCompiledTemplates(file);
    const { compile, compiledSources } = countingLibrary();

    compile("<p>one</p>", [], [], "base.njk");
    compile("<p>one</p>", [], [], "base.njk");
    compile("<h1>page</h1>", [], [], "page.njk");
    expect(compiledSources).toEqual(["<p>one</p>", "<h1>page</h1>"]);

    // Edited three times in a dev session: one entry for base.njk stays, its last.
    for (const version of ["two", "three", "four"])
      compile(`<p>${version}</p>`, [], [], "base.njk");
    await saveCompiledTemplates(file);
    const kept = Object.values(JSON.parse(await readFile(file, "utf8")) as Record<string, string>);
    expect(kept.sort()).toEqual([
      '/* base.njk */ return "<p>four</p>";',
      '/* page.njk */ return "<h1>page</h1>";',
    ]);

    // The older code is gone from memory too: going back compiles it again.
    compile("<p>one</p>", [], [], "base.njk");
    expect(compiledSources.at(-1)).toBe("<p>one</p>");
    expect(compiledSources).toHaveLength(6);
  });
});
