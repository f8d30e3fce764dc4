import { splitAgencyName } from "../../thai/local-government.ts";
import { PROVINCES } from "../../thai/provinces.ts";
import type { Agency } from "../schema.ts";
import { mentionContext } from "./agency-context.ts";
import { misspelledName, otherAgency, partnerAgency, unsureAgency } from "./agency-findings.ts";
import { type AgencyMention, findMentions, KIND_PATTERN, written } from "./agency-mentions.ts";
import { KNOWN_WORDS } from "./agency-words.ts";
import type { Finding, TextCheck, TextPlace } from "./finding.ts";
import { bare, nearMiss, startsWithName } from "./name-match.ts";

/**
 * Names of agencies, districts and provinces in the text, compared with content/agency.yaml.
 * A near miss of our own name ("เทศบาลตำบลเมืองคอง", "อบต.ช่อระการ") is a misspelling; another
 * agency's name is an error where the report speaks of itself and a warning where it is named
 * as a partner (see agency-context.ts). A kind with no name after it ("นายก อบต. ลงนาม") is an
 * ordinary word. "จังหวัด" and "อำเภอ" are ordinary words too ("รายงานให้จังหวัดทราบ"), so
 * another province must be a real province's name, and another district must be a province's
 * capital district.
 */

/** Provinces, longest name first ("นครนายก" before "นคร…"). */
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
 * The names of other agencies a reason in `accept:` mentions: "ไปศึกษาดูงานที่ อบต.หนองบัวดง"
 * accepts "หนองบัวดง", and no other leftover name in the same file.
 */
export function acceptsAgency(reason: string, name: string): boolean {
  if (bare(reason).includes(bare(name))) return true;
  return [...reason.matchAll(KIND_PATTERN)].some((match) => {
    const named = /^[\u0E01-\u0E4E]+/.exec(bare(reason.slice(match.index + match[0].length)))?.[0];
    return named !== undefined && named.length >= 2 && name.startsWith(named);
  });
}

/** What one mention is checked against: our names from agency.yaml. */
interface Ours {
  agency: Agency;
  kind: string;
  proper: string;
  file: string;
}

/** Our own name expected after an area word or a kind. */
function expectedName(mention: AgencyMention, ours: Ours): string {
  if (mention.area === "district") return ours.agency.district;
  if (mention.area === "province") return ours.agency.province;
  return ours.proper;
}

/** A misspelling of our own name, district or province at this mention, if there is one. */
function misspelling(mention: AgencyMention, ours: Ours): Finding | undefined {
  if (mention.area === undefined && mention.full !== ours.kind) return undefined;
  // Another real province is not a typo of ours ("จังหวัดนครนายก" for นครราชสีมา).
  const province = mention.area === "province" && provinceAt(bare(mention.rest));
  if (province && province !== ours.agency.province) return undefined;
  const expected = expectedName(mention, ours);
  const typo = nearMiss(mention.rest, expected);
  if (!typo) return undefined;
  const kind = mention.full && mention.kind.endsWith(".") ? written(mention, "") : mention.kind;
  return misspelledName(mention.start, written(mention, typo), `${kind}${expected}`, ours.file);
}

/** Another province, or another province's capital district ("อำเภอเมืองขอนแก่น"). */
function otherArea(mention: AgencyMention, ours: Ours): Finding | undefined {
  const compact = bare(mention.rest);
  if (mention.area === "province") {
    const other = provinceAt(compact);
    if (!other || other === ours.agency.province) return undefined;
    return otherAgency(
      mention.start,
      written(mention, other),
      other,
      `จังหวัด${ours.agency.province}`,
    );
  }
  // Any word follows อำเภอ ("ส่งให้อำเภอทราบ"), and neighbouring districts are named in
  // boundary descriptions; only another province's capital district is surely foreign.
  const capital = mention.name.startsWith("เมือง") && provinceAt(mention.name.slice("เมือง".length));
  if (mention.area !== "district" || !capital || capital === ours.agency.province) return undefined;
  return otherAgency(
    mention.start,
    written(mention, mention.name),
    mention.name,
    `อำเภอ${ours.agency.district}`,
  );
}

/**
 * Another local agency: an error where the report speaks of itself, a warning where it is named
 * as a partner or, after our own kind, may be an ordinary word.
 */
function otherLocalAgency(
  mention: AgencyMention,
  ours: Ours,
  text: string,
  place: TextPlace,
): Finding | undefined {
  // Our province's own provincial administration is not another agency.
  const ownProvince =
    mention.full === "องค์การบริหารส่วนจังหวัด" && startsWithName(mention.rest, ours.agency.province);
  if (ownProvince) return undefined;
  const found = written(mention, mention.name);
  const end = mention.start + mention.kind.length + mention.gap.length + mention.name.length;
  const { context, partnerWord } = mentionContext(text, mention.start, end, place.selfFields);
  if (context === "partner" && partnerWord) {
    return partnerAgency(mention.start, found, mention.name, partnerWord);
  }
  // "นายก อบต. ตระหนัก…" in an อบต.'s report speaks of itself, with a verb no list holds; an
  // unknown word after our own kind is only a question unless the sentence speaks of ourselves.
  if (context === "neutral" && mention.full === ours.kind) {
    return unsureAgency(mention.start, found, mention.name, ours.agency.name);
  }
  return otherAgency(mention.start, found, mention.name, ours.agency.name);
}

/** The finding for one mention of a kind of agency or area, if it needs one. */
function checkMention(
  mention: AgencyMention,
  ours: Ours,
  text: string,
  place: TextPlace,
): Finding | undefined {
  if (!mention.name) return undefined;
  // Our own name, also under an earlier kind ("ยกฐานะจาก อบต.เมืองคง"). กรุงเทพมหานคร and
  // เมืองพัทยา have no name after their kind: every named agency is another one.
  const expected = expectedName(mention, ours);
  if (expected && startsWithName(mention.rest, expected)) return undefined;
  const typo = misspelling(mention, ours);
  // After a full word, a space usually means no name follows ("เทศบาลตำบล องค์การบริหาร
  // ส่วนตำบล และ…"), but text pasted from a PDF splits names too ("เทศบาลตำบล เมืองคอง"): there
  // only our own name's misspelling is looked for.
  if (typo || (mention.gap && !mention.kind.endsWith("."))) return typo;
  if (mention.area) return otherArea(mention, ours);
  return otherLocalAgency(mention, ours, text, place);
}

/**
 * The text check for the names of agencies and areas, against the agency in agency.yaml.
 * @example agencyNameCheck(chorakha, "agency.yaml")("นายก อบต. ลงนาม", place) // => []
 * @example agencyNameCheck(chorakha, "agency.yaml")("อบต.ช่อระการ ได้", place)
 * // => [{ code: "E_AGENCY_NAME_MISSPELLED", … }]
 */
export function agencyNameCheck(agency: Agency, agencyFile: string): TextCheck {
  const { kind, proper } = splitAgencyName(agency.name);
  const ours: Ours = { agency, kind, proper, file: agencyFile };
  const knownNames = [proper, agency.district, agency.province, ...KNOWN_WORDS];
  return (text, place) =>
    findMentions(text, knownNames).flatMap(
      (mention) => checkMention(mention, ours, text, place) ?? [],
    );
}
