/**
 * Every problem the checker can report, by its stable code. Codes never change meaning: clerks
 * search for them in the guide (docs/clerk-guide.md), and `accept:` lists them. A code that
 * starts with W_ is a warning: the report can still be published, but someone should look.
 */
export const PROBLEM_CODES = {
  // Files and folders
  E_FILE_MISSING: "ไม่พบไฟล์หรือโฟลเดอร์ที่ต้องมี",
  E_FILE_EMPTY: "ไฟล์ว่างเปล่า",
  E_ENCODING: "ไฟล์ไม่ได้บันทึกเป็น UTF-8",
  E_FILE_UNREADABLE: "อ่านไฟล์ไม่ได้ (เป็นโฟลเดอร์ ลิงก์เสีย หรือไม่มีสิทธิ์อ่าน)",
  E_FILE_OUTSIDE: "ลิงก์ (ทางลัด) ที่ชี้ออกไปนอกโฟลเดอร์เนื้อหา",
  E_FILE_SPECIAL: "ไม่ใช่ไฟล์ธรรมดา (อุปกรณ์ ท่อ หรือซ็อกเก็ตของระบบ)",
  E_FILE_TOO_BIG: "ไฟล์ใหญ่เกินกว่าที่ระบบจะอ่าน",
  E_FILE_NAME: "ชื่อไฟล์มาตรการไม่ใช่อักษรอังกฤษตัวเล็ก ตัวเลข และขีด",
  E_FILE_IGNORED: "มีไฟล์ที่ไม่ใช่ .md ในโฟลเดอร์ measures",
  E_FILE_MISPLACED: "ไฟล์มาตรการอยู่นอกโฟลเดอร์ measures",
  E_YEAR_FOLDER: "ชื่อโฟลเดอร์ปีไม่ใช่ปี พ.ศ. ๔ หลัก",
  E_YEAR_MISSING: "ยังไม่มีโฟลเดอร์ปีงบประมาณ",
  E_MEASURES_MISSING: "ปีนี้ยังไม่มีไฟล์มาตรการ",
  E_LOGO_MISSING: "ไม่พบไฟล์ตราสัญลักษณ์",
  // The header between the --- lines
  E_FRONT_MATTER_MISSING: "ไฟล์ไม่มีส่วนหัว ---",
  E_FRONT_MATTER_UNCLOSED: "ส่วนหัวเปิดด้วย --- แต่ไม่ได้ปิด",
  E_YAML: "เขียนส่วนหัวไม่ถูกรูปแบบ YAML",
  E_YAML_HASH: "ข้อความหลัง # จะหายไป",
  E_FIELD_MISSING: "ขาดช่องที่ต้องมี",
  E_FIELD_UNKNOWN: "มีช่องที่ระบบไม่รู้จัก (มักพิมพ์ชื่อช่องผิด)",
  E_FIELD_TYPE: "ค่าในช่องผิดชนิด",
  E_FIELD_EMPTY: "ช่องยังว่างอยู่",
  E_FIELD_TOO_BIG: "ค่าในช่องใหญ่หรือยาวเกินไป",
  E_FIELD_INVALID: "ค่าในช่องไม่ถูกต้อง (เช่น วันที่อยู่นอกปีงบประมาณ)",
  E_MEASURE_NUMBER_DUPLICATE: "ลำดับที่มาตรการซ้ำกัน",
  E_TITLE_NUMBER: "ชื่อมาตรการขึ้นต้นด้วยลำดับที่ของตัวเอง (จะพิมพ์เลขซ้ำ)",
  E_SIGNER_POSITION: "ตำแหน่งผู้ลงนามไม่ตรงกับหน่วยงานใน agency.yaml",
  // The Markdown body
  E_SECTION_MISSING: "ขาดหัวข้อของตาราง",
  E_SECTION_UNKNOWN: "หัวข้อไม่ตรงกับช่องของตาราง",
  E_SECTION_DUPLICATE: "หัวข้อซ้ำ",
  E_SECTION_EMPTY: "หัวข้อไม่มีเนื้อหา",
  E_SECTION_ORPHAN: "มีข้อความก่อนหัวข้อแรก",
  E_IMAGE: "ยังใส่รูปภาพไม่ได้",
  E_LINK_UNSAFE: "ลิงก์ที่ไม่ใช่ที่อยู่เว็บ (เช่น javascript:)",
  E_EVIDENCE_MISSING: "ไม่พบไฟล์หลักฐานที่ระบุไว้",
  E_LIST_ITEM_EMPTY: "รายการที่ว่างหรือมีแต่ตัวเลข",
  E_EVIDENCE_FORMAT: "ไฟล์หลักฐานเปิดไม่ได้ (ไฟล์เสีย หรือชนิดไม่ตรงกับนามสกุล)",
  E_EVIDENCE_PIXELS: "รูปหลักฐานมีจำนวนพิกเซลเกินกว่าที่ระบบย่อได้",
  // The text itself
  E_AGENCY_NAME_MISSPELLED: "ชื่อหน่วยงาน อำเภอ หรือจังหวัดของเราสะกดผิด",
  E_AGENCY_OTHER: "มีชื่อหน่วยงานอื่น (มักค้างมาจากแบบฟอร์ม)",
  E_HTML_TAG: "มีแท็ก HTML ปนในข้อความ",
  E_SPACED_LETTERS: "ตัวอักษรถูกแยกด้วยเว้นวรรค",
  E_DOTTED_PLACEHOLDER: "มีจุดไข่ปลาของแบบฟอร์มค้างอยู่",
  E_DECOMPOSED_VOWEL: "สระที่ประกอบจากสองตัว (ํา, เเ) แทนสระตัวเดียว",
  E_WEEKDAY_MISMATCH: "ชื่อวันไม่ตรงกับวันที่",
  // The year's status
  E_FINAL_INCOMPLETE: "รายงานฉบับสมบูรณ์ยังมีช่องที่รอกรอก",
  // Warnings
  W_NUMBER_GAP: "ลำดับที่มาตรการข้ามไป",
  W_AGENCY_PARTNER: "กล่าวถึงหน่วยงานอื่นในฐานะหน่วยงานที่ทำงานร่วมกัน",
  W_AGENCY_UNSURE: "คำหลังประเภทหน่วยงานของเราอาจเป็นชื่อหน่วยงานอื่น",
  W_DATE_OUTSIDE_YEAR: "วันที่ในข้อความอยู่นอกปีงบประมาณของรายงาน",
  W_ARABIC_DIGITS: "เลขอารบิกปนในข้อความภาษาไทย",
  W_URL_NOT_HTTPS: "ที่อยู่เว็บไม่ได้ขึ้นต้นด้วย https://",
  W_LATIN_GLUED: "อักษรไทยกับอังกฤษติดกันโดยไม่เว้นวรรค",
  W_CELL_LONG: "ข้อความในช่องของตารางยาวผิดปกติ",
  W_ACCEPT_UNUSED: "ยอมรับคำเตือนที่ไม่มีอยู่แล้ว",
  W_TO_FILL: "ยังมีช่องที่รอกรอก [รอกรอก]",
  W_EVIDENCE_LARGE: "ไฟล์หลักฐานใหญ่เกินควร",
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;
export type Severity = "error" | "warning";

export function severityOf(code: ProblemCode): Severity {
  return code.startsWith("W_") ? "warning" : "error";
}

/**
 * Warnings that never fail `--strict`: a draft year may be unfinished, and says so on every page.
 * A final year cannot have them (E_FINAL_INCOMPLETE), so nothing unfinished is published as final.
 */
export const DRAFT_CODES: readonly ProblemCode[] = ["W_TO_FILL"];

/** Whether a problem stops a `--strict` run (CI): every one but the draft's to-be-filled notes. */
export const failsStrict = (code: ProblemCode) => !DRAFT_CODES.includes(code);

/**
 * Codes a clerk may accept in a file's `accept:` field, with a reason: the warnings, and another
 * agency's name, which a report may mention on purpose (a study visit, a joint project).
 */
export const ACCEPTABLE_CODES = (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter(
  (code) =>
    (severityOf(code) === "warning" && code !== "W_ACCEPT_UNUSED" && !DRAFT_CODES.includes(code)) ||
    code === "E_AGENCY_OTHER",
);
