import { ALL_PROMPTS, TO_FILL } from "../../scaffold/to-fill.ts";
import type { Finding, TextCheck } from "./finding.ts";

const FIX = `เขียนเนื้อหาจริงแทนทั้งบรรทัด: ลบทั้งคำว่า ${TO_FILL} และข้อความแนะนำที่ตามมา`;

/**
 * Every line a generated file still asks to be filled: the "[รอกรอก]" mark, or the request
 * that followed it when only the mark was deleted.
 */
export const toFillCheck: TextCheck = (text) => {
  const findings: Finding[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const mark = line.indexOf(TO_FILL);
    const prompt = ALL_PROMPTS.map((sentence) => line.indexOf(sentence)).find(
      (index) => index >= 0,
    );
    if (mark >= 0) {
      findings.push({
        code: "W_TO_FILL",
        start: start + mark,
        message: `ยังไม่ได้กรอก (มีข้อความ ${TO_FILL} ที่ระบบใส่ไว้)`,
        fix: FIX,
      });
    } else if (prompt !== undefined) {
      findings.push({
        code: "W_TO_FILL",
        start: start + prompt,
        message: `ยังเป็นข้อความแนะนำที่ระบบใส่ไว้ (ลบคำว่า ${TO_FILL} แล้ว แต่ยังไม่ได้เขียนเนื้อหาจริง)`,
        fix: FIX,
      });
    }
    start += line.length + 1;
  }
  return findings;
};
