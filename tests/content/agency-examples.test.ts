import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent } from "../helpers/content.ts";

const TAMBON = join(import.meta.dirname, "..", "fixtures", "tambon");

describe("field examples in the agency's own words", () => {
  it("offers an อบต. its own head's title when the signer's position is missing", async () => {
    const dir = await copyContent(TAMBON);
    const path = join(dir, "2568/report.md");
    const text = await readFile(path, "utf8");
    await writeFile(path, text.replace("  position: นายกองค์การบริหารส่วนตำบลช่อระกา\n", ""));
    const { problems } = await checkSite(dir);
    const missing = problems.find((problem) => problem.field === "signer.position");
    expect(missing?.code).toBe("E_FIELD_MISSING");
    expect(missing?.fix).toContain("position: นายกองค์การบริหารส่วนตำบลช่อระกา");
    expect(missing?.fix).not.toContain("เทศบาล");
  });

  it("offers the agency's own office when a measure has no responsible unit", async () => {
    const dir = await copyContent(TAMBON);
    const path = join(dir, "2568/measures/05-complaints.md");
    const text = await readFile(path, "utf8");
    await writeFile(path, text.replace(/responsibleUnits:\n {2}- .*\n/, ""));
    const { problems } = await checkSite(dir);
    const missing = problems.find((problem) => problem.field === "responsibleUnits");
    expect(missing?.fix).toContain("สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา");
    expect(missing?.fix).not.toContain("เทศบาล");
  });
});
