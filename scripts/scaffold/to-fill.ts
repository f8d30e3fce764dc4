/**
 * The mark `npm run new-year` and `npm run new-measure` leave where a clerk still has to write:
 * the output and outcome of a new year, every field of a new measure. `check` lists each one
 * (W_TO_FILL); a draft year is published with the marks highlighted, a final year cannot have any.
 */
export const TO_FILL = "[รอกรอก]";

/**
 * What each generated place asks for, after the mark. A clerk who deletes only "[รอกรอก]" leaves
 * the request in the report; `check` finds these sentences too.
 */
export const TO_FILL_PROMPTS = {
  title: "ชื่อมาตรการ โครงการ หรือกิจกรรม",
  // Units every kind of agency has: an อบต. has no สำนักปลัดเทศบาล.
  unit: "หน่วยงานที่รับผิดชอบ เช่น สำนักปลัด กองคลัง หรือกองช่าง",
  steps: "เขียนขั้นตอนเป็นรายการเลขข้อ บรรทัดละหนึ่งข้อ เช่น ประชุมคณะทำงาน จัดกิจกรรม เผยแพร่ผลบนเว็บไซต์",
  output: "เขียนผลการดำเนินการของปีนี้ เช่น จัดกี่ครั้ง ผู้เข้าร่วมกี่คน เผยแพร่ที่ใด",
  outcome: "เขียนผลลัพธ์หรือผลสัมฤทธิ์ของปีนี้ เช่น สิ่งที่ดีขึ้นเมื่อเทียบกับปีก่อน",
} as const;

/**
 * Every request a generated file may hold, earlier wordings included, so a file made before a
 * prompt changed is still found unfilled.
 */
export const ALL_PROMPTS: readonly string[] = [
  ...Object.values(TO_FILL_PROMPTS),
  "หน่วยงานที่รับผิดชอบ เช่น สำนักปลัดเทศบาล",
];

/** A generated place: the mark, then what to write. */
export const toFill = (prompt: keyof typeof TO_FILL_PROMPTS) =>
  `${TO_FILL} ${TO_FILL_PROMPTS[prompt]}`;

/**
 * Whether a text (plain, or rendered with the mark highlighted) is still to be filled: it has
 * the mark, or the request a generated file put after it.
 */
export function stillToFill(text: string): boolean {
  return (
    text.includes(TO_FILL) ||
    text.includes(TO_FILL_HTML) ||
    ALL_PROMPTS.some((prompt) => text.includes(prompt))
  );
}

/** The mark as HTML, for a reader of a draft: highlighted, and said as "to be filled". */
export const TO_FILL_HTML = '<mark class="to-fill">รอกรอก</mark>';

/**
 * Escaped text with each mark highlighted.
 * @example markToFill("[รอกรอก] ชื่อ", escapeHtml) // => '<mark class="to-fill">รอกรอก</mark> ชื่อ'
 */
export function markToFill(text: string, escapeText: (text: string) => string): string {
  return text.split(TO_FILL).map(escapeText).join(TO_FILL_HTML);
}
