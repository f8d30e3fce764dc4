/**
 * Thai word segmentation for the content checks: ICU's dictionary (Intl.Segmenter, full ICU in
 * Node 20+) corrected with our own words. ICU does not know local place names and cuts them
 * ("ช่อระกา" → "ช่อ|ระ|กา", glued to the next word "อบต.ช่อ|ระกา|ร่วม|กับ"), so names from
 * agency.yaml are placed first and ICU only segments the text between them.
 *
 * Named for the content side: the Markdown/PDF line breaking has its own segmentation.
 */

/** One word of a segmented text, at its offset in that text. */
export interface SegmentedWord {
  word: string;
  index: number;
}

const icu = new Intl.Segmenter("th", { granularity: "word" });

/**
 * A lone consonant, with or without a tone mark, is never a Thai word: a cut in the wrong place.
 * @example isLoneConsonant("ร") // => true
 */
export const isLoneConsonant = (word: string) => /^[\u0E01-\u0E2E][\u0E48-\u0E4C]?$/.test(word);

/** ICU's segmentation of a piece of text, offsets shifted by `from`. */
function icuWords(text: string, from: number): SegmentedWord[] {
  return [...icu.segment(text)].map(({ segment, index }) => ({
    word: segment,
    index: index + from,
  }));
}

/** Whether a known word at `start`..`end` leaves whole words on both sides of it. */
function fitsAt(text: string, start: number, end: number): boolean {
  const before = icuWords(text.slice(0, start), 0).at(-1)?.word ?? "";
  const after = icuWords(text.slice(end), 0)[0]?.word ?? "";
  return !isLoneConsonant(before) && !isLoneConsonant(after);
}

/** Where each known word occurs, longest first, without overlaps and only where it fits. */
function knownWordSpans(text: string, extraWords: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  const longestFirst = [...new Set(extraWords)]
    .filter((word) => word.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const word of longestFirst) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      const overlaps = spans.some(([from, to]) => at < to && end > from);
      if (!overlaps && fitsAt(text, at, end)) spans.push([at, end]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * The words of a text, with `extraWords` (place names, agency words) kept whole wherever they fit:
 * a known word that would leave a lone consonant beside it ("ช่อระกา" in "ช่อระการ ได้") is not
 * taken, so a misspelling with an extra letter stays visible.
 * @example segmentWords("อบต.ช่อระการ่วมกับ", ["ช่อระกา"]).map((w) => w.word)
 * // => ["อบต.", "ช่อระกา", "ร่วม", "กับ"]
 */
export function segmentWords(
  text: string,
  extraWords: readonly string[] = NO_WORDS,
): SegmentedWord[] {
  // A report names the same agency many times: each text is segmented once per word list.
  const memo = memoFor(extraWords);
  const known = memo.get(text);
  if (known) return known;
  const words = segmentUncached(text, extraWords);
  memo.set(text, words);
  return words;
}

const NO_WORDS: readonly string[] = [];
const listKeys = new WeakMap<readonly string[], string>();
const memos = new Map<string, Map<string, SegmentedWord[]>>();

/** The results kept for a word list, by its words (each file's check builds its own list). */
function memoFor(extraWords: readonly string[]): Map<string, SegmentedWord[]> {
  let key = listKeys.get(extraWords);
  if (key === undefined) {
    key = extraWords.join("|");
    listKeys.set(extraWords, key);
  }
  let memo = memos.get(key);
  if (!memo || memo.size > 10_000) {
    memo = new Map();
    memos.set(key, memo);
  }
  return memo;
}

function segmentUncached(text: string, extraWords: readonly string[]): SegmentedWord[] {
  const words: SegmentedWord[] = [];
  let from = 0;
  for (const [start, end] of knownWordSpans(text, extraWords)) {
    words.push(...icuWords(text.slice(from, start), from));
    words.push({ word: text.slice(start, end), index: start });
    from = end;
  }
  words.push(...icuWords(text.slice(from), from));
  return words;
}
