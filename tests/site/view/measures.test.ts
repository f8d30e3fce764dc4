import { describe, expect, it } from "vitest";
import type { Measure, Report } from "../../../scripts/content/load.ts";
import { measureView, withEvidence } from "../../../scripts/site/view/measures.ts";
import { parseBuddhistDate } from "../../../scripts/thai/dates.ts";

const measure = (number: number, evidence: unknown[] = []) =>
  ({
    number,
    slug: `0${number}-measure`,
    title: `มาตรการ ${number}`,
    steps: "<p>ขั้นตอน</p>",
    output: "",
    outcome: "",
    period: { start: parseBuddhistDate("2567-10"), end: parseBuddhistDate("2568-09") },
    responsibleUnits: ["สำนักปลัด"],
    evidence,
  }) as unknown as Measure;

const report = { fiscalYear: 2568 } as Report;
const link = { kind: "link" as const, caption: "ข่าว", href: "https://example.go.th/" };
const photo = {
  kind: "image" as const,
  caption: "ภาพ",
  src: "/2568/evidence/a.jpeg",
  sources: [],
  width: 640,
  height: 480,
};

describe("measureView", () => {
  it("attaches the measure's evidence, photos apart from the rest", () => {
    const view = measureView(report, measure(2), { "2568/02-measure": [link, photo] });
    expect(view.evidence).toEqual({ photos: [photo], others: [link], count: 2 });
    expect(view.heading).toBe("๒. มาตรการ 2");
    expect(view.href).toBe("/2568/measures/02-measure/index.html");
  });

  it("has no evidence when none was prepared for it", () => {
    expect(measureView(report, measure(1), {}).evidence.count).toBe(0);
  });
});

describe("withEvidence", () => {
  it("keeps the measures whose files name evidence", () => {
    const measures = [measure(1), measure(2, [{ url: "https://example.go.th/" }])];
    expect(withEvidence(measures).map((each) => each.number)).toEqual([2]);
  });
});
