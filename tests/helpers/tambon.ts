import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";
import { copyContent, REAL_CONTENT } from "./content.ts";

/** An อบต. with a two-word place name that Chromium's dictionary splits (ช่อ / ระกา). */
export const TAMBON = {
  name: "องค์การบริหารส่วนตำบลช่อระกา",
  place: "ช่อระกา",
  district: "บ้านเหลื่อม",
  province: "นครราชสีมา",
  mayor: "นายกองค์การบริหารส่วนตำบลช่อระกา",
  /**
   * The last measure, in place of the content's own: sixteen steps make the plan's last row end
   * where its signature block no longer fits below it (from 13 to 20 steps), so that before the
   * fix the signature stood alone on the plan's last page, with the glyph fragment "ชื่" at the
   * foot of the page before. Tuned to today's layout: after a layout change, check that "never
   * leaves the signature block alone" can still fail.
   */
  lastMeasure: {
    title: "ประกาศผลการดำเนินการให้ประชาชนทราบ",
    steps: Array.from(
      { length: 16 },
      (_, index) => `รายงานผลต่อผู้บริหาร ครั้งที่ ${formatThaiNumber(index + 1)}`,
    ),
    output: ["ประกาศผลบนเว็บไซต์"],
    outcome: Array.from(
      { length: 1 },
      (_, index) => `ประชาชนรับทราบผล กลุ่มที่ ${formatThaiNumber(index + 1)}`,
    ),
  },
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
  const measures = files.filter((file) => /measures\/[^/]+\.md$/.test(file)).sort();
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
    if (file === measures.at(-1)) {
      const { title, steps, output, outcome } = TAMBON.lastMeasure;
      const list = (items: string[], marker: string) =>
        items.map((item) => `${marker} ${item}`).join("\n");
      text = text
        .replace(/^title: .*$/m, `title: ${title}`)
        .replace(/\n---\n[\s\S]*$/, "\n---\n")
        .concat(
          `\n## ขั้นตอนหรือวิธีการปฏิบัติ\n\n${list(steps, "1.")}\n`,
          `\n## ผลการดำเนินการ (output)\n\n${list(output, "-")}\n`,
          `\n## ผลลัพธ์หรือผลสัมฤทธิ์ (outcome/result)\n\n${list(outcome, "-")}\n`,
        );
    }
    await writeFile(path, text);
  }
  return dir;
}
