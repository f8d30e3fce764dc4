import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatThaiNumber } from "../../scripts/thai/numbers.ts";

/**
 * A Word report of the kind agencies keep, made with the `docx` package: title lines, an
 * introduction, the six-column table and a signature block. Options add what a Word file made
 * from a PDF has: the header typed again as an ordinary row, and a row cut in two at a page.
 */

/** Text with Thai that breaks when handled carelessly: sara am, stacked marks, ฯ ๆ, Thai digits. */
export const TRICKY_THAI = "น้ำท่วมขังฯ ลดลงร้อยละ ๒๕ กำหนดการเดิมๆ ผู้ใหญ่บ้านกิ่งอำเภอ ปี ๒๕๖๗";

export const HEADER = [
  "มาตรการ/โครงการ/กิจกรรม",
  "ขั้นตอนหรือวิธีการปฏิบัติ",
  "ระยะเวลาดำเนินการ",
  "ผู้รับผิดชอบ",
  "ผลการดำเนินการ (output)",
  "ผลลัพธ์หรือผลสัมฤทธิ์ (outcome/result)",
];

/** A paragraph: `**bold**` parts become bold runs. */
const paragraph = (text: string, extra: Record<string, unknown> = {}) =>
  new Paragraph({
    ...extra,
    children: text
      .split(/(\*\*[^*]+\*\*)/)
      .filter(Boolean)
      .map((part) =>
        part.startsWith("**")
          ? new TextRun({ text: part.slice(2, -2), bold: true })
          : new TextRun(part),
      ),
  });

/** A cell's text: "1. x" lines are Word numbering, "- x" Word bullets, the rest paragraphs. */
function cell(lines: string[]): TableCell {
  return new TableCell({
    width: { size: 1500, type: WidthType.DXA },
    children: (lines.length ? lines : [""]).map((line) => {
      if (/^1\. /.test(line))
        return paragraph(line.slice(3), { numbering: { reference: "items", level: 0 } });
      if (/^- /.test(line)) return paragraph(line.slice(2), { bullet: { level: 0 } });
      return paragraph(line);
    }),
  });
}

export interface DocxMeasure {
  title: string;
  steps: string[];
  period: string;
  units: string[];
  output: string[];
  outcome: string[];
}

const rowOf = (measure: DocxMeasure) =>
  new TableRow({
    children: [
      cell([measure.title]),
      cell(measure.steps),
      cell([measure.period]),
      cell(measure.units),
      cell(measure.output),
      cell(measure.outcome),
    ],
  });

export interface ReportOptions {
  measures: DocxMeasure[];
  /** The header again as an ordinary row before this measure (a PDF's page break). */
  headerAgainBefore?: number;
  /** This measure's row cut after its first cell paragraphs, the rest in a row with no title. */
  splitMeasure?: { index: number; continuation: DocxMeasure };
  signer?: { name: string; position: string };
  /** Paragraphs added to this measure's output, so that its row runs over a page. */
  longRow?: number;
}

/** A long output: enough numbered paragraphs to carry a row over an A4 page. */
export const longOutput = (count: number) =>
  Array.from(
    { length: count },
    (_, index) => `1. กิจกรรมย่อยครั้งที่ ${formatThaiNumber(index + 1)} ดำเนินการแล้ว`,
  );

/** The .docx bytes of a report. */
export async function reportDocx(options: ReportOptions): Promise<Buffer> {
  const rows = [new TableRow({ tableHeader: true, children: HEADER.map((text) => cell([text])) })];
  options.measures.forEach((measure, index) => {
    if (options.headerAgainBefore === index) {
      rows.push(new TableRow({ children: HEADER.map((text) => cell([text])) }));
    }
    const long = options.longRow === index;
    rows.push(
      rowOf(long ? { ...measure, output: [...measure.output, ...longOutput(60)] } : measure),
    );
    if (options.splitMeasure?.index === index) rows.push(rowOf(options.splitMeasure.continuation));
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "items",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          paragraph("**รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน**"),
          paragraph("**ประจำปีงบประมาณ พ.ศ. ๒๕๖๗**"),
          paragraph(
            `องค์การบริหารส่วนตำบลช่อระกาได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ แล้วกำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ${TRICKY_THAI}`,
          ),
          paragraph("**ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน**"),
          new Table({ rows }),
          ...(options.signer
            ? [paragraph(`(${options.signer.name})`), paragraph(options.signer.position)]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The measures of the fixtures: every way of writing a period the import must read. */
export const MEASURES: DocxMeasure[] = [
  {
    title: "๑. โครงการอบรมคุณธรรม จริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
    steps: ["1. ประชุมคณะทำงาน", "1. จัดอบรม **๕๐ คน**"],
    period: "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗",
    units: ["สำนักปลัด", "กองคลัง"],
    output: [`ผู้เข้าร่วม ๕๐ คน ${TRICKY_THAI}`],
    outcome: ["- บุคลากรเข้าใจมากขึ้น", "- ข้อร้องเรียนลดลง"],
  },
  {
    title: "๒. กิจกรรมประกาศเจตนารมณ์",
    steps: ["๑. จัดทำประกาศ ๒. เผยแพร่ประกาศ"],
    period: "มีนาคม – เมษายน ๒๕๖๗",
    units: ["สำนักปลัด"],
    output: ["เผยแพร่ประกาศแล้ว"],
    outcome: ["บุคลากรรับทราบ"],
  },
  {
    title: "๓. เผยแพร่แผนการใช้จ่ายงบประมาณ",
    steps: ["ชี้แจงในที่ประชุมประจำเดือน"],
    period: "ธันวาคม ๒๕๖๖",
    units: ["กองคลัง"],
    output: ["ชี้แจงแล้ว ๑ ครั้ง"],
    outcome: ["บุคลากรทราบแผน"],
  },
  {
    title: "๔. ประชาสัมพันธ์การตอบแบบวัดการรับรู้",
    steps: ["ประชาสัมพันธ์ทางเว็บไซต์"],
    period: "๑ ต.ค. ๖๖ – ๓๐ ก.ย. ๖๗",
    units: ["สำนักปลัด"],
    output: ["มีผู้ตอบครบตามจำนวน"],
    outcome: ["คะแนนดีขึ้น"],
  },
  {
    title: "๕. ปรับปรุงช่องทางร้องเรียน",
    steps: ["ติดตั้งกล่องรับเรื่อง"],
    period: "ตลอดปีงบประมาณ",
    units: ["สำนักปลัด"],
    output: ["ติดตั้งแล้ว"],
    outcome: ["ร้องเรียนได้สะดวกขึ้น"],
  },
  {
    title: "๖. ประชุมชี้แจงเรื่องผลประโยชน์ทับซ้อน",
    steps: ["ประชุมชี้แจง"],
    period: "๙ ธันวาคม ๒๕๖๖",
    units: ["สำนักปลัด"],
    output: ["ประชุมแล้ว"],
    outcome: ["บุคลากรเข้าใจ"],
  },
  {
    title: "๗. กิจกรรมที่ระยะเวลาอ่านไม่ได้",
    steps: ["ดำเนินการ"],
    period: "ตามความเหมาะสม",
    units: ["กองช่าง"],
    output: ["ดำเนินการแล้ว"],
    outcome: ["ได้ผลดี"],
  },
];
