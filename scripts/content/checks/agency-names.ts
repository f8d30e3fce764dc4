import { distance } from "fastest-levenshtein";
import { LOCAL_GOVERNMENT_KINDS, splitAgencyName } from "../../thai/local-government.ts";
import { PROVINCES } from "../../thai/provinces.ts";
import type { Agency } from "../schema.ts";
import type { Finding, TextCheck } from "./finding.ts";

/**
 * Names of agencies, districts and provinces in the text, compared with content/agency.yaml.
 * A near miss of our own name ("เทศบาลตำบลเมืองคอง") is a misspelling; another agency's name
 * ("อบต. หนองบัวดง"), usually left over from a template, is reported so it is fixed or accepted.
 * "จังหวัด" and "อำเภอ" are also ordinary words ("รายงานให้จังหวัดทราบ"), so another province
 * must be a real province's name, and another district must come with its province.
 */

const LOCAL_KINDS = LOCAL_GOVERNMENT_KINDS;
type Area = "district" | "province" | "subdistrict";
const AREA_KINDS: Record<string, Area> = {
  อำเภอ: "district",
  "อ.": "district",
  จังหวัด: "province",
  "จ.": "province",
  ตำบล: "subdistrict",
  "ต.": "subdistrict",
};
/** Abbreviations that are also the end of ordinary words ("อดทน.") need a boundary before them. */
const GLUED_ABBREVIATIONS = new Set(["อ.บ.ต.", "อบต.", "อบจ."]);
const KINDS = new RegExp(
  [...Object.keys(LOCAL_KINDS), ...Object.keys(AREA_KINDS)]
    .sort((a, b) => b.length - a.length)
    .map((kind) => {
      const escaped = kind.replaceAll(".", "\\.");
      // "พ.ต.อ.สมชาย" is a rank and a name, not a district.
      return kind.endsWith(".") && !GLUED_ABBREVIATIONS.has(kind)
        ? `(?<![\\u0E01-\\u0E4E.])${escaped}`
        : escaped;
    })
    .join("|"),
  "g",
);

/** Words that follow a kind of agency when no name is meant: "ทุกจังหวัด", "อำเภอใกล้เคียง". */
const GENERIC = [
  ...["ละ", "ต่าง", "อื่น", "ใกล้เคียง", "ทุก", "ทั่ว", "ของ", "ใน", "และ", "หรือ", "ที่", "ซึ่ง"],
  ...["เดียวกัน", "นี้", "นั้น", "เป็น", "ได้", "จะ", "มี", "ให้", "ไม่", "ก็", "ด้วย", "ตาม"],
  ...["เพื่อ", "แห่ง", "กับ", "แต่", "โดย"],
];
const THAI_RUN = /^[\u0E01-\u0E4E]+/;
const bare = (text: string) => text.replace(/\s+/g, "");

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

/** The spelling of `expected` at the start of `rest`, if it is only a typo away. */
function nearMiss(rest: string, expected: string): string | undefined {
  const compact = bare(rest);
  const [best] = [2, 1, 0, -1, -2]
    .map((delta) => Math.min(expected.length + delta, compact.length))
    .map((length) => ({
      length,
      edits: distance(compact.slice(0, length), expected),
      // Prefer a candidate that ends where the word ends: "เมืองคอง ได้", not "เมืองคอ".
      atWordEnd: !/^[\u0E01-\u0E4E]/.test(rest.slice(rawPrefix(rest, length).length)),
    }))
    .sort((a, b) => a.edits - b.edits || Number(b.atWordEnd) - Number(a.atWordEnd));
  if (!best || best.edits === 0 || best.edits > typoLimit(expected)) return undefined;
  return rawPrefix(rest, best.length).trimEnd();
}

/** The province a text starts with, longest name first ("นครนายก" before "นคร…"). */
const PROVINCES_LONGEST_FIRST = [...PROVINCES].sort((a, b) => b.length - a.length);
/**
 * Provinces whose names are also everyday words ("ให้จังหวัดเลย" is "to the province at all"):
 * never taken for another province, only checked as ours.
 */
const WORD_LIKE_PROVINCES = new Set(["เลย", "ตาก", "แพร่"]);
const provinceAt = (compact: string) =>
  PROVINCES_LONGEST_FIRST.find(
    (name) => compact.startsWith(name) && !WORD_LIKE_PROVINCES.has(name),
  );

/**
 * Where a name glued to the next words most likely ends: before a word that starts a clause
 * ("หนองแคเพื่อศึกษาดูงาน" → "หนองแค"). Thai writes no spaces, so this is a best guess.
 */
const CLAUSE_WORDS = /(?<=^[\u0E01-\u0E4E]{2,}?)(?:เพื่อ|เป็น|และ|ซึ่ง|โดย|ได้|จึง|กับ|ตาม|ให้|ที่|ของ|ใน)/;
const nameOnly = (run: string) => run.slice(0, CLAUSE_WORDS.exec(run)?.index ?? run.length);

/**
 * The names of other agencies a reason in `accept:` mentions: "ไปศึกษาดูงานที่ อบต.หนองบัวดง"
 * accepts "หนองบัวดง", and no other leftover name in the same file.
 */
