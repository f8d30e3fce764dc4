/**
 * The mark `npm run new-year` and `npm run new-measure` leave where a clerk still has to write:
 * the output and outcome of a new year, every field of a new measure. `check` lists each one
 * (W_TO_FILL); a draft year is published with the marks highlighted, a final year cannot have any.
 */
export const TO_FILL = "[รอกรอก]";

/** The mark as HTML, for a reader of a draft: highlighted, and said as "to be filled". */
export const TO_FILL_HTML = '<mark class="to-fill">รอกรอก</mark>';

/**
 * Escaped text with each mark highlighted.
 * @example markToFill("[รอกรอก] ชื่อ", escapeHtml) // => '<mark class="to-fill">รอกรอก</mark> ชื่อ'
 */
export function markToFill(text: string, escapeText: (text: string) => string): string {
  return text.split(TO_FILL).map(escapeText).join(TO_FILL_HTML);
}
