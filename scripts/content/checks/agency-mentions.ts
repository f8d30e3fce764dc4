import { LOCAL_GOVERNMENT_KINDS } from "../../thai/local-government.ts";
import { PROVINCES } from "../../thai/provinces.ts";
import { segmentWords } from "../../thai/segment.ts";
import { NOT_A_NAME } from "./agency-words.ts";

/**
 * Where the text names a kind of agency or area ("อบต.", "เทศบาลตำบล", "อำเภอ", "จ."), and the
 * name that follows it, if one does.
 */

export type Area = "district" | "province" | "subdistrict";
export const AREA_KINDS: Record<string, Area> = {
  อำเภอ: "district",
  "อ.": "district",
  จังหวัด: "province",
  "จ.": "province",
  ตำบล: "subdistrict",
  "ต.": "subdistrict",
};

/** Abbreviations that are also the end of ordinary words ("อดทน.") need a boundary before them. */
const GLUED_ABBREVIATIONS = new Set(["อ.บ.ต.", "อบต.", "อบจ."]);
export const KIND_PATTERN = new RegExp(
  [...Object.keys(LOCAL_GOVERNMENT_KINDS), ...Object.keys(AREA_KINDS)]
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

const THAI_RUN = /^[\u0E01-\u0E4E]+/;
const NOT_NAME_WORDS = new Set(NOT_A_NAME);
/**
 * ICU knows most place names whole ("ขามสะแกแสง", "โนนสูง") and cuts the others into short
 * pieces ("หนองบัว|ดง", "ลำ|ทะ|เมน|ชัย"); a longer word after the first one is no longer part of
 * the name ("โนนสูง|จัดการ|แข่งขัน").
 */
const MAX_NAME_WORDS = 4;
const MAX_PIECE_LENGTH = 4;
/** A province's name is part of a place name ("เมือง|ขอนแก่น"), however long. */
const PROVINCE_NAMES = new Set(PROVINCES);

/**
 * The name at the start of a text, ending where the word segmenter finds a word that is not part
 * of a name; empty when the text goes on with an ordinary word ("อบต. ลงนาม…").
 * @example nameAfter("หนองบัวดงเพื่อศึกษาดูงาน", []) // => "หนองบัวดง"
 * @example nameAfter("โนนสูงจัดการแข่งขัน", []) // => "โนนสูง"
 * @example nameAfter("ลงนามในประกาศ", []) // => ""
 */
export function nameAfter(rest: string, knownNames: readonly string[]): string {
  const run = THAI_RUN.exec(rest)?.[0] ?? "";
  if (!/^[\u0E01-\u0E2E\u0E40-\u0E44]/.test(run)) return "";
  const name: string[] = [];
  for (const { word } of segmentWords(run, knownNames)) {
    const piece = name.length === 0 || word.length <= MAX_PIECE_LENGTH || PROVINCE_NAMES.has(word);
    if (NOT_NAME_WORDS.has(word) || !piece || name.length === MAX_NAME_WORDS) break;
    name.push(word);
  }
  return name.join("");
}

/** One place the text names a kind, with what follows it on the same line. */
export interface AgencyMention {
  /** Offset of the kind in the text. */
  start: number;
  /** The kind as written: "อบต.", "เทศบาลตำบล", "อำเภอ". */
  kind: string;
  /** The local government kind in full, or the area, the kind stands for. */
  full?: string;
  area?: Area;
  /** The spaces between the kind and what follows. */
  gap: string;
  /** The rest of the line after the gap (at most 80 characters). */
  rest: string;
  /** The name that follows, or "" when an ordinary word follows. */
  name: string;
}

/** Every kind of agency or area the text names. */
export function findMentions(text: string, knownNames: readonly string[]): AgencyMention[] {
  return [...text.matchAll(KIND_PATTERN)].map((match) => {
    const kind = match[0];
    const after = text.slice(match.index + kind.length, match.index + kind.length + 80);
    const gap = /^[ \t]*/.exec(after)?.[0] ?? "";
    const rest = after.slice(gap.length).split("\n")[0] ?? "";
    return {
      start: match.index,
      kind,
      full: LOCAL_GOVERNMENT_KINDS[kind],
      area: AREA_KINDS[kind],
      gap,
      rest,
      name: nameAfter(rest, knownNames),
    };
  });
}

/** How a mention is quoted: the kind, one space if there was any, and what follows. */
export const written = (mention: AgencyMention, tail: string) =>
  `${mention.kind}${mention.gap ? " " : ""}${tail}`;
