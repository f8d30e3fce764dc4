import { describe, expect, it } from "vitest";
import { agencyKind, headTitle, splitAgencyName } from "../../scripts/thai/local-government.ts";

describe("local government kinds", () => {
  it("reads the kind from the start of the name, the longest first", () => {
    expect(splitAgencyName("องค์การบริหารส่วนตำบลช่อระกา")).toEqual({
      kind: "องค์การบริหารส่วนตำบล",
      proper: "ช่อระกา",
    });
    expect(splitAgencyName("เทศบาลเมืองศรีสะเกษ").kind).toBe("เทศบาลเมือง");
    expect(agencyKind({ name: "กรุงเทพมหานคร" })?.special).toBe(true);
  });

  it("builds the head's title from the name", () => {
    expect(headTitle({ name: "องค์การบริหารส่วนตำบลช่อระกา" })).toBe("นายกองค์การบริหารส่วนตำบลช่อระกา");
    expect(headTitle({ name: "เทศบาลตำบลเมืองคง" })).toBe("นายกเทศมนตรีตำบลเมืองคง");
    expect(headTitle({ name: "เทศบาลนครขอนแก่น" })).toBe("นายกเทศมนตรีนครขอนแก่น");
    expect(headTitle({ name: "องค์การบริหารส่วนจังหวัดศรีสะเกษ" })).toBe(
      "นายกองค์การบริหารส่วนจังหวัดศรีสะเกษ",
    );
    expect(headTitle({ name: "กรุงเทพมหานคร" })).toBe("ผู้ว่าราชการกรุงเทพมหานคร");
    expect(headTitle({ name: "เมืองพัทยา" })).toBe("นายกเมืองพัทยา");
  });
});
