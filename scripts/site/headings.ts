/**
 * Section headings that are also PDF bookmarks: the templates print them (as global data) and
 * the printer puts them back into the bookmarks with their spaces (scripts/pdf/documents.ts).
 */
export const HEADINGS = {
  scores: "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ย้อนหลัง",
  planTable: "รายละเอียดมาตรการ ขั้นตอน ระยะเวลา และผู้รับผิดชอบ",
  appendix: "ภาคผนวก ภาพและเอกสารประกอบการดำเนินการ",
  evidence: "หลักฐานการดำเนินการ",
} as const;
