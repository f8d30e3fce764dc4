import { distance } from "fastest-levenshtein";
import { toArabicDigits } from "../thai/numbers.ts";

/**
 * Which measures of a year carry on from the year before. File names change from year to year
 * (a clerk renumbers, `new-year` copies), so measures are matched by their titles.
 */

/**
 * The least title similarity (1 − edit distance ÷ the longer title, on normalised titles) for two
 * measures to be the same one renamed. Measured on real titles (tests/content/compare.test.ts):
 * renamed measures scored 0.59–0.85, distinct measures of one agency at most 0.51 (the IIT and
 * EIT awareness measures, which share half their words). Thai word sets (Intl.Segmenter) were
 * tried too and separated worse: 0.62 for that distinct pair against 0.63 for a renamed one.
 */
export const SAME_MEASURE = 0.55;

/** A measure as compared: its number and its title. */
export interface Titled {
  number: number;
  title: string;
}

/** A measure of the year and the one it carries on from. */
export interface KeptPair<Measure extends Titled> {
  current: Measure;
  previous: Measure;
  /** 1 when the normalised titles are equal. */
  similarity: number;
}

export interface MeasureComparison<Measure extends Titled> {
  kept: KeptPair<Measure>[];
  added: Measure[];
  dropped: Measure[];
}

/**
 * A title without what changes every year: the year ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), spaces,
 * digits' script, case, and the decomposed sara am that scans and old fonts leave ("ํา").
 * @example normaliseTitle("โครงการ ก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") // => "โครงการก"
 */
export function normaliseTitle(title: string): string {
  return toArabicDigits(title.normalize("NFC").replace(/\u0E4D\u0E32/g, "\u0E33"))
    .replace(/(ประจำ\s*ปี\s*(งบประมาณ)?\s*)?(พ\s*\.\s*ศ\s*\.\s*)?\d{4}/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * How alike two normalised titles are, from 0 to 1.
 * @example titleSimilarity("abcd", "abce") // => 0.75
 */
export function titleSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/**
 * The year's measures against the year before: equal titles first, then the most alike pairs
 * at or above SAME_MEASURE, each measure in one pair at most; the rest are new or dropped.
 * Results follow the measures' numbers.
 */
export function compareMeasures<Measure extends Titled>(
  current: Measure[],
  previous: Measure[],
): MeasureComparison<Measure> {
  const kept: KeptPair<Measure>[] = [];
  const byTitle = new Map<string, Measure[]>();
  for (const measure of previous) {
    const key = normaliseTitle(measure.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), measure]);
  }
  const unmatched: Measure[] = [];
  for (const measure of current) {
    const same = byTitle.get(normaliseTitle(measure.title))?.shift();
    if (same) kept.push({ current: measure, previous: same, similarity: 1 });
    else unmatched.push(measure);
  }
  const left = [...byTitle.values()].flat();
  const leftTitles = left.map((other) => normaliseTitle(other.title));
  const candidates = unmatched.flatMap((measure) => {
    const title = normaliseTitle(measure.title);
    return left.map((other, index) => ({
      current: measure,
      previous: other,
      similarity: titleSimilarity(title, leftTitles[index] ?? ""),
    }));
  });
  const taken = new Set<Measure>();
  for (const pair of candidates
    .filter(({ similarity }) => similarity >= SAME_MEASURE)
    .sort((a, b) => b.similarity - a.similarity)) {
    if (taken.has(pair.current) || taken.has(pair.previous)) continue;
    taken.add(pair.current).add(pair.previous);
    kept.push(pair);
  }
  const byNumber = (a: Titled, b: Titled) => a.number - b.number;
  return {
    kept: kept.sort((a, b) => byNumber(a.current, b.current)),
    added: unmatched.filter((measure) => !taken.has(measure)).sort(byNumber),
    dropped: left.filter((measure) => !taken.has(measure)).sort(byNumber),
  };
}
