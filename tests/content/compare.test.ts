import { describe, expect, it } from "vitest";
import {
  compareMeasures,
  normaliseTitle,
  SAME_MEASURE,
  titleSimilarity,
} from "../../scripts/content/compare.ts";

const similarity = (a: string, b: string) => titleSimilarity(normaliseTitle(a), normaliseTitle(b));

/** Real titles: the FY2568 content, its scanned original (tests/fixtures/seed-2568) and the corpus. */
const SAME: [string, string][] = [
  // The year in the title changes every year.
  [
    "โครงการฝึกอบรมการส่งเสริมคุณธรรม จริยธรรม บุคลากรองค์กรปกครองส่วนท้องถิ่น เพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "โครงการฝึกอบรมการส่งเสริมคุณธรรม จริยธรรม บุคลากรองค์กรปกครองส่วนท้องถิ่น เพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต ประจำปีงบประมาณ พ.ศ. 2569",
  ],
  // Spaces of a scan, and its decomposed sara am ("จํา").
  [
    "กิจกรรมการประกาศเจตนารมณ์นโยบายการไม่ รับ ของขวัญ หรือของ กำนัล จากการ ปฏิบัติ หน้าที่ (No Gift Policy) ประจํา ปี งบประมาณ พ.ศ. ๒๕๖๘",
    "กิจกรรมการประกาศเจตนารมณ์นโยบายการไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
  ],
  // Renamed: a word or two more or less, or a new way of putting the same activity.
  [
    "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเทศบาล",
  ],
  ["เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณประจำปีต่อสาธารณะ", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะ"],
  [
    "มาตรการงดให้หรือรับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
    "กิจกรรมการประกาศเจตนารมณ์นโยบายการไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
  ],
];

/** Different measures of one agency, some sharing half their words. */
const DIFFERENT: [string, string][] = [
  [
    "สร้างความรู้ความเข้าใจให้บุคลากรในหน่วยงานเกี่ยวกับตัวชี้วัดตามแบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน",
    "ประชาสัมพันธ์ สร้างความรู้ความเข้าใจให้ประชาชนผู้มาติดต่อขอรับบริการกับทางเทศบาลตำบลเมืองคง ตามแบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)",
  ],
  [
    "โครงการฝึกอบรมการส่งเสริมคุณธรรม จริยธรรม บุคลากรองค์กรปกครองส่วนท้องถิ่น เพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "โครงการอบรมคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน สำหรับผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล",
  ],
  [
    "สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณรายจ่ายประจำปีให้แก่บุคลากรภายในหน่วยงานทราบ",
    "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณประจำปีต่อสาธารณะ",
  ],
  [
    "สร้างความรู้ความเข้าใจให้บุคลากรในหน่วยงานเกี่ยวกับตัวชี้วัดตามแบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน",
    "สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณรายจ่ายประจำปีให้แก่บุคลากรภายในหน่วยงานทราบ",
  ],
  ["โครงการทดสอบที่หนึ่ง", 'กิจกรรม "ทดสอบ" ที่สอง & ITA'],
  [
    "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "ประชุมประชาคมรับฟังความคิดเห็นของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น",
  ],
];

describe("normaliseTitle", () => {
  it("drops the year, the spaces and the scan's decomposed sara am", () => {
    expect(normaliseTitle("โครงการ ก ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")).toBe("โครงการก");
    expect(normaliseTitle("ประจํา ปี")).toBe(normaliseTitle("ประจำปี"));
    expect(normaliseTitle("No Gift Policy ปี 2569")).toBe("nogiftpolicyปี");
  });
});

describe("SAME_MEASURE", () => {
  it("takes every renamed measure for the same one", () => {
    for (const [a, b] of SAME)
      expect(similarity(a, b), `${a} ↔ ${b}`).toBeGreaterThanOrEqual(SAME_MEASURE);
  });

  it("keeps different measures apart, with a margin either side", () => {
    const lowestSame = Math.min(...SAME.map(([a, b]) => similarity(a, b)));
    const highestDifferent = Math.max(...DIFFERENT.map(([a, b]) => similarity(a, b)));
    expect(highestDifferent).toBeLessThan(SAME_MEASURE - 0.03);
    expect(lowestSame).toBeGreaterThan(SAME_MEASURE + 0.03);
  });
});

const m = (number: number, title: string) => ({ number, title });

describe("compareMeasures", () => {
  it("sorts the year's measures into kept, new and dropped, whatever their numbers", () => {
    const [same, renamedBefore, renamedNow, dropped, added] = [
      "โครงการทดสอบที่หนึ่ง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
      "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      "เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเทศบาล",
      "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะ",
      "ประชุมประชาคมรับฟังความคิดเห็นของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น",
    ];
    const result = compareMeasures(
      [m(1, renamedNow), m(2, added), m(3, "โครงการทดสอบที่หนึ่ง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")],
      [m(1, same), m(2, dropped), m(3, renamedBefore)],
    );
    expect(result.kept.map(({ current, previous }) => [current.number, previous.number])).toEqual([
      [1, 3],
      [3, 1],
    ]);
    expect(result.kept[1]?.similarity).toBe(1);
    expect(result.added.map(({ title }) => title)).toEqual([added]);
    expect(result.dropped.map(({ title }) => title)).toEqual([dropped]);
  });

  it("pairs each measure once: two alike titles take the two most alike", () => {
    const before = [m(1, "อบรมคุณธรรมจริยธรรมพนักงาน"), m(2, "อบรมคุณธรรมจริยธรรมผู้บริหาร")];
    const now = [m(1, "อบรมคุณธรรมจริยธรรมผู้บริหารและสมาชิกสภา")];
    const result = compareMeasures(now, before);
    expect(result.kept.map(({ previous }) => previous.number)).toEqual([2]);
    expect(result.dropped.map(({ number }) => number)).toEqual([1]);
  });

  it("keeps two measures of the same title as two", () => {
    const result = compareMeasures([m(1, "ก"), m(2, "ก")], [m(1, "ก"), m(2, "ก")]);
    expect(result.kept).toHaveLength(2);
    expect(result.added).toEqual([]);
    expect(result.dropped).toEqual([]);
  });

  it("finds nothing kept against an empty year", () => {
    expect(compareMeasures([m(1, "ก")], [])).toEqual({ kept: [], added: [m(1, "ก")], dropped: [] });
  });
});
