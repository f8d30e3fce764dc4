import type { TextCheck } from "./finding.ts";

/**
 * List items with nothing to say: "1." alone, or only a number ("๒." under "1."), as a list
 * pasted from an older report leaves them. They print as an empty or doubled number.
 */

/** A list marker, then nothing but perhaps a number with its dot or bracket. */
const EMPTY_ITEM = /^([ \t]*)(?:[0-9]+[.)]|[-*+])(?:[ \t]+\(?([0-9๐-๙]+)[.)]?)?[ \t]*$/gm;

/** Empty list items and items holding only a number, in the Markdown body. */
export const emptyListItems: TextCheck = (_text, place) => {
  const body = place.raw.slice(place.bodyStart);
  return [...body.matchAll(EMPTY_ITEM)]
    .filter((match) => match[0].trim() !== "-" || !isParagraph(previousLine(body, match.index)))
    .map((match) => ({
      code: "E_LIST_ITEM_EMPTY",
      start: place.bodyStart + match.index + (match[1]?.length ?? 0),
      message: match[2]
        ? `รายการนี้มีแต่ตัวเลข "${match[2]}" ไม่มีข้อความ (มักติดมาจากการคัดลอกรายงานเก่า จะพิมพ์เป็นเลขข้อซ้อนกัน)`
        : "รายการนี้ว่าง มีแต่เลขข้อหรือขีด ไม่มีข้อความ",
      fix: "เขียนข้อความต่อจากเลขข้อในบรรทัดเดียวกัน เช่น 2. ประชุมชี้แจง หรือลบบรรทัดนี้ถ้าไม่ใช้",
    }));
};

/** A lone "-" under a paragraph's line is a Markdown heading underline, not a list item. */
const isParagraph = (line: string) =>
  /\S/.test(line) && !/^\s*(?:[0-9]+[.)]|[-*+])(?:\s|$)/.test(line);

/** The line before an offset. */
function previousLine(text: string, index: number): string {
  const end = text.lastIndexOf("\n", index - 1);
  return end === -1 ? "" : text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
}
