import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "../../../scripts/content/checks/index.ts";
import { severityOf } from "../../../scripts/content/codes.ts";
import type { Agency } from "../../../scripts/content/schema.ts";
import { headTitle, splitAgencyName } from "../../../scripts/thai/local-government.ts";
import { measureSource } from "../../helpers/source.ts";

/** An อบต. (the tambon fixture) and a เทศบาล (the seed's), the two kinds most reports come from. */
const AGENCIES: Agency[] = [
  {
    id: "chorakha",
    name: "องค์การบริหารส่วนตำบลช่อระกา",
    district: "บ้านเหลื่อม",
    province: "นครราชสีมา",
  },
  { id: "muangkong", name: "เทศบาลตำบลเมืองคง", district: "ราษีไศล", province: "ศรีสะเกษ" },
  // A kind that is its name too: no proper name to fill in.
  { id: "bangkok", name: "กรุงเทพมหานคร", district: "พระนคร", province: "กรุงเทพมหานคร" },
];
const [TAMBON, MUANGKONG, BANGKOK] = AGENCIES as [Agency, Agency, Agency];

/** The corpus, placeholders filled from the agency. */
function corpus(agency: Agency): string[] {
  const text = readFileSync(
    join(import.meta.dirname, "../../fixtures/corpus/sentences.txt"),
    "utf8",
  );
  const fill: Record<string, string> = {
    name: agency.name,
    proper: splitAgencyName(agency.name).proper,
    district: agency.district,
    province: agency.province,
    head: headTitle(agency),
  };
  return text
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? key));
}

const problems = (agency: Agency, body: string, title?: string, units?: string) =>
  checkText(measureSource(body, title, units ?? "สำนักปลัด"), { agency, file: "agency.yaml" });
const codes = (agency: Agency, body: string, title?: string, units?: string) =>
  problems(agency, body, title, units).map((problem) => problem.code);

describe("the corpus of real report sentences", () => {
  it("holds at least 150 sentences", () => {
    expect(corpus(TAMBON).length).toBeGreaterThanOrEqual(150);
  });

  it.each(AGENCIES.map((agency) => [agency.name, agency] as const))(
    "passes with no error for %s, as a paragraph and as a list item",
    (_name, agency) => {
      for (const sentence of corpus(agency)) {
        for (const body of [sentence, `1. ${sentence}`]) {
          const errors = problems(agency, body).filter(
            (problem) => severityOf(problem.code) === "error",
          );
          expect(errors, sentence).toEqual([]);
        }
      }
    },
  );
});

describe("what the corpus must not hide", () => {
  it("still reports a misspelling of our name, anywhere in it and at its end", () => {
    for (const sentence of [
      "บุคลากรของเทศบาลตำบลเมืองคอง",
      "เทศบาลตำบลเมืองคองดำเนินโครงการ",
      "ทต.เมีองคง ประชาสัมพันธ์",
    ]) {
      expect(codes(MUANGKONG, sentence), sentence).toEqual(["E_AGENCY_NAME_MISSPELLED"]);
    }
    for (const sentence of ["อบต.ช่อระการ ได้จัดกิจกรรม", "องค์การบริหารส่วนตำบลช่อระก ได้", "อบต.ช่อรากา"]) {
      expect(codes(TAMBON, sentence), sentence).toEqual(["E_AGENCY_NAME_MISSPELLED"]);
    }
  });

  it("quotes the misspelt name alone, not the words glued after it", () => {
    const [problem] = problems(MUANGKONG, "เทศบาลตำบลเมืองคองดำเนินโครงการ");
    expect(problem?.message).toMatch(/^"เทศบาลตำบลเมืองคอง" สะกด/);
  });

  it("takes our name glued to the next word as our name", () => {
    expect(codes(TAMBON, "อบต.ช่อระการ่วมกับเทศบาลตำบลบ้านเหลื่อม")).not.toContain(
      "E_AGENCY_NAME_MISSPELLED",
    );
    expect(codes(MUANGKONG, "เทศบาลตำบลเมืองคงดำเนินโครงการ")).toEqual([]);
  });

  it("reports another agency where the report speaks of itself", () => {
    expect(codes(TAMBON, "บุคลากรของ อบต. หนองบัวดง ทุกคน")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(TAMBON, "ประกาศ อบต.หนองบัวดง เรื่อง นโยบายไม่รับของขวัญ")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(TAMBON, "ข้อความ", "โครงการอบรมพนักงาน อบต.หนองบัวดง")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(TAMBON, "ข้อความ", undefined, "สำนักปลัด อบต.หนองบัวดง")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(MUANGKONG, "ของเทศบาลตำบลเมืองแคน")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(TAMBON, "บุคลากรภายในเทศบาลตำบลเมืองคงดำเนินโครงการ")).toEqual(["E_AGENCY_OTHER"]);
    expect(codes(BANGKOK, "บุคลากรภายใน อบต. หนองบัวดง")).toEqual(["E_AGENCY_OTHER"]);
  });

  it("names the other agency alone, and offers a reason that says only what the text says", () => {
    const [problem] = problems(TAMBON, "บุคลากรของเทศบาลตำบลเมืองคงดำเนินโครงการ");
    expect(problem?.subject).toBe("เมืองคง");
    expect(problem?.fix).toContain("E_AGENCY_OTHER: ตั้งใจกล่าวถึง เทศบาลตำบลเมืองคง");
    expect(problem?.fix).not.toContain("ศึกษาดูงาน");
    const [partner] = problems(TAMBON, "ร่วมกับองค์การบริหารส่วนตำบลโนนสูงจัดการแข่งขันกีฬา");
    expect(partner?.subject).toBe("โนนสูง");
  });

  it("asks about an unknown word after our own kind, where the sentence does not speak of us", () => {
    expect(codes(TAMBON, "บุคลากรภายใน อบต. หนองบัวดง ตอบแบบวัด")).toEqual(["W_AGENCY_UNSURE"]);
    // For a เทศบาล, an อบต. with a name is surely another agency.
    expect(codes(MUANGKONG, "บุคลากรภายใน อบต. หนองบัวดง ตอบแบบวัด")).toEqual(["E_AGENCY_OTHER"]);
  });

  it("reads a caption as a sentence, not as the agency speaking of itself", () => {
    const caption =
      "evidence:\n  - url: https://example.go.th/\n    caption: ศึกษาดูงานที่ อบต.หนองบัวดง\n";
    const source = measureSource("ข้อความ", "โครงการทดสอบ", "สำนักปลัด", caption);
    const found = checkText(source, { agency: TAMBON, file: "agency.yaml" });
    expect(found.map((problem) => problem.code)).toEqual(["W_AGENCY_PARTNER"]);
  });

  it("warns about a partner agency, with a reason built from the partner word", () => {
    const [problem] = problems(TAMBON, "จัดประชุมร่วมกับเทศบาลตำบลบ้านเหลื่อม");
    expect(problem?.code).toBe("W_AGENCY_PARTNER");
    expect(problem?.fix).toContain("W_AGENCY_PARTNER: ร่วมกับ เทศบาลตำบลบ้านเหลื่อม");
  });
});
