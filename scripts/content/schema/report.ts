import { z } from "zod";
import { acceptSchema, buddhistDate, text } from "./fields.ts";

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
