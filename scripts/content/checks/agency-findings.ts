import type { Finding } from "./finding.ts";

/**
 * The messages of the agency name checks. Each fix offers a reason a clerk can keep as it is:
 * it names the other agency, as `accept:` needs, and says only what the sentence says.
 */

/** Our own name, district or province spelt wrong. */
export const misspelledName = (
  start: number,
  found: string,
  correct: string,
  agencyFile: string,
): Finding => ({
  code: "E_AGENCY_NAME_MISSPELLED",
  start,
  message: `"${found}" สะกดไม่ตรงกับชื่อใน ${agencyFile} ("${correct}")`,
  fix: `แก้เป็น "${correct}"`,
});

/** Another agency or province where the report speaks of itself, or with no partner word. */
export const otherAgency = (start: number, found: string, name: string, ours: string): Finding => ({
  code: "E_AGENCY_OTHER",
  start,
  message: `พบชื่อ "${found}" ซึ่งไม่ใช่${ours} อาจค้างมาจากแบบฟอร์มของหน่วยงานอื่น`,
  fix: [
    `ถ้าค้างมาจากแบบฟอร์ม ให้แก้เป็นชื่อของเรา "${ours}"`,
    "  ถ้าตั้งใจกล่าวถึงหน่วยงานนั้นจริง ให้ยอมรับไว้ในส่วนหัวของไฟล์ โดยเขียนชื่อนั้นในเหตุผล:",
    "    accept:",
    `      E_AGENCY_OTHER: ตั้งใจกล่าวถึง ${found}`,
  ].join("\n"),
  subject: name,
});

/** Another agency named as a partner: "ร่วมกับเทศบาลตำบลบ้านเหลื่อม". */
export const partnerAgency = (
  start: number,
  found: string,
  name: string,
  partnerWord: string,
): Finding => ({
  code: "W_AGENCY_PARTNER",
  start,
  message: `กล่าวถึงหน่วยงานอื่น "${found}" (${partnerWord}) ตรวจว่าชื่อถูกต้องและตั้งใจกล่าวถึงจริง`,
  fix: [
    "ถ้าถูกต้อง ให้ยอมรับไว้ในส่วนหัวของไฟล์ โดยเขียนชื่อนั้นในเหตุผล:",
    "    accept:",
    `      W_AGENCY_PARTNER: ${partnerWord === "ณ" ? "จัดกิจกรรม ณ" : partnerWord} ${found}`,
  ].join("\n"),
  subject: name,
});

/** A word after our own kind that may be another agency's name, or an ordinary word. */
export const unsureAgency = (
  start: number,
  found: string,
  name: string,
  ours: string,
): Finding => ({
  code: "W_AGENCY_UNSURE",
  start,
  message: `"${found}" อาจเป็นชื่อหน่วยงานอื่นที่ค้างมาจากแบบฟอร์ม หรือเป็นคำธรรมดาที่ตามหลังประเภทหน่วยงาน`,
  fix: [
    `ถ้าเป็นชื่อหน่วยงานอื่นที่ค้างมา ให้แก้เป็นชื่อของเรา "${ours}"`,
    "  ถ้าเป็นคำธรรมดาหรือตั้งใจกล่าวถึงจริง ให้ยอมรับไว้ในส่วนหัวของไฟล์:",
    "    accept:",
    `      W_AGENCY_UNSURE: "${found}" ไม่ใช่ชื่อที่ค้างมา`,
  ].join("\n"),
  subject: name,
});
