import {
  type AgencyIdentity,
  agencyKind,
  headTitle,
  KINDS,
  LOCAL_GOVERNMENT_KINDS,
  type LocalGovernmentKind,
  splitAgencyName,
} from "../../thai/local-government.ts";
import type { ContentProblem } from "../errors.ts";
import type { SourceFile } from "../source-file.ts";
import { bare } from "./name-match.ts";

/**
 * Whether the signer's position fits the agency in agency.yaml. An อบต. that kept the README's
 * "นายกเทศมนตรีตำบลเมืองคง" would print another agency's head under its report. Accepted: the
 * head of our kind with our name, a ปลัด…, and acting titles ("…ปฏิบัติหน้าที่…",
 * "…รักษาราชการแทน…").
 */

/** Words of an acting title, which may join two positions. */
const ACTING = /ปฏิบัติหน้าที่|รักษาราชการแทน|รักษาการแทน|รักษาการในตำแหน่ง/;

/** Abbreviations written out ("นายก อบต.ช่อระกา" → "นายกองค์การบริหารส่วนตำบลช่อระกา"). */
function expand(position: string): string {
  let text = bare(position);
  for (const [short, full] of Object.entries(LOCAL_GOVERNMENT_KINDS)) {
    if (short.endsWith(".")) text = text.replaceAll(short, full);
  }
  return text;
}

/** Every title or kind a position names: "นายกเทศมนตรีตำบล", "เทศบาลตำบล", "ปลัดเทศบาล". */
function titlesIn(text: string): { title: string; kindFull: string; at: number }[] {
  const titles = KINDS.flatMap((kind) => [
    { title: kind.head, kindFull: kind.full },
    { title: kind.full, kindFull: kind.full },
    { title: kind.clerk, kindFull: kind.full },
  ]).sort((a, b) => b.title.length - a.title.length);
  const found: { title: string; kindFull: string; at: number }[] = [];
  for (const { title, kindFull } of titles) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1)) {
      const covered = found.some((seen) => at >= seen.at && at < seen.at + seen.title.length);
      if (!covered) found.push({ title, kindFull, at });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Where our own kind or head title is followed by a name that is not ours. */
function otherName(text: string, kind: LocalGovernmentKind, proper: string): string | undefined {
  for (const title of [kind.head, kind.full]) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1)) {
      const after = text.slice(at + title.length);
      if (!after || after.startsWith(proper) || after.search(ACTING) === 0) continue;
      return after.split(ACTING)[0];
    }
  }
  return undefined;
}

/**
 * What is wrong with a signer's position, in Thai, or undefined when it fits the agency.
 * @example signerPositionProblem("นายกเทศมนตรีตำบลเมืองคง", { name: "องค์การบริหารส่วนตำบลช่อระกา" })
 * // => 'ตำแหน่ง "นายกเทศมนตรีตำบลเมืองคง" เป็นของหน่วยงานประเภทเทศบาลตำบล …'
 */
export function signerPositionProblem(
  position: string,
  agency: AgencyIdentity,
): string | undefined {
  const kind = agencyKind(agency);
  if (!kind) return undefined;
  const { proper } = splitAgencyName(agency.name);
  const text = expand(position);
  // The เทศบาล kinds share one ปลัดเทศบาล; any of them is ours when we are a เทศบาล.
  const sameFamily = (full: string) =>
    full === kind.full || (full.startsWith("เทศบาล") && kind.full.startsWith("เทศบาล"));
  const foreign = titlesIn(text).find((title) => !sameFamily(title.kindFull));
  if (foreign) {
    return `ตำแหน่ง "${position}" เป็นของหน่วยงานประเภท${foreign.kindFull} ไม่ใช่${agency.name}`;
  }
  if (kind.special) return undefined;
  const other = otherName(text, kind, proper);
  if (other) return `ตำแหน่ง "${position}" ระบุชื่อ "${other}" ซึ่งไม่ใช่ชื่อของ${agency.name}`;
  const clerkOrActing = text.startsWith("ปลัด") || text.search(ACTING) !== -1;
  if (clerkOrActing || text.includes(`${kind.head}${proper}`)) return undefined;
  return `ตำแหน่ง "${position}" ไม่ใช่ตำแหน่งหัวหน้าของ${agency.name}`;
}

/** The fix for a wrong position, built from agency.yaml. */
export function signerPositionFix(agency: AgencyIdentity): string {
  const head = headTitle(agency);
  const clerk = agencyKind(agency)?.clerk ?? "ปลัด";
  return `เขียนตำแหน่งของ${agency.name} เช่น position: ${head}\n  ถ้าผู้อื่นลงนามแทน เขียนเช่น position: ${clerk} ปฏิบัติหน้าที่${head}`;
}

/** The problem with report.md's signer.position, if the position does not fit the agency. */
export function signerProblems(
  position: string,
  agency: { agency: AgencyIdentity; file: string },
  source: SourceFile,
): ContentProblem[] {
  const problem = signerPositionProblem(position, agency.agency);
  if (!problem) return [];
  return [
    {
      code: "E_SIGNER_POSITION",
      file: source.file,
      line: source.lineOf(["signer", "position"]),
      field: "signer.position",
      message: `${problem} (ชื่อหน่วยงานอยู่ใน ${agency.file})`,
      fix: signerPositionFix(agency.agency),
    },
  ];
}
