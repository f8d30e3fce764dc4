import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSourceFile } from "../content/source-file.ts";
import { formatThaiNumber } from "../thai/numbers.ts";

/**
 * A valid archive for the benchmark: `years` fiscal years of `measures` measures each, written
 * from the sentences of the real FY2568 report, so text lengths and Thai line breaking are
 * realistic. The same seed always writes the same content.
 */
export interface ArchiveSize {
  years: number;
  measures: number;
}

/** A small seeded generator (mulberry32): the same archive on every run and machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the real report's measures, by the part of a measure they come from. */
async function sentencePools(contentDir: string) {
  const dir = join(contentDir, "2568", "measures");
  const pools = { titles: [] as string[], items: [] as string[], units: [] as string[] };
  for (const name of await readdir(dir)) {
    const source = parseSourceFile(await readFile(join(dir, name), "utf8"), `${dir}/${name}`);
    if ("code" in source) throw new Error(`${name}: ${source.message}`);
    const data = source.data as { title: string; responsibleUnits: string[] };
    pools.titles.push(data.title.replace(/ ประจำปีงบประมาณ พ\.ศ\. ๒๕๖๘$/, ""));
    pools.units.push(...data.responsibleUnits);
    for (const line of source.body.split("\n")) {
      const item = /^\s*(?:\d+\.|-)\s+(.+)$/.exec(line)?.[1];
      // Items under 300 characters, two or three to a cell, keep every cell under the
      // W_CELL_LONG limits (800–900 characters).
      if (item && item.length < 300) pools.items.push(item);
    }
  }
  return pools;
}

/** Writes the archive into `dir` (replaced), with the real agency.yaml; returns its years. */
export async function writeSyntheticArchive(
  dir: string,
  size: ArchiveSize,
  contentDir = "content",
  seed = 2568,
): Promise<number[]> {
  const pools = await sentencePools(contentDir);
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const items = (count: number) =>
    Array.from({ length: count }, (_, index) => `${index + 1}. ${pick(pools.items)}`).join("\n");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(contentDir, "agency.yaml"), join(dir, "agency.yaml"));
  const report = await readFile(join(contentDir, "2568", "report.md"), "utf8");
  const years = Array.from({ length: size.years }, (_, index) => 2568 - index);
  for (const year of years) {
    const measuresDir = join(dir, String(year), "measures");
    await mkdir(measuresDir, { recursive: true });
    await writeFile(join(dir, String(year), "report.md"), report);
    for (let number = 1; number <= size.measures; number++) {
      const start = 1 + Math.floor(next() * 6);
      const text = `---
number: ${number}
title: "${pick(pools.titles)} ประจำปีงบประมาณ พ.ศ. ${formatThaiNumber(year)}"
period:
  start: ${start <= 3 ? year - 1 : year}-${String(start <= 3 ? start + 9 : start - 3).padStart(2, "0")}
  end: ${year}-09
responsibleUnits:
  - ${pick(pools.units)}
---

## ขั้นตอนหรือวิธีการปฏิบัติ

${items(2 + Math.floor(next() * 2))}

## ผลการดำเนินการ (output)

${items(2 + Math.floor(next() * 2))}

## ผลลัพธ์หรือผลสัมฤทธิ์ (outcome/result)

${items(2 + Math.floor(next() * 2))}
`;
      await writeFile(join(measuresDir, `${String(number).padStart(3, "0")}-measure.md`), text);
    }
  }
  return years;
}
