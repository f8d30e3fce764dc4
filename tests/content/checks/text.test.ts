import { describe, expect, it } from "vitest";
import { checkText } from "../../../scripts/content/checks/index.ts";
import { publishedText } from "../../../scripts/content/checks/published-text.ts";
import type { SourceFile } from "../../../scripts/content/source-file.ts";
import { parseSourceFile } from "../../../scripts/content/source-file.ts";

const AGENCY = {
  agency: {
    id: "muangkong",
    name: "เทศบาลตำบลเมืองคง",
    district: "ราษีไศล",
    province: "ศรีสะเกษ",
  },
  file: "content/agency.yaml",
};

function measure(body: string, title = "โครงการทดสอบ"): SourceFile {
  const source = parseSourceFile(`---\nnumber: 1\ntitle: ${title}\n---\n\n${body}\n`, "m.md");
  if ("code" in source) throw new Error(source.message);
  return source;
}

/** The codes found in a body, with the line of each. */
const found = (body: string, title?: string) =>
  checkText(measure(body, title), AGENCY)
    .map((problem) => `${problem.code}:${problem.line}`)
    .sort();

describe("the published text of a file", () => {
  it("keeps prose at its offsets and blanks field names, numbers, dates and list markers", () => {
    const source = measure("1. ข้อแรก\n- ข้อย่อย\n## หัวข้อ");
    const text = publishedText(source);
    expect(text).toHaveLength(source.text.length);
    expect(text).not.toContain("number");
    expect(text).not.toContain("title:");
    expect(text).toContain("โครงการทดสอบ");
    expect(text).not.toMatch(/1\.|- |##/);
    expect(text).toContain("ข้อแรก");
  });
});

describe("agency names", () => {
  it("accepts our own name, district and province, however they are spaced", () => {
    expect(
      found(
        "บุคลากรเทศบาลตำบลเมืองคง อำเภอราษีไศล จังหวัดศรีสะเกษ และสำนักปลัดเทศบาล ตำบลเมือง คง\nทต.เมืองคง อ.ราษีไศล จ.ศรีสะเกษ",
      ),
    ).toEqual([]);
  });

  it("leaves words that only look like a kind of agency alone", () => {
    expect(
      found("ประชุมทุกจังหวัด ร่วมกัน ระดับอำเภอและจังหวัด จังหวัดใกล้เคียง อำเภอละ ๒ คน ที่ว่าการอำเภอ"),
    ).toEqual([]);
  });

  it("reports a near miss of our name, district or province as a misspelling", () => {
    expect(found("ของเทศบาลตำบลเมืองคอง\nอำเภอราศีไศล\nจังหวัดศรีสะเกศ")).toEqual([
      "E_AGENCY_NAME_MISSPELLED:6",
      "E_AGENCY_NAME_MISSPELLED:7",
      "E_AGENCY_NAME_MISSPELLED:8",
    ]);
  });

  it("reports any other agency, district or province", () => {
    expect(
      found("อบต. หนองบัวดง\nเทศบาลเมืองศรีสะเกษ\nจังหวัดขอนแก่น\nองค์การบริหารส่วนตำบลเมืองคง"),
    ).toEqual(["E_AGENCY_OTHER:6", "E_AGENCY_OTHER:7", "E_AGENCY_OTHER:8", "E_AGENCY_OTHER:9"]);
  });
});

describe("typing and copy-paste damage", () => {
  it("finds damage in the title as well as the body", () => {
    expect(found("ข้อความ", "<p>ประจ\u0E4D\u0E32ปี</p>")).toEqual([
      "E_DECOMPOSED_VOWEL:3",
      "E_HTML_TAG:3",
    ]);
  });

  it("reports sara ae typed as two sara e, and sara am with a tone mark between", () => {
    expect(found("\u0E40\u0E40ละ\nน\u0E4D\u0E49\u0E32")).toEqual([
      "E_DECOMPOSED_VOWEL:6",
      "E_DECOMPOSED_VOWEL:7",
    ]);
    const [problem] = checkText(measure("น\u0E4D\u0E49\u0E32"), AGENCY);
    expect(problem?.fix).toContain('"น\u0E49\u0E33"');
  });

  it("does not take ordinary short words or ๆ for spaced letters", () => {
    expect(found("ณ ที่ว่าการ ต่าง ๆ ใน ปี นี้ และ ก็ ได้")).toEqual([]);
  });

  it("allows Arabic digits in addresses, Latin terms and list numbers, not next to Thai words", () => {
    expect(
      found(
        "1. ดูที่ https://www.example.go.th/2568/news?id=30 และ COVID-19 ตามมาตรฐาน ISO 9001\n2. ติดต่อ ita2568@example.go.th",
      ),
    ).toEqual([]);
    expect(found("ปี 2568 ร้อยละ100")).toEqual(["W_ARABIC_DIGITS:6"]);
  });

  it("allows Latin words spaced from Thai, and addresses, but not glued ones", () => {
    expect(
      found("การประเมิน ITA (No Gift Policy) ที่ https://www.itas.nacc.go.th/ผลการประเมิน"),
    ).toEqual([]);
    expect(found("การรับรู้ITA และ ITAของหน่วยงาน")).toEqual(["W_LATIN_GLUED:6"]);
  });

  it("reports plain http addresses and links that are not web addresses", () => {
    expect(
      found("ดูที่ http://example.go.th/ และ [ลิงก์](javascript:alert(1)) <data:text/html,x>"),
    ).toEqual(["E_LINK_UNSAFE:6", "W_URL_NOT_HTTPS:6"]);
  });

  it("counts repeats on one line in a single message", () => {
    const problems = checkText(measure("<p>หนึ่ง</p> <p>สอง</p>"), AGENCY);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("ในบรรทัดนี้มีอีก ๓ จุด".replace("๓", "3"));
  });
});
