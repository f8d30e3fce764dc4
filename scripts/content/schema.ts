import { z } from "zod";
import { lastDayCovered, parseBuddhistDate, type ThaiDate } from "../thai/dates.ts";
import { fiscalYearRange } from "../thai/fiscal-year.ts";
import { KIND_NAMES, kindOfName, splitAgencyName } from "../thai/local-government.ts";
import { formatThaiNumber, toArabicDigits } from "../thai/numbers.ts";
import { PROVINCES } from "../thai/provinces.ts";
import { ACCEPTABLE_CODES, PROBLEM_CODES } from "./codes.ts";

/**
 * The content model: what a clerk may write in each file. Each field carries its Thai label and
 * an example, which the error messages and the README quote.
 */

/** Thai digits typed in YAML arrive as text; "๓" means 3. */
function thaiDigitsToNumber(value: unknown): unknown {
  if (typeof value !== "string" || !/^[0-9๐-๙]+$/.test(value.trim())) return value;
  return Number(toArabicDigits(value.trim()));
}

const text = z.string().trim().min(1);

const PROVINCE_PREFIX = /^(จังหวัด|จ\.)/;

/**
 * A district or province written as its bare name: the report adds "อำเภอ" and "จังหวัด"
 * itself, so `province: จ.ศรีสะเกษ` would print as "จังหวัดจ.ศรีสะเกษ".
 */
