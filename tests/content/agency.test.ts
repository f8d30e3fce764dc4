import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldLabel } from "../../scripts/content/errors.ts";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent } from "../helpers/content.ts";

/** Replaces a `field: value` line of a file of the copied fixture. */
async function replaceField(dir: string, file: string, field: string, value: string) {
  const path = join(dir, file);
  const text = await readFile(path, "utf8");
  await writeFile(
    path,
    text.replace(new RegExp(`^( *)${field}: .*$`, "m"), `$1${field}: ${value}`),
  );
}

/**
 * The problems of the fixture with agency.yaml's `field` line replaced, and the reports' signer
 * position when given (an agency of another kind signs with its own head's title).
 */
async function agencyWith(field: string, value: string, position?: string) {
  const dir = await copyContent();
  await replaceField(dir, "agency.yaml", field, value);
  for (const year of position ? ["2567", "2568"] : []) {
    await replaceField(dir, `${year}/report.md`, "position", position ?? "");
  }
  return (await checkSite(dir)).problems.map((problem) => [problem.code, problem.field]);
}

describe("the agency's own names, which every other file is checked against", () => {
  it("must be the full name with its kind, not an abbreviation or the kind alone", async () => {
    expect(await agencyWith("name", "ทต.ทดสอบ")).toEqual([["E_FIELD_INVALID", "name"]]);
    expect(await agencyWith("name", "ทดสอบ")).toEqual([["E_FIELD_INVALID", "name"]]);
    expect(await agencyWith("name", "เทศบาลตำบล")).toEqual([["E_FIELD_INVALID", "name"]]);
    expect(
      await agencyWith("name", "องค์การบริหารส่วนตำบลทดสอบ", "นายกองค์การบริหารส่วนตำบลทดสอบ"),
    ).toEqual([]);
  });

  it("must name one of the 77 provinces, and a district without numbers", async () => {
    expect(await agencyWith("province", "กรุงเทพฯ")).toEqual([["E_FIELD_INVALID", "province"]]);
    expect(await agencyWith("province", "ขอนแก่น ๔๐๐๐๐")).toEqual([["E_FIELD_INVALID", "province"]]);
    expect(await agencyWith("district", "เมืองขอนแก่น ๔๐๐๐๐")).toEqual([
      ["E_FIELD_INVALID", "district"],
    ]);
  });
});

describe("the agency's kind", () => {
  it("is read from the name, also for กรุงเทพมหานคร and เมืองพัทยา, and a declared kind must agree", async () => {
    expect(await agencyWith("name", "เมืองพัทยา", "นายกเมืองพัทยา")).toEqual([]);
    expect(await agencyWith("name", "เทศบาลตำบลทดสอบ\nkind: องค์การบริหารส่วนตำบล")).toEqual([
      ["E_FIELD_INVALID", "kind"],
    ]);
    expect(await agencyWith("name", "เทศบาลตำบลทดสอบ\nkind: เทศบาลตำบล")).toEqual([]);
  });

  it("decides which signer fits the agency", async () => {
    expect(await agencyWith("name", "องค์การบริหารส่วนตำบลทดสอบ")).toEqual([
      ["E_SIGNER_POSITION", "signer.position"],
      ["E_SIGNER_POSITION", "signer.position"],
    ]);
  });
});

describe("fieldLabel", () => {
  it("counts list items from one, as a clerk does", () => {
    expect(fieldLabel("responsibleUnits.0")).toBe("responsibleUnits ข้อที่ 1");
    expect(fieldLabel("period.start")).toBe("period.start");
  });
});
