import { TO_FILL } from "../scaffold/to-fill.ts";
import { cellMarkdown, lineText } from "./cell-markdown.ts";
import type { Block } from "./document.ts";
import { scalar } from "./measure-file.ts";

/**
 * The year's report.md from the text around the table: its title lines, the introduction (the
 * prose before the table) and the signer under it. Imported years start as drafts.
 */

export const DEFAULT_TITLE = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
export const DEFAULT_TABLE_TITLE = "ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

/** Prose is long; title lines, the agency's name and page headings are short. */
const PROSE_LENGTH = 100;
/** "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" after a title: the site prints the year itself. */
const YEAR_SUFFIX = /\s*ประจำปี(?:งบประมาณ)?\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{4}\s*$/;
/** "(นายสมชาย ใจดี)", as a signature block writes the name. */
const SIGNER_NAME =
  /^(?:ลงชื่อ\s*)?\(\s*((?:นาย|นาง|นางสาว|น\.ส\.|ว่าที่|ดร\.|จ่า|สิบ|พ\.|ร\.|พล)[^()]*?)\s*\)$/;
const POSITION_PREFIX = /^ตำแหน่ง\s*/;

export interface ReportParts {
  title: string;
  tableTitle: string;
  introduction: string;
  signer: { name?: string; position?: string };
  /** Text after the table that is not the signature, which nothing takes. */
  unused: string[];
}

const isTitleLine = (block: Block) =>
  block.emphasised || lineText(block.text).length < PROSE_LENGTH;

/** Reads the title, the table's title, the introduction and the signer. */
export function reportParts(before: Block[], after: Block[]): ReportParts {
  // The introduction runs from its first long paragraph to its last, short ones between kept.
  const long = before.flatMap((block, index) => (isTitleLine(block) ? [] : [index]));
  const [first = before.length, last = -1] = [long[0], long.at(-1)];
  const prose = before.slice(first, last + 1).filter((block) => !block.emphasised);
  const titles = before.slice(0, first).map((block) => lineText(block.text));
  const afterIntro = before.slice(last + 1).map((block) => lineText(block.text));
  const pick = (lines: string[], start: string) =>
    lines.find((line) => line.startsWith(start) && line.replace(YEAR_SUFFIX, "").length > 20);
  const title = pick(titles, "รายงาน")?.replace(YEAR_SUFFIX, "") ?? DEFAULT_TITLE;
  const tableTitle = pick(afterIntro, "ผล")?.replace(YEAR_SUFFIX, "") ?? DEFAULT_TABLE_TITLE;
  const lines = after.map((block) => lineText(block.text)).filter(Boolean);
  const nameAt = lines.findIndex((line) => SIGNER_NAME.test(line));
  const name = nameAt >= 0 ? SIGNER_NAME.exec(lines[nameAt] ?? "")?.[1] : undefined;
  const position = nameAt >= 0 ? lines[nameAt + 1]?.replace(POSITION_PREFIX, "") : undefined;
  return {
    title,
    tableTitle,
    introduction: cellMarkdown(prose),
    signer: { ...(name ? { name } : {}), ...(position ? { position } : {}) },
    unused: lines.filter(
      (line, index) => (nameAt < 0 || index < nameAt || index > nameAt + 1) && line !== "ลงชื่อ",
    ),
  };
}

/**
 * The text of report.md. Without a signer's position in the document, the agency head's title
 * (`fallbackPosition`, from agency.yaml) is written, for the clerk to confirm.
 */
export function reportFile(
  parts: ReportParts,
  fallbackPosition: string,
): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (!parts.signer.position)
    notes.push(`ไม่พบตำแหน่งผู้ลงนามท้ายรายงาน ใส่ "${fallbackPosition}" ไว้ก่อน`);
  if (!parts.introduction) notes.push("ไม่พบย่อหน้าบทนำก่อนตาราง");
  for (const line of parts.unused) notes.push(`ข้อความหลังตารางไม่ได้นำเข้า: "${line.slice(0, 80)}"`);
  const header = [
    "---",
    `title: ${scalar(parts.title)}`,
    `tableTitle: ${scalar(parts.tableTitle)}`,
    "signer:",
    ...(parts.signer.name
      ? [`  name: ${scalar(parts.signer.name)}`]
      : ["  # ต้นฉบับไม่มีชื่อผู้ลงนาม: เติม name: ชื่อและนามสกุล ถ้าเว้นไว้ PDF จะพิมพ์เส้นประให้ลงชื่อด้วยลายมือ"]),
    `  position: ${scalar(parts.signer.position ?? fallbackPosition)}`,
    "# นำเข้าจากรายงานเดิม: ตรวจทานทุกไฟล์ แล้วจึงเปลี่ยนเป็น status: final",
    "status: draft",
    "---",
  ];
  const body = parts.introduction || `${TO_FILL} เขียนบทนำของรายงาน`;
  return { text: `${header.join("\n")}\n\n${body}\n`, notes };
}