export function acceptsAgency(reason: string, name: string): boolean {
  if (bare(reason).includes(bare(name))) return true;
  return [...reason.matchAll(KINDS)].some((match) => {
    const named = THAI_RUN.exec(bare(reason.slice(match.index + match[0].length)))?.[0];
    return named !== undefined && named.length >= 2 && name.startsWith(named);
  });
}

export function agencyNameCheck(agency: Agency, agencyFile: string): TextCheck {
  const own = splitAgencyName(agency.name);
  return (text) => {
    const findings: Finding[] = [];
    const misspelled = (start: number, found: string, correct: string) =>
      findings.push({
        code: "E_AGENCY_NAME_MISSPELLED",
        start,
        message: `"${found}" สะกดไม่ตรงกับชื่อใน ${agencyFile} ("${correct}")`,
        fix: `แก้เป็น "${correct}"`,
      });
    const other = (start: number, found: string, name: string, ours: string) =>
      findings.push({
        code: "E_AGENCY_OTHER",
        start,
        message: `พบชื่อ "${found}" ซึ่งไม่ใช่${ours} อาจค้างมาจากแบบฟอร์มของหน่วยงานอื่น`,
        fix: `ถ้าค้างมาจากแบบฟอร์ม ให้แก้เป็นชื่อของเรา "${ours}"\n  ถ้าตั้งใจกล่าวถึงจริง (เช่น ไปศึกษาดูงาน) ให้ยอมรับไว้ในส่วนหัวของไฟล์ โดยเขียนชื่อนั้นในเหตุผล:\n    accept:\n      E_AGENCY_OTHER: ไปศึกษาดูงานที่ ${found}`,
        subject: name,
      });

    for (const match of text.matchAll(KINDS)) {
      const kind = match[0];
      const area = AREA_KINDS[kind];
      const start = match.index;
      const after = text.slice(start + kind.length, start + kind.length + 80);
      const gap = /^[ \t]*/.exec(after)?.[0] ?? "";
      // After a full word, a space usually means no name follows ("เทศบาลตำบล องค์การบริหาร
      // ส่วนตำบล และ…"), but text pasted from a PDF splits names too ("เทศบาลตำบล เมืองคอง"): there
      // only our own name's misspelling is looked for.
      const spaced = gap !== "" && !kind.endsWith(".");
      const rest = after.slice(gap.length).split("\n")[0] ?? "";
      const compact = bare(rest);
      const name = nameOnly(THAI_RUN.exec(rest)?.[0] ?? "");
      if (!name || !/^[\u0E01-\u0E2E\u0E40-\u0E44]/.test(name)) continue;
      if (GENERIC.some((word) => compact.startsWith(word))) continue;
      const written = `${kind}${gap ? " " : ""}`;
      if (spaced) {
        const expected =
          area === "district"
            ? agency.district
            : area === "province"
              ? agency.province
              : own.proper;
        const kindMatches = area !== undefined || LOCAL_KINDS[kind] === own.kind;
        const typo =
          kindMatches && !compact.startsWith(expected) ? nearMiss(rest, expected) : undefined;
        if (typo) misspelled(start, `${written}${typo}`, `${kind}${expected}`);
        continue;
      }

      if (area === "province") {
        if (compact.startsWith(agency.province)) continue;
        const other_ = provinceAt(compact);
        if (other_) other(start, `${written}${other_}`, other_, `จังหวัด${agency.province}`);
        else {
          const typo = nearMiss(rest, agency.province);
          if (typo) misspelled(start, `${written}${typo}`, `${kind}${agency.province}`);
        }
        continue;
      }
      if (area === "district") {
        if (compact.startsWith(agency.district)) continue;
        const typo = nearMiss(rest, agency.district);
        if (typo) {
          misspelled(start, `${written}${typo}`, `${kind}${agency.district}`);
          continue;
        }
        // Any word follows อำเภอ ("ส่งให้อำเภอทราบ"), and neighbouring districts are named in
        // boundary descriptions; only another province's capital district is surely foreign.
        const capital = name.startsWith("เมือง") && provinceAt(name.slice("เมือง".length));
        if (capital && capital !== agency.province) {
          other(start, `${written}${name}`, name, `อำเภอ${agency.district}`);
        }
        continue;
      }
      if (area === "subdistrict") {
        if (compact.startsWith(own.proper)) continue;
        const typo = nearMiss(rest, own.proper);
        if (typo) misspelled(start, `${written}${typo}`, `${kind}${own.proper}`);
        continue;
      }

      const full = LOCAL_KINDS[kind] ?? kind;
      // Our own name, also under an earlier kind ("ยกฐานะจาก อบต.เมืองคง"), and our province's
      // own provincial administration are not other agencies.
      if (compact.startsWith(own.proper)) continue;
      if (full === "องค์การบริหารส่วนจังหวัด" && compact.startsWith(agency.province)) continue;
      const typo = full === own.kind ? nearMiss(rest, own.proper) : undefined;
      if (typo)
        misspelled(
          start,
          `${written}${typo}`,
          `${kind.endsWith(".") ? written : kind}${own.proper}`,
        );
      else other(start, `${written}${name}`, name, agency.name);
    }
    return findings;
  };
}
