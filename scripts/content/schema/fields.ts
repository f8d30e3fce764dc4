import { z } from "zod";
import { parseBuddhistDate, type ThaiDate } from "../../thai/dates.ts";
import { toArabicDigits } from "../../thai/numbers.ts";
import { ACCEPTABLE_CODES, PROBLEM_CODES } from "../codes.ts";

/**
 * The content model: what a clerk may write in each file. Each field carries its Thai label and
 * an example, which the error messages and the README quote.
 */

/** Thai digits typed in YAML arrive as text; "๓" means 3. */
export function thaiDigitsToNumber(value: unknown): unknown {
  if (typeof value !== "string" || !/^[0-9๐-๙]+$/.test(value.trim())) return value;
  return Number(toArabicDigits(value.trim()));
}

export const text = z.string().trim().min(1);

export const PROVINCE_PREFIX = /^(จังหวัด|จ\.)/;

/**
 * A district or province written as its bare name: the report adds "อำเภอ" and "จังหวัด"
 * itself, so `province: จ.ศรีสะเกษ` would print as "จังหวัดจ.ศรีสะเกษ".
 */
export function placeName(field: string, prefix: RegExp, word: string) {
  return text.superRefine((value, ctx) => {
    const bare = value.replace(prefix, "").trim();
    if (bare === value) return;
    const typed = value.slice(0, value.length - bare.length).trim();
    ctx.addIssue({
      code: "custom",
      message: `ไม่ต้องพิมพ์ "${typed}" นำหน้า เพราะรายงานเติมคำว่า "${word}" ให้เอง`,
      // The clerk's own name without the prefix says more than the general example.
      params: { fix: `พิมพ์เฉพาะชื่อ${word} ${bare ? `เช่น ${field}: ${bare}` : ""}`.trim() },
    });
  });
}

export const buddhistDate = z.string().transform((value, ctx): ThaiDate => {
  // Thai digits read well on paper, but dates in the header are typed in Arabic digits.
  if (/[๐-๙]/.test(value)) {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" พิมพ์ด้วยเลขไทย แต่วันที่ในส่วนหัวต้องพิมพ์ด้วยเลขอารบิก (รายงานแสดงเป็นเลขไทยให้เอง)`,
      params: { fix: `พิมพ์เป็นเลขอารบิก: ${toArabicDigits(value.trim())}` },
    });
    return z.NEVER;
  }
  const parsed = parseBuddhistDate(value.trim());
  const year = Number(value.slice(0, 4));
  if (parsed && year >= 2400 && year <= 2700) return parsed;
  ctx.addIssue({
    code: "custom",
    message:
      parsed && year < 2400
        ? `ปี ${value.slice(0, 4)} ดูเหมือนเป็นปี ค.ศ. แต่ระบบใช้ปี พ.ศ. (บวก ๕๔๓)`
        : `"${value}" ไม่ใช่วันที่ที่มีอยู่จริงในรูปแบบ ปปปป-ดด-วว หรือ ปปปป-ดด`,
  });
  return z.NEVER;
});

/**
 * A full http(s) address. The URL parser accepts `"`, `<`, `>` and spaces in a path, which no
 * real address has: they come from copying a link out of HTML (`href="…"`) or a sentence.
 */
export function webAddress(error: string) {
  return z.url({ protocol: /^https?$/, error }).superRefine((value, ctx) => {
    const odd = /[\s"<>`\\]/.exec(value)?.[0];
    if (!odd) return;
    const shownChar = /\s/.test(odd) ? "เว้นวรรค" : `เครื่องหมาย ${odd}`;
    const cut = value.slice(0, value.search(/[\s"<>`\\]/));
    ctx.addIssue({
      code: "custom",
      message: `ที่อยู่เว็บนี้มี${shownChar} ซึ่งที่อยู่เว็บจริงไม่มี (มักติดมาตอนคัดลอกลิงก์จากหน้าเว็บหรือข้อความ)`,
      params: {
        fix: `คัดลอกที่อยู่ใหม่จากช่องที่อยู่ของเบราว์เซอร์ ถ้าที่อยู่จบก่อนเครื่องหมายนั้น ให้เหลือเพียง ${cut}`,
      },
    });
  });
}

/** Accepts one unit written on its own, as clerks often do, as well as a list. */
export const listOfText = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z.array(text).min(1),
);

/**
 * Warnings a clerk accepts on purpose, each with the reason:
 * `accept: { W_NUMBER_GAP: ต้นฉบับไม่มีมาตรการที่ ๕ }`. Errors cannot be accepted.
 */
export const acceptSchema = z
  .record(z.string(), z.unknown())
  // Codes and reasons are checked in one pass, so every wrong entry is reported in one run.
  .superRefine((entries, ctx) => {
    for (const [code, reason] of Object.entries(entries)) {
      const empty = reason === null || reason === undefined || String(reason).trim() === "";
      if (!empty && typeof reason !== "string") {
        // `W_NUMBER_GAP: 5` or `: true` is a value YAML read as a number, not a reason.
        ctx.addIssue({ code: "invalid_type", expected: "string", input: reason, path: [code] });
      } else if (empty) {
        ctx.addIssue({
          code: "too_small",
          origin: "string",
          minimum: 1,
          inclusive: true,
          path: [code],
          message: "ยังไม่ได้เขียนเหตุผล",
        });
      }
      if ((ACCEPTABLE_CODES as string[]).includes(code)) continue;
      ctx.addIssue({
        code: "custom",
        path: [code],
        message: Object.hasOwn(PROBLEM_CODES, code)
          ? `${code} เป็นข้อผิดพลาดที่ต้องแก้ ยอมรับไว้ไม่ได้`
          : `ไม่มีรหัส ${code} รหัสที่ยอมรับได้คือ ${ACCEPTABLE_CODES.join(", ")}`,
      });
    }
  })
  .transform((entries) => entries as Record<string, string>)
  .optional();
