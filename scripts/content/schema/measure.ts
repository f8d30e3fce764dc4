import { z } from "zod";
import { lastDayCovered } from "../../thai/dates.ts";
import { fiscalYearRange } from "../../thai/fiscal-year.ts";
import { formatThaiNumber } from "../../thai/numbers.ts";
import {
  acceptSchema,
  buddhistDate,
  listOfText,
  text,
  thaiDigitsToNumber,
  webAddress,
} from "./fields.ts";

/** Evidence files a measure may show: photos, and scanned documents as PDF. */
export const EVIDENCE_FILE = /^[a-z0-9]+(-[a-z0-9]+)*\.(jpg|jpeg|png|webp|pdf)$/;

/**
 * One piece of evidence: a file in the year's `evidence/` folder or a web address, each with
 * the Thai caption that is its alt text and its label.
 */
const evidenceItem = z
  .strictObject({
    file: z
      .string()
      .regex(EVIDENCE_FILE, {
        message: "ต้องเป็นชื่อไฟล์ภาษาอังกฤษตัวเล็ก ตัวเลข และขีด - ที่ลงท้ายด้วย .jpg .png .webp หรือ .pdf",
      })
      .optional(),
    url: webAddress("ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https://").optional(),
    caption: text,
  })
  .refine((item) => (item.file === undefined) !== (item.url === undefined), {
    message: "ต้องมีอย่างใดอย่างหนึ่ง: file (ไฟล์ในโฟลเดอร์ evidence) หรือ url (ที่อยู่เว็บ)",
    params: {
      fix: "เช่น - file: 01-training.jpg แล้วบรรทัดถัดไป caption: บรรยากาศการอบรม (ย่อหน้าให้ตรงกัน)",
    },
  });
export type EvidenceItem = z.infer<typeof evidenceItem>;

/** A measure's front matter; its period must lie inside the report's fiscal year. */
export function measureSchema(fiscalYear: number) {
  const year = fiscalYearRange(fiscalYear);
  return z.strictObject({
    number: z.preprocess(thaiDigitsToNumber, z.number().int().min(1).max(999)),
    title: text.max(1000),
    period: z
      .strictObject({ start: buddhistDate, end: buddhistDate })
      .superRefine(({ start, end }, ctx) => {
        if (lastDayCovered(end) < start.date) {
          ctx.addIssue({ code: "custom", path: ["end"], message: "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น" });
        }
        for (const [key, value] of [["start", start] as const, ["end", end] as const]) {
          if (lastDayCovered(value) < year.start || value.date > year.end) {
            ctx.addIssue({
              code: "custom",
              path: [key],
              message: `อยู่นอกปีงบประมาณ พ.ศ. ${formatThaiNumber(fiscalYear)} (๑ ตุลาคม ${formatThaiNumber(fiscalYear - 1)} – ๓๐ กันยายน ${formatThaiNumber(fiscalYear)})`,
            });
          }
        }
      }),
    responsibleUnits: listOfText,
    evidence: z.array(evidenceItem).optional(),
    accept: acceptSchema,
  });
}
export type MeasureFrontMatter = z.infer<ReturnType<typeof measureSchema>>;
