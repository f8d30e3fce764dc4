import { distance } from "fastest-levenshtein";
import { isLoneConsonant, segmentWords } from "../../thai/segment.ts";

/**
 * Matching a name where Thai writes no spaces: our own name glued to the next word
 * ("ช่อระการ่วมกับ" is ช่อระกา + ร่วมกับ) is ours, but an extra letter at its end ("ช่อระการ ได้")
 * or a missing one is a misspelling. Thai word segmentation decides where the words end.
 */

const THAI_START = /^[\u0E01-\u0E4E]/;

/** Spaces removed: names pasted from a PDF are split ("เทศบาลตำบลเมือง คง"). */
export const bare = (text: string) => text.replace(/\s+/g, "");

/** How many edits still count as a typo of a name this long; short names get none. */
export const typoLimit = (name: string) => (name.length < 5 ? 0 : name.length < 9 ? 1 : 2);

/** The raw text holding the first `count` non-space characters, spaces inside included. */
export function rawPrefix(text: string, count: number): string {
  let seen = 0;
  let index = 0;
  while (index < text.length && seen < count) {
    if (!/\s/.test(text[index] ?? "")) seen += 1;
    index += 1;
  }
  return text.slice(0, index);
}

/** How cleanly the text after a cut reads as words: fewer, longer words are a likelier cut. */
function cutCost(after: string): number {
  if (!THAI_START.test(after)) return 0;
  const words = segmentWords(after.slice(0, 16)).filter((word) => word.word.trim());
  return isLoneConsonant(words[0]?.word ?? "") ? 100 : words.length;
}

/**
 * Whether `text` begins with `name` as a whole word (spaces inside the name allowed).
 * @example startsWithName("ช่อระการ่วมกับ", "ช่อระกา") // => true
 * @example startsWithName("ช่อระการ ได้", "ช่อระกา") // => false
 */
export function startsWithName(text: string, name: string): boolean {
  if (!bare(text).startsWith(name)) return false;
  return cutCost(text.slice(rawPrefix(text, name.length).length)) < 100;
}

/**
 * The spelling of `expected` at the start of `rest`, if it is only a typo away; the cut that
 * leaves the cleanest words after it wins ("เมืองคองดำเนิน…" → "เมืองคอง").
 * @example nearMiss("เมืองคองดำเนินงาน", "เมืองคง") // => "เมืองคอง"
 */
export function nearMiss(rest: string, expected: string): string | undefined {
  if (startsWithName(rest, expected)) return undefined;
  const compact = bare(rest);
  const [best] = [2, 1, 0, -1, -2]
    .map((delta) => Math.min(expected.length + delta, compact.length))
    .filter((length) => length > 0)
    .map((length) => {
      const raw = rawPrefix(rest, length);
      return {
        raw,
        edits: distance(compact.slice(0, length), expected),
        cost: cutCost(rest.slice(raw.length)),
      };
    })
    .filter((candidate) => candidate.cost < 100)
    .sort((a, b) => a.edits - b.edits || a.cost - b.cost);
  if (!best || best.edits === 0 || best.edits > typoLimit(expected)) return undefined;
  return best.raw.trimEnd();
}
