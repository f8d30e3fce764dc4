import { splitAgencyName } from "./local-government.ts";

/**
 * Compound words common in ITA reports that Chromium's Thai dictionary breaks apart at a line
 * end ("ผู้รับผิด / ชอบ", "เผย / แพร่", "ของ / ขวัญ"). Grown from the seed report: each is a
 * pair or more of dictionary words that a Thai reader reads as one. Keep each short enough to
 * fit the narrowest table column (about twelve letters).
 */
export const COMPOUND_WORDS: readonly string[] = [
  // The report's own vocabulary
  "ผู้รับผิดชอบ",
  "ธรรมาภิบาล",
  "ประชาสัมพันธ์",
  "เผยแพร่",
  "ของขวัญ",
  "ของกำนัล",
  "คุณธรรม",
  "จริยธรรม",
  "โปร่งใส",
  "ทุจริต",
  "ประพฤติมิชอบ",
  "ผลประโยชน์",
  "ทับซ้อน",
  "ส่วนได้ส่วนเสีย",
  "สินบน",
  "ร้องเรียน",
  "เจตนารมณ์",
  "ผลสัมฤทธิ์",
  "ผลลัพธ์",
  "ตัวชี้วัด",
  "รับรู้",
  "รับทราบ",
  "ความรู้",
  "ความเข้าใจ",
  "เกี่ยวกับ",
  "ส่งเสริม",
  "ขับเคลื่อน",
  "พึงประสงค์",
  "ประสิทธิภาพ",
  "จิตสำนึก",
  "ค่านิยม",
  "พฤติกรรม",
  "ตรวจสอบ",
  "ร้องทุกข์",
  "ยุทธศาสตร์",
  "พระราชบัญญัติ",
  "ดำเนินการ",
  "ดำเนินงาน",
  "ปฏิบัติงาน",
  "ขั้นตอน",
  "วิธีการ",
  "เป้าหมาย",
  "ฝึกอบรม",
  "เข้าร่วม",
  "ช่องทาง",
  "หลักฐาน",
  "ตัวอย่าง",
  "งบประมาณ",
  "ปีงบประมาณ",
  "ใช้จ่าย",
  "ภาคผนวก",
  "วัตถุประสงค์",
  "เว็บไซต์",
  "อิเล็กทรอนิกส์",
  "สารสนเทศ",
  "ข่าวสาร",
  // People and offices of a local government
  "หน่วยงาน",
  "ส่วนราชการ",
  "ท้องถิ่น",
  "องค์การ",
  "องค์กร",
  "เทศบาล",
  "สำนักปลัด",
  "กองคลัง",
  "กองช่าง",
  "กองการศึกษา",
  "หัวหน้า",
  "นายกเทศมนตรี",
  "เจ้าหน้าที่",
  "พนักงาน",
  "บุคลากร",
  "ผู้บริหาร",
  "สมาชิกสภา",
  "ประชาชน",
  "ผู้ประเมิน",
  "ผู้ลงนาม",
];

/** Thai marks written above or below a letter: they take no width of their own. */
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** The letters a word takes on a line, marks not counted. */
const letters = (word: string) => word.replace(MARKS, "").length;

/** A unit's own name longer than this is left to break between its words. */
const MAX_UNIT_WORD = 12;

/** What a build knows of its agency: the names the dictionary cannot know. */
export interface KnownWordSources {
  agency: { name: string; district: string; province: string };
  /** Every measure's responsible units, as written. */
  responsibleUnits: readonly string[];
}

/**
 * The words of one responsible unit that must stay on one line: each part between spaces, less
 * the agency's name in it, when it is short enough to fit a narrow column.
 * @example unitWords("สำนักปลัดเทศบาลตำบลเมืองคง", "เทศบาลตำบลเมืองคง") // => ["สำนักปลัด"]
 */
export function unitWords(unit: string, agencyName: string): string[] {
  const { kind, proper } = splitAgencyName(agencyName);
  return unit
    .split(/\s+/)
    .flatMap((part) => part.split(agencyName))
    .flatMap((part) => (proper ? part.split(proper) : [part]))
    .flatMap((part) => (kind ? part.split(kind) : [part]))
    .filter((part) => part.length > 1 && letters(part) <= MAX_UNIT_WORD);
}

/**
 * Every word of a site that must never break across lines: the agency's own place name, its
 * district and province, the words of each responsible unit and the compound-word list.
 * Longest first, so that a longer word wins over a word inside it.
 * @example knownWords({ agency: { name: "องค์การบริหารส่วนตำบลช่อระกา", … }, … }) // => […, "ช่อระกา", …]
 */
export function knownWords({ agency, responsibleUnits }: KnownWordSources): string[] {
  const words = [
    splitAgencyName(agency.name).proper,
    agency.district,
    agency.province,
    ...responsibleUnits.flatMap((unit) => unitWords(unit, agency.name)),
    ...COMPOUND_WORDS,
  ]
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => /[\u0E00-\u0E7F]/.test(word) && word.length > 1);
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b, "th"));
}
