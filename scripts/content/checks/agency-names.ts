import { distance } from "fastest-levenshtein";
import type { Agency } from "../schema.ts";
import type { Finding, TextCheck } from "./finding.ts";

/**
 * Names of agencies, districts and provinces in the text, compared with content/agency.yaml.
 * A near miss of our own name ("เทศบาลตำบลเมืองคอง") is a misspelling; any other name after
 * อบต./เทศบาล/อำเภอ/จังหวัด is another agency's, usually left over from a template.
 */

/** Kinds of local government, abbreviations first written out in full. */
const LOCAL_KINDS: Record<string, string> = {
  องค์การบริหารส่วนตำบล: "องค์การบริหารส่วนตำบล",
  องค์การบริหารส่วนจังหวัด: "องค์การบริหารส่วนจังหวัด",
  เทศบาลตำบล: "เทศบาลตำบล",
  เทศบาลเมือง: "เทศบาลเมือง",
  เทศบาลนคร: "เทศบาลนคร",
  "อบต.": "องค์การบริหารส่วนตำบล",
  "อบจ.": "องค์การบริหารส่วนจังหวัด",
  "ทต.": "เทศบาลตำบล",
  "ทม.": "เทศบาลเมือง",
  "ทน.": "เทศบาลนคร",
};
type Area = "district" | "province" | "subdistrict";
const AREA_KINDS: Record<string, Area> = {
  อำเภอ: "district",
  "อ.": "district",
  จังหวัด: "province",
  "จ.": "province",
  ตำบล: "subdistrict",
  "ต.": "subdistrict",
};
const KINDS = new RegExp(
  [...Object.keys(LOCAL_KINDS), ...Object.keys(AREA_KINDS)]
    .sort((a, b) => b.length - a.length)
    .map((kind) =>
      kind.endsWith(".") ? `(?<![\\u0E01-\\u0E4E])${kind.replace(".", "\\.")}` : kind,
    )
    .join("|"),
  "g",
);

/** Words that follow "จังหวัด" or "อำเภอ" when no name is meant: "ทุกจังหวัด", "อำเภอใกล้เคียง". */
const GENERIC = [
  ...["ละ", "ต่าง", "อื่น", "ใกล้เคียง", "ทุก", "ทั่ว", "ของ", "ใน", "และ", "หรือ", "ที่", "ซึ่ง"],
  ...["เดียวกัน", "นี้", "นั้น", "เป็น", "ได้", "จะ", "มี", "ให้", "ไม่", "ก็", "ด้วย", "ตาม"],
  ...["เพื่อ", "แห่ง", "กับ", "แต่", "โดย"],
];
const NAME_START = /^[\u0E01-\u0E2E\u0E40-\u0E44]/;

/** "เทศบาลตำบลเมืองคง" → its kind "เทศบาลตำบล" and proper name "เมืองคง". */
function splitName(name: string): { kind: string; proper: string } {
  const kind = Object.keys(LOCAL_KINDS)
    .filter((full) => !full.endsWith(".") && name.startsWith(full))
    .sort((a, b) => b.length - a.length)[0];
  return kind ? { kind, proper: name.slice(kind.length).trim() } : { kind: "", proper: name };
}

/** How many edits still count as a typo of a name this long; short names get none. */
const typoLimit = (name: string) => (name.length < 5 ? 0 : name.length < 9 ? 1 : 2);

/** The raw text holding the first `count` non-space characters, spaces inside included. */
function rawPrefix(text: string, count: number): string {
  let seen = 0;
  let index = 0;
  while (index < text.length && seen < count) {
    if (!/\s/.test(text[index] ?? "")) seen += 1;
    index += 1;
  }
  return text.slice(0, index);
}

export function agencyNameCheck(agency: Agency, agencyFile: string): TextCheck {
  const own = splitName(agency.name);
  const expectedFor = (area: Area | undefined) =>
    area === "district" ? agency.district : area === "province" ? agency.province : own.proper;
  return (text) => {
    const findings: Finding[] = [];
    for (const match of text.matchAll(KINDS)) {
      const kind = match[0];
      const area = AREA_KINDS[kind];
      const after = text.slice(match.index + kind.length, match.index + kind.length + 80);
      const gap = /^\s*/.exec(after)?.[0] ?? "";
      // "ทุกจังหวัด ร่วมกัน": after a full area word, a space means no name follows.
      if ((gap && area && !kind.endsWith(".")) || gap.includes("\n\n")) continue;
      const rest = after.slice(gap.length);
      const compact = rest.replace(/\s+/g, "");
      if (!NAME_START.test(rest) || GENERIC.some((word) => compact.startsWith(word))) continue;
      const expected = expectedFor(area);
      const ownKind = area !== undefined || LOCAL_KINDS[kind] === own.kind;
      if (ownKind && compact.startsWith(expected)) continue;
      // Fewest edits; then a candidate that ends where the word ends; then the longest.
      const [best] = [2, 1, 0, -1, -2]
        .map((delta) => expected.length + delta)
        .map((length) => ({
          length,
          edits: distance(compact.slice(0, length), expected),
          atWordEnd: !/^[\u0E01-\u0E4E]/.test(rest.slice(rawPrefix(rest, length).length)),
        }))
        .sort((a, b) => a.edits - b.edits || Number(b.atWordEnd) - Number(a.atWordEnd));
      const written = `${kind}${gap ? " " : ""}`;
      const correct = `${kind.endsWith(".") ? written : kind}${expected}`;
      if (ownKind && best && best.edits <= typoLimit(expected)) {
        const found = `${written}${rawPrefix(rest, best.length)}`;
        findings.push({
          code: "E_AGENCY_NAME_MISSPELLED",
          start: match.index,
          message: `"${found}" สะกดไม่ตรงกับชื่อใน ${agencyFile} ("${correct}")`,
          fix: `แก้เป็น "${correct}"`,
        });
      } else if (area !== "subdistrict") {
        const found = `${written}${/^\S{1,40}/.exec(rest)?.[0] ?? ""}`;
        if (/^\S{0,2}\./.test(rest)) continue;
        findings.push({
          code: "E_AGENCY_OTHER",
          start: match.index,
          message: `พบชื่อ "${found}" ซึ่งไม่ใช่${area === "district" ? `อำเภอ${agency.district}` : area === "province" ? `จังหวัด${agency.province}` : agency.name} (มักค้างมาจากแบบฟอร์มของหน่วยงานอื่น)`,
          fix: `ถ้าค้างมาจากแบบฟอร์ม ให้แก้เป็น "${area ? `${kind}${expected}` : agency.name}" ถ้าตั้งใจกล่าวถึงจริง ให้ยอมรับไว้ในส่วนหัวของไฟล์ โดยเหตุผลต้องมีชื่อนั้น เช่น\n    accept:\n      E_AGENCY_OTHER: ไปศึกษาดูงานที่ ${found}`,
          subject: found,
        });
      }
    }
    return findings;
  };
}
