import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { distance } from "fastest-levenshtein";
import matter from "gray-matter";
import { parse } from "yaml";

/**
 * Compares the table cells of two years' measure files, measure by measure (by number): title,
 * period, units, and the three sections. Used to measure an import against content a clerk
 * corrected by hand.
 */

export const CELLS = ["title", "period", "units", "steps", "output", "outcome"] as const;
type Cells = Record<(typeof CELLS)[number], string>;

async function cellsOf(dir: string): Promise<Map<number, Cells>> {
  const cells = new Map<number, Cells>();
  for (const name of (await readdir(dir)).sort()) {
    const file = matter(await readFile(join(dir, name), "utf8"), {
      engines: { yaml: (source) => parse(source) as object },
    });
    const data = file.data as {
      number: number;
      title: string;
      period: { start: string; end: string };
      responsibleUnits: string[];
    };
    const [, steps = "", output = "", outcome = ""] = file.content
      .split(/^## .*$/m)
      .map((part) => part.trim());
    cells.set(data.number, {
      title: data.title,
      period: `${data.period.start}/${data.period.end}`,
      units: data.responsibleUnits.join("\n"),
      steps,
      output,
      outcome,
    });
  }
  return cells;
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

export interface CellMatch {
  cells: number;
  /** Identical, character for character. */
  exact: number;
  /** Identical once spaces and line breaks are set aside. */
  exceptSpaces: number;
  /** Mean of 1 − edit distance / length, over all cells. */
  similarity: number;
  /** Exact matches by column. */
  byColumn: Record<string, number>;
}

/** How many cells of `got` match `expected`'s, measure by measure. */
export async function matchCells(expectedDir: string, gotDir: string): Promise<CellMatch> {
  const expected = await cellsOf(expectedDir);
  const got = await cellsOf(gotDir);
  const result: CellMatch = { cells: 0, exact: 0, exceptSpaces: 0, similarity: 0, byColumn: {} };
  for (const [number, cells] of expected) {
    for (const column of CELLS) {
      const want = cells[column];
      const have = got.get(number)?.[column] ?? "";
      result.cells += 1;
      if (want === have) {
        result.exact += 1;
        result.byColumn[column] = (result.byColumn[column] ?? 0) + 1;
      }
      if (squeeze(want) === squeeze(have)) result.exceptSpaces += 1;
      result.similarity += 1 - distance(want, have) / Math.max(want.length, have.length, 1);
    }
  }
  result.similarity /= result.cells;
  return result;
}
