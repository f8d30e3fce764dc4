import { describe, expect, it } from "vitest";
import { COMPOUND_WORDS, knownWords, unitWords } from "../../scripts/thai/known-words.ts";

const tambon = {
  name: "องค์การบริหารส่วนตำบลช่อระกา",
  district: "บ้านเหลื่อม",
  province: "นครราชสีมา",
};

describe("unitWords", () => {
  it("keeps a unit's own name, less the agency's name", () => {
    expect(unitWords("สำนักปลัดเทศบาลตำบลเมืองคง", "เทศบาลตำบลเมืองคง")).toEqual(["สำนักปลัด"]);
    expect(unitWords("สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา", tambon.name)).toEqual(["สำนักปลัด"]);
  });

  it("keeps each short part between spaces, and leaves a long part to break between words", () => {
    expect(unitWords("กองการศึกษา ศาสนาและวัฒนธรรม", tambon.name)).toEqual(["กองการศึกษา"]);
    expect(unitWords("หัวหน้าทุกส่วนราชการ", tambon.name)).toEqual([]);
  });
});

describe("knownWords", () => {
  const words = knownWords({
    agency: tambon,
    responsibleUnits: ["สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา", "กองช่าง", "กองช่าง"],
  });

  it("knows the place name, the district, the province and the units", () => {
    for (const word of ["ช่อระกา", "บ้านเหลื่อม", "นครราชสีมา", "สำนักปลัด", "กองช่าง"]) {
      expect(words).toContain(word);
    }
  });

  it("knows the compound words, once each, longest first", () => {
    for (const word of COMPOUND_WORDS) expect(words).toContain(word);
    expect(new Set(words).size).toBe(words.length);
    const lengths = words.map((word) => word.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it("never keeps the whole agency name, which must wrap in a narrow column", () => {
    expect(words).not.toContain(tambon.name);
    expect(words).not.toContain("องค์การบริหารส่วนตำบล");
  });

  it("keeps a district written with a space as its words", () => {
    const spaced = knownWords({
      agency: { ...tambon, district: "เมือง นครราชสีมา" },
      responsibleUnits: [],
    });
    expect(spaced).toContain("เมือง");
    expect(spaced).not.toContain("เมือง นครราชสีมา");
  });
});
