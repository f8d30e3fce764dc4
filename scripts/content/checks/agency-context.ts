/**
 * Whether a sentence speaks of the agency itself or of a partner. Another agency's name where the
 * report speaks of itself (the header's title, units and signer, "ของ…", "ประกาศ…เรื่อง") is
 * surely a leftover from someone else's template; named as a partner ("ร่วมกับ…",
 * "ศึกษาดูงานที่…", "ณ …") it is most likely meant.
 */
export type MentionContext = "self" | "partner" | "neutral";

/** Words before a partner's name, each kept as it is written so the fix can quote it. */
const PARTNER_BEFORE =
  /(ร่วมกับ|ประสานงานกับ|ประสานกับ|ศึกษาดูงาน(?:ที่|ณ)?|ดูงาน(?:ที่|ณ)?|เยี่ยมชม|\sณ)\s*(?:ทาง\s*)?$/;
const OWNER_BEFORE = /ของ\s*(?:ทาง\s*)?$/;
const DOCUMENT_BEFORE = /(?:ประกาศ|คำสั่ง)\s*$/;
const DOCUMENT_AFTER = /^\s*(?:เรื่อง|ที่)/;

/**
 * The context of a mention at `start`..`end` in the text; `selfFields` are the header fields
 * in which the report speaks of itself.
 * @example mentionContext("ไปศึกษาดูงานที่ อบต.นาดี", 16, 24, []) // => { context: "partner", ... }
 */
export function mentionContext(
  text: string,
  start: number,
  end: number,
  selfFields: readonly [number, number][],
): { context: MentionContext; partnerWord?: string } {
  if (selfFields.some(([from, to]) => start >= from && start < to)) return { context: "self" };
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = ` ${text.slice(Math.max(lineStart, start - 40), start)}`;
  const partner = PARTNER_BEFORE.exec(before);
  if (partner?.[1]) return { context: "partner", partnerWord: partner[1].trim() };
  if (OWNER_BEFORE.test(before)) return { context: "self" };
  if (DOCUMENT_BEFORE.test(before) && DOCUMENT_AFTER.test(text.slice(end, end + 20))) {
    return { context: "self" };
  }
  return { context: "neutral" };
}
