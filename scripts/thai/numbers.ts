/** Thai digits, as an official document prints them; Intl does the work. */
const thaiInteger = new Intl.NumberFormat("th-TH-u-nu-thai", { useGrouping: false });

/**
 * Formats a whole number with Thai digits and no grouping, for years and item numbers.
 * @example formatThaiNumber(2568) // => "๒๕๖๘"
 */
export function formatThaiNumber(value: number): string {
  return thaiInteger.format(value);
}
