import { describe, expect, it } from "vitest";
import {
  signerPositionFix,
  signerPositionProblem,
} from "../../../scripts/content/checks/signer.ts";

const TAMBON = { name: "องค์การบริหารส่วนตำบลช่อระกา" };
const MUANGKONG = { name: "เทศบาลตำบลเมืองคง" };

describe("the signer's position", () => {
  it("accepts the head with our kind and name, a ปลัด, and acting titles", () => {
    for (const position of [
      "นายกองค์การบริหารส่วนตำบลช่อระกา",
      "นายก อบต.ช่อระกา",
      "ปลัดองค์การบริหารส่วนตำบลช่อระกา",
      "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติหน้าที่นายกองค์การบริหารส่วนตำบลช่อระกา",
      "รองนายกองค์การบริหารส่วนตำบล รักษาราชการแทนนายกองค์การบริหารส่วนตำบลช่อระกา",
    ]) {
      expect(signerPositionProblem(position, TAMBON), position).toBeUndefined();
    }
    expect(signerPositionProblem("ปลัดเทศบาลตำบลเมืองคง", MUANGKONG)).toBeUndefined();
  });

  it("refuses another kind, another name, or no name", () => {
    expect(signerPositionProblem("นายกเทศมนตรีตำบลเมืองคง", TAMBON)).toContain("เทศบาลตำบล");
    expect(signerPositionProblem("ปลัดเทศบาล", TAMBON)).toBeDefined();
    expect(signerPositionProblem("นายกองค์การบริหารส่วนตำบลหนองบัวดง", TAMBON)).toContain("หนองบัวดง");
    expect(signerPositionProblem("นายกองค์การบริหารส่วนตำบล", TAMBON)).toBeDefined();
    expect(signerPositionProblem("นายกองค์การบริหารส่วนตำบลเมืองคง", MUANGKONG)).toBeDefined();
  });

  it("offers a fix built from agency.yaml", () => {
    expect(signerPositionFix(TAMBON)).toContain("position: นายกองค์การบริหารส่วนตำบลช่อระกา");
    expect(signerPositionFix(MUANGKONG)).toContain("position: นายกเทศมนตรีตำบลเมืองคง");
  });
});
