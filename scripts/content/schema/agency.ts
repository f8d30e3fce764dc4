import { z } from "zod";
import { KIND_NAMES, kindOfName, splitAgencyName } from "../../thai/local-government.ts";
import { PROVINCES } from "../../thai/provinces.ts";
import { acceptSchema, PROVINCE_PREFIX, placeName, text, webAddress } from "./fields.ts";

/** A GitHub repository as `owner/name`, spelled as GitHub allows. */
export const GITHUB_REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/**
 * Where the browser editor at /admin/ saves: a GitHub repository the clerks sign in to through
 * an OAuth helper (GitHub allows no sign-in from a static page alone). Without it the build
 * leaves /admin/ out, so no editor is published that cannot sign in.
 * https://decapcms.org/docs/github-backend/ and https://decapcms.org/docs/external-oauth-clients/
 */
export const editorSchema = z.strictObject({
  repository: z.string().trim().regex(GITHUB_REPOSITORY, {
    message: "ต้องเป็นชื่อคลังบน GitHub แบบ เจ้าของ/ชื่อคลัง เช่น muangkong/ita-report",
  }),
  branch: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._/-]+$/, { message: "ต้องเป็นชื่อ branch ภาษาอังกฤษ เช่น main" })
    .default("main"),
  signIn: webAddress("ต้องเป็นที่อยู่เว็บเต็มของบริการเข้าสู่ระบบ (OAuth) ขึ้นต้นด้วย https://").refine(
    (url) => url.startsWith("https://"),
    { message: "ต้องขึ้นต้นด้วย https:// เพราะส่งรหัสเข้าใช้ GitHub ผ่านที่อยู่นี้" },
  ),
  /** The content folder inside the repository, `content` unless the agency moved it. */
  contentFolder: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, {
      message: "ต้องเป็นชื่อโฟลเดอร์ภาษาอังกฤษในคลัง เช่น content",
    })
    .default("content"),
});
export type EditorSettings = z.infer<typeof editorSchema>;

/** content/agency.yaml: the one place the agency's name is typed. */
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
    editor: editorSchema.optional(),
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
