import { stringify } from "yaml";
import { SECTIONS } from "../content/section-titles.ts";
import { TO_FILL, toFill } from "../scaffold/to-fill.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { parseThaiPeriod } from "../thai/period-text.ts";
import { cellMarkdown, lineText, unitsOf } from "./cell-markdown.ts";
import { plainText } from "./document.ts";
import { type MeasureRow, NUMBER_PREFIX, numberOf } from "./table-rows.ts";

/**
 * One measure file in the format every other command writes (see scaffold/new-measure.ts): the
 * header, then the three sections under their fixed headings. What the row did not give is
 * marked "[รอกรอก]" and named in `notes` for the clerk.
 */

export interface ImportedMeasure {
  number: number;
  /** `NN-measure.md`: a clerk may rename it to words in English, which become its address. */
  name: string;
  text: string;
  /** What the clerk must look at, in Thai. */
  notes: string[];
}

/** A YAML scalar on one line, quoted only when YAML needs it. */
export const scalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

/** The period's header lines; text that is not a period keeps the whole year and says so. */
function periodLines(text: string, year: number, notes: string[]): string[] {
  const period = parseThaiPeriod(text, year);
  if (period) return ["period:", `  start: ${period.start}`, `  end: ${period.end}`];
  const original = text.replace(/\s+/g, " ").trim();
  notes.push(
    original
      ? `ระยะเวลาดำเนินการ "${original}" อ่านเป็นวันที่ไม่ได้ ใส่ไว้ทั้งปีงบประมาณก่อน`
      : "ไม่มีระยะเวลาดำเนินการ ใส่ไว้ทั้งปีงบประมาณก่อน",
  );
  return [
    `# ${TO_FILL} ระยะเวลาดำเนินการ: ต้นฉบับเขียนว่า ${scalar(original || "(ว่าง)")} ซึ่งระบบอ่านเป็นวันที่ไม่ได้`,
    "# ตอนนี้ใส่ไว้ทั้งปีงบประมาณ แก้เป็น ปปปป-ดด หรือ ปปปป-ดด-วว ให้ตรงกับที่ทำจริง แล้วลบสองบรรทัดนี้",
    "period:",
    `  start: ${year - 1}-10`,
    `  end: ${year}-09`,
  ];
}

/** A section's Markdown, or the mark that asks for it. */
function section(
  markdown: string,
  prompt: Parameters<typeof toFill>[0],
  label: string,
  notes: string[],
) {
  if (markdown) return markdown;
  notes.push(`ช่อง "${label}" ว่าง`);
  return toFill(prompt);
}

/**
 * The file of the measure in `row`, numbered from its title or, failing that, `position`.
 * @example measureFile(row, 2568, 1).name // => "01-measure.md"
 */
export function measureFile(row: MeasureRow, year: number, position: number): ImportedMeasure {
  const notes: string[] = [];
  const number = numberOf(row.title) ?? position;
  const written = lineText(plainText(row.title).replace(/\n/g, " ")).replace(NUMBER_PREFIX, "");
  if (!written.trim()) notes.push("ไม่มีชื่อมาตรการ");
  const title = written.trim() || toFill("title");
  const units = unitsOf(row.units);
  if (units.length === 0) notes.push('ช่อง "ผู้รับผิดชอบ" ว่าง');
  const header = [
    "---",
    `# มาตรการที่ ${formatThaiNumber(number)} นำเข้าจากรายงานเดิม: ตรวจทานกับต้นฉบับทุกช่อง`,
    `number: ${number}`,
    `title: ${scalar(title)}`,
    ...periodLines(plainText(row.period).replace(/\n/g, " "), year, notes),
    "responsibleUnits:",
    ...(units.length > 0 ? units : [toFill("unit")]).map((unit) => `  - ${scalar(unit)}`),
    "---",
  ];
  const body = [
    `## ${SECTIONS.steps}`,
    section(cellMarkdown(row.steps), "steps", SECTIONS.steps, notes),
    `## ${SECTIONS.output}`,
    section(cellMarkdown(row.output), "output", SECTIONS.output, notes),
    `## ${SECTIONS.outcome}`,
    section(cellMarkdown(row.outcome), "outcome", SECTIONS.outcome, notes),
  ];
  return {
    number,
    name: `${String(number).padStart(2, "0")}-measure.md`,
    text: `${header.join("\n")}\n\n${body.join("\n\n")}\n`,
    notes,
  };
}
