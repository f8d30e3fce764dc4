import { describe, expect, it } from "vitest";
import { agencyPlace, agencyPlaceLine, agencyView } from "../../../scripts/site/view/agency.ts";

const agency = {
  id: "chorakha",
  name: "องค์การบริหารส่วนตำบลช่อระกา",
  district: "บ้านเหลื่อม",
  province: "นครราชสีมา",
};

describe("agencyPlace", () => {
  it("writes the district and province after their words", () => {
    expect(agencyPlace(agency)).toBe("อำเภอบ้านเหลื่อม จังหวัดนครราชสีมา");
  });

  it("puts the name first on the place line", () => {
    expect(agencyPlaceLine(agency)).toBe("องค์การบริหารส่วนตำบลช่อระกา อำเภอบ้านเหลื่อม จังหวัดนครราชสีมา");
  });
});

describe("agencyView", () => {
  it("has a logo only when given one", () => {
    expect(agencyView(agency as never, undefined).logoUrl).toBeUndefined();
    expect(agencyView(agency as never, "/assets/logo.png").logoUrl).toBe("/assets/logo.png");
  });
});
