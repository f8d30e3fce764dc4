import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { copyContent, REAL_CONTENT } from "./content.ts";

/** An อบต. with a two-word place name that Chromium's dictionary splits (ช่อ / ระกา). */
export const TAMBON = {
  name: "องค์การบริหารส่วนตำบลช่อระกา",
  place: "ช่อระกา",
  district: "บ้านเหลื่อม",
  province: "นครราชสีมา",
  mayor: "นายกองค์การบริหารส่วนตำบลช่อระกา",
  /** Unit names longer than a เทศบาล's, one per measure in turn. */
  units: [
    ["สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา"],
    ["กองการศึกษา ศาสนาและวัฒนธรรม", "กองคลัง"],
    ["กองช่าง", "สำนักปลัด องค์การบริหารส่วนตำบลช่อระกา"],
  ],
};

/**
 * A copy of a content folder rewritten as an อบต.: its agency.yaml, the names in its text and
 * each measure's responsible units. `from` is any content folder with the muangkong names, such
 * as the real content or a fixture made from it.
 */
export async function tambonContent(from = REAL_CONTENT): Promise<string> {
  const dir = await copyContent(from);
  const rename = (text: string) =>
    text
      .replaceAll("นายกเทศมนตรีตำบลเมืองคง", TAMBON.mayor)
      .replaceAll("เทศบาลตำบลเมืองคง", TAMBON.name)
      .replaceAll("เมืองคง", TAMBON.place)
      .replaceAll("ราษีไศล", TAMBON.district)
      .replaceAll("ศรีสะเกษ", TAMBON.province)
      .replaceAll("เทศบาล", "องค์การบริหารส่วนตำบล");
  const files = (await readdir(dir, { recursive: true })).filter((file) =>
    /\.(md|yaml)$/.test(file),
  );
  let measure = 0;
  for (const file of files.sort()) {
    const path = join(dir, file);
    let text = rename(await readFile(path, "utf8"));
    if (file.endsWith("agency.yaml")) text = text.replace(/^id: .*$/m, "id: chorraka");
    if (/measures\/[^/]+\.md$/.test(file)) {
      const units = TAMBON.units[measure++ % TAMBON.units.length] ?? [];
      text = text.replace(
        /^responsibleUnits:\n(?: {2}- .*\n)+/m,
        `responsibleUnits:\n${units.map((unit) => `  - ${unit}\n`).join("")}`,
      );
    }
    await writeFile(path, text);
  }
  return dir;
}
