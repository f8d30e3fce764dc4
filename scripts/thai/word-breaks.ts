/** Thai marks written above or below a letter, and the vowels written before one. */
const MARK = "\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E";
const LEADING_VOWEL = "\\u0E40-\\u0E44";

/**
 * A year with its era, "พ.ศ. ๒๕๖๘" or "ค.ศ. 2025": a reader takes it as one word, and a line
 * that ends with the era alone reads as cut.
 */
const ERA_YEAR = /(?:พ\.ศ\.|ค\.ศ\.)[ \u00a0]?[๐-๙0-9]{4}(?![๐-๙0-9])/gu;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A function that wraps each known word of a text in a `<span class="nowrap">`, so a browser
 * breaks lines around it but never inside it. Chromium's Thai dictionary does not know place
 * names (ช่อ / ระกา) and splits many compounds (ผู้รับผิด / ชอบ); a span keeps the text itself
 * unchanged, so copied, searched and PDF-extracted text stays clean (a U+2060 word joiner would
 * not). A word is only matched whole: never from inside a syllable, never before a mark.
 * The text is HTML-escaped text; the words are plain Thai, which escaping leaves alone.
 * @example keepWordsTogether(["ช่อระกา"])("ตำบลช่อระกา") // => 'ตำบล<span class="nowrap">ช่อระกา</span>'
 */
export function keepWordsTogether(words: readonly string[]): (text: string) => string {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  const keepYears = (text: string) => text.replace(ERA_YEAR, '<span class="nowrap">$&</span>');
  if (sorted.length === 0) return keepYears;
  const pattern = new RegExp(
    `(?<![${LEADING_VOWEL}])(?:${sorted.map(escapeRegExp).join("|")})(?![${MARK}])`,
    "gu",
  );
  return (text) => keepYears(text.replace(pattern, '<span class="nowrap">$&</span>'));
}
