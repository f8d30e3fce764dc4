import { TO_FILL } from "../to-fill.ts";
import type { Finding, TextCheck } from "./finding.ts";

/** Every place a generated file still says "[รอกรอก]". */
export const toFillCheck: TextCheck = (text) => {
  const findings: Finding[] = [];
  for (let start = text.indexOf(TO_FILL); start >= 0; start = text.indexOf(TO_FILL, start + 1)) {
    findings.push({
      code: "W_TO_FILL",
      start,
      message: `ยังไม่ได้กรอก (มีข้อความ ${TO_FILL} ที่ระบบใส่ไว้)`,
      fix: `เขียนเนื้อหาจริงแทนข้อความตัวอย่าง แล้วลบคำว่า ${TO_FILL} ออก`,
    });
  }
  return findings;
};