function placeName(field: string, prefix: RegExp, word: string) {
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

const buddhistDate = z.string().transform((value, ctx): ThaiDate => {
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
function webAddress(error: string) {
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
const listOfText = z.preprocess(
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

export const agencySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message: "ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือขีด - เท่านั้น เพราะใช้ตั้งชื่อไฟล์ PDF",
    }),
    name: text.superRefine((value, ctx) => {
      const { kind, proper } = splitAgencyName(value);
      if (kind && (proper || kindOfName(value)?.special)) return;
      ctx.addIssue({
        code: "custom",
        message: kind
          ? `มีแต่ประเภทหน่วยงาน "${kind}" ยังไม่มีชื่อ`
          : "ต้องเป็นชื่อเต็มที่ขึ้นต้นด้วยประเภทหน่วยงาน (องค์การบริหารส่วนตำบล เทศบาลตำบล เทศบาลเมือง เทศบาลนคร องค์การบริหารส่วนจังหวัด หรือชื่อ กรุงเทพมหานคร เมืองพัทยา) ไม่ใช้ชื่อย่อ เช่น อบต. หรือ ทต.",
      });
    }),
    /** The kind, when the name alone does not say it; it must agree with the name when it does. */
    kind: z
      .enum(KIND_NAMES as [string, ...string[]], {
        error: `ต้องเป็นประเภทหน่วยงานแบบใดแบบหนึ่ง: ${KIND_NAMES.join(" ")}`,
      })
      .optional(),
    district: placeName("district", /^(อำเภอ|อ\.)/, "อำเภอ").refine(
      (value) => !/[0-9๐-๙]/.test(value),
      {
        message: "ต้องเป็นชื่ออำเภอเท่านั้น ไม่มีตัวเลข",
      },
    ),
    province: placeName("province", PROVINCE_PREFIX, "จังหวัด").refine(
      // A prefixed name ("จังหวัด ขอนแก่น") is already reported above.
      (value) => PROVINCES.includes(value.replace(PROVINCE_PREFIX, "").trim()),
      {
        message:
          "ไม่ตรงกับชื่อจังหวัดใดใน ๗๗ จังหวัด (พิมพ์ชื่อเต็มตามกรมการปกครอง เช่น ศรีสะเกษ หรือ กรุงเทพมหานคร ไม่มีรหัสไปรษณีย์)",
      },
    ),
    website: webAddress("ต้องเป็นที่อยู่เว็บไซต์เต็ม ขึ้นต้นด้วย https://").optional(),
    siteUrl: webAddress("ต้องเป็นที่อยู่เว็บเต็มของโฟลเดอร์ที่วางเว็บไซต์รายงาน ขึ้นต้นด้วย https://")
      // Links are made against it, so "…/ita" and "…/ita/" must mean the same folder; written
      // back as the URL parser spells it (escaped), never as typed.
      .transform((url) => {
        const { href } = new URL(url);
        return href.endsWith("/") ? href : `${href}/`;
      })
      .optional(),
    logo: z
      .string()
      .regex(/^[A-Za-z0-9_-]+\.(png|jpg|jpeg|svg|webp)$/, {
        message: "ต้องเป็นชื่อไฟล์รูปภาษาอังกฤษ (.png .jpg .svg หรือ .webp) ที่วางไว้ในโฟลเดอร์ content",
      })
      .optional(),
    accept: acceptSchema,
  })
  .superRefine(({ name, kind }, ctx) => {
    const named = kindOfName(name)?.full;
    if (!kind || !named || named === kind) return;
    ctx.addIssue({
      code: "custom",
      path: ["kind"],
      message: `ชื่อ "${name}" เป็นประเภท${named} แต่ช่อง kind เขียนว่า${kind}`,
      params: { fix: `ลบช่อง kind ออก (ระบบรู้ประเภทจากชื่อ) หรือเขียน kind: ${named}` },
    });
  });
export type Agency = z.infer<typeof agencySchema>;

/** The document each agency publishes before the results: the measures, their steps and owners. */
export const PLAN_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

/** `status:` may be written in Thai as well. */
const STATUS_WORDS: Record<string, string> = {
  ร่าง: "draft",
  ฉบับร่าง: "draft",
  สมบูรณ์: "final",
  ฉบับสมบูรณ์: "final",
};

export const reportSchema = z.strictObject({
  title: text,
  tableTitle: text,
  signer: z.strictObject({
    name: z.string().trim().optional(),
    position: text,
  }),
  reportDate: buddhistDate.optional(),
  /** The plan's title, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" unless given. */
  planTitle: text.default(PLAN_TITLE),
  /** The day the report went on the agency's website, shown to the ITA assessors. */
  published: buddhistDate.optional(),
  status: z.preprocess(
    (value) => (typeof value === "string" ? (STATUS_WORDS[value.trim()] ?? value.trim()) : value),
    z
      .enum(["draft", "final"], {
        error: "ต้องเป็น draft (ร่าง ยังแก้ไขอยู่) หรือ final (ฉบับสมบูรณ์)",
      })
      .default("final"),
  ),
  accept: acceptSchema,
});
export type ReportFrontMatter = z.infer<typeof reportSchema>;

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

/** Thai label and an example value for each field, used in messages and the guide. */
export const FIELD_HELP: Record<string, { label: string; example: string }> = {
  id: { label: "รหัสหน่วยงานภาษาอังกฤษ", example: "id: muangkong" },
  name: {
    label: "ชื่อหน่วยงาน",
    example: "name: องค์การบริหารส่วนตำบลช่อระกา หรือ name: เทศบาลตำบลเมืองคง",
  },
  kind: { label: "ประเภทหน่วยงาน (ไม่บังคับ)", example: "kind: องค์การบริหารส่วนตำบล" },
  district: { label: "อำเภอ (ไม่ต้องพิมพ์คำว่าอำเภอ)", example: "district: ราษีไศล" },
  province: { label: "จังหวัด (ไม่ต้องพิมพ์คำว่าจังหวัด)", example: "province: ศรีสะเกษ" },
  website: { label: "เว็บไซต์หน่วยงาน", example: "website: https://www.muangkongmunic.com/" },
  logo: { label: "ไฟล์ตราสัญลักษณ์ในโฟลเดอร์ content", example: "logo: logo.png" },
  title: { label: "ชื่อเรื่อง", example: "title: โครงการฝึกอบรม…" },
  tableTitle: {
    label: "หัวตาราง",
    example: "tableTitle: ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  },
  signer: {
    label: "ผู้ลงนาม",
    example:
      "signer:\n    name: นายสมชาย ใจดี\n    position: นายกองค์การบริหารส่วนตำบลช่อระกา หรือ นายกเทศมนตรีตำบลเมืองคง",
  },
  "signer.name": { label: "ชื่อผู้ลงนาม", example: "name: นายสมชาย ใจดี" },
  "signer.position": {
    label: "ตำแหน่งผู้ลงนาม",
    example: "position: นายกองค์การบริหารส่วนตำบลช่อระกา หรือ position: นายกเทศมนตรีตำบลเมืองคง",
  },
  reportDate: { label: "วันที่รายงาน (พ.ศ.)", example: "reportDate: 2568-10-15" },
  scores: {
    label: "ผลคะแนน ITA รายปี",
    example:
      "scores:\n  - year: 2567\n    total: 88.50\n    iit: 90.12\n    eit: 91.89\n    oit: 85.00",
  },
  "scores.year": { label: "ปีงบประมาณ พ.ศ.", example: "year: 2567" },
  "scores.total": { label: "คะแนนรวม", example: "total: 88.50" },
  "scores.iit": { label: "คะแนน IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)", example: "iit: 90.12" },
  "scores.eit": { label: "คะแนน EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)", example: "eit: 91.89" },
  "scores.oit": { label: "คะแนน OIT (การเปิดเผยข้อมูลสาธารณะ)", example: "oit: 85.00" },
  "scores.eitParts": { label: "คะแนน EIT แยกส่วน", example: "eitParts: [92.98, 90.81]" },
  "scores.source": { label: "ที่มาของคะแนน", example: "source: ประกาศผลของ ป.ป.ช. ในระบบ ITAS" },
  published: { label: "วันที่เผยแพร่บนเว็บไซต์ (พ.ศ.)", example: "published: 2568-10-20" },
  planTitle: {
    label: "ชื่อเอกสารมาตรการ (แผน) ถ้าไม่ใช้ชื่อมาตรฐาน",
    example: "planTitle: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  },
  status: { label: "สถานะของรายงาน", example: "status: draft (ร่าง) หรือ status: final (ฉบับสมบูรณ์)" },
  siteUrl: {
    label: "ที่อยู่เว็บของโฟลเดอร์ที่วางเว็บไซต์รายงาน",
    example: "siteUrl: https://www.muangkongmunic.com/ita/",
  },
  number: { label: "ลำดับที่ของมาตรการ", example: "number: 1" },
  period: { label: "ระยะเวลาดำเนินการ", example: "period:\n    start: 2567-10\n    end: 2568-09" },
  "period.start": { label: "วันหรือเดือนที่เริ่ม (พ.ศ.)", example: "start: 2568-01-01 หรือ 2567-10" },
  "period.end": { label: "วันหรือเดือนที่สิ้นสุด (พ.ศ.)", example: "end: 2568-07-01 หรือ 2568-09" },
  evidence: {
    label: "หลักฐาน: รูปภาพ ไฟล์ PDF หรือลิงก์ พร้อมคำบรรยาย",
    example:
      "evidence:\n  - file: 01-training.jpg\n    caption: บรรยากาศการฝึกอบรม\n  - url: https://www.example.go.th/news/1\n    caption: ข่าวบนเว็บไซต์",
  },
  "evidence.file": { label: "ชื่อไฟล์ในโฟลเดอร์ evidence ของปี", example: "file: 01-training.jpg" },
  "evidence.url": { label: "ที่อยู่เว็บของหลักฐาน", example: "url: https://www.example.go.th/news/1" },
  "evidence.caption": {
    label: "คำบรรยายหลักฐาน (แสดงใต้ภาพและอ่านให้ผู้พิการทางสายตา)",
    example: "caption: บรรยากาศการฝึกอบรม วันที่ ๑๕ มกราคม ๒๕๖๘",
  },
  accept: {
    label: "คำเตือนที่ยอมรับไว้ พร้อมเหตุผล",
    example: "accept:\n    W_NUMBER_GAP: ต้นฉบับไม่มีมาตรการที่ ๕",
  },
  responsibleUnits: {
    label: "ผู้รับผิดชอบ",
    example:
      "responsibleUnits:\n    - สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา หรือ สำนักปลัดเทศบาลตำบลเมืองคง",
  },
};
