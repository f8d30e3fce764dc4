/** Thai digits, as an official document prints them; Intl does the work. */
const thaiInteger = new Intl.NumberFormat("th-TH-u-nu-thai", { useGrouping: false });

/**
 * Formats a whole number with Thai digits and no grouping, for years and item numbers.
 * @example formatThaiNumber(2568) // => "๒๕๖๘"
 */
export function formatThaiNumber(value: number): string {
  return thaiInteger.format(value);
}

/**
 * Rewrites the ASCII digits in a piece of text as Thai digits, keeping everything else.
 * @example toThaiDigits("ร้อยละ 100.5") // => "ร้อยละ ๑๐๐.๕"
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => formatThaiNumber(Number(digit)));
}

/**
 * Thai digits as ASCII digits, everything else kept: for numbers a clerk typed in Thai.
 * @example toArabicDigits("ปี ๒๕๖๙") // => "ปี 2569"
 */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

const thaiScore = new Intl.NumberFormat("th-TH-u-nu-thai", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

/**
 * A score with two decimals in Thai digits, as the NACC publishes ITA results.
 * @example formatThaiScore(88.5) // => "๘๘.๕๐"
 */
export function formatThaiScore(value: number): string {
  return thaiScore.format(value);
}
