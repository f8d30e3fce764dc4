import { describe, expect, it } from "vitest";
import { loadSite, type Site } from "../../../scripts/content/load.ts";
import {
  COMPARISON_HEADINGS,
  comparisonBookmarks,
  comparisonView,
  scoreChange,
} from "../../../scripts/site/view/comparison.ts";
import { ARCHIVE } from "../../helpers/content.ts";

// The archive fixture: 2568 and 2569, the same two measures; a total for 2568 only.
const site = await loadSite(ARCHIVE);
const year = (from: Site, fiscalYear: number) => {
  const report = from.reports.find((each) => each.fiscalYear === fiscalYear);
  if (!report) throw new Error(`no ${fiscalYear}`);
  return report;
};

describe("comparisonView", () => {
  it("has no section for a year whose previous year the site does not have", () => {
    expect(comparisonView(site, year(site, 2568))).toBeUndefined();
    expect(comparisonBookmarks(undefined)).toEqual([]);
  });

  it("titles the section with the previous year in Thai digits and lists the kept measures", () => {
    const view = comparisonView(site, year(site, 2569));
    expect(view?.title).toBe("เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(view?.summary).toBe(
      "ดำเนินการต่อเนื่อง ๒ มาตรการ เพิ่มใหม่ ๐ มาตรการ และไม่ได้ดำเนินการต่อ ๐ มาตรการ",
    );
    expect(view?.kept.map((measure) => [measure.numberText, measure.href])).toEqual([
      ["๑", "/2569/measures/01-first-measure/index.html"],
      ["๒", "/2569/measures/02-second-measure/index.html"],
    ]);
    expect(view?.kept.some((measure) => measure.previousTitle)).toBe(false);
    // Without a 2569 total there is no change to tell.
    expect(view?.score).toBeUndefined();
    expect(comparisonBookmarks(view)).toEqual([view?.title, ...Object.values(COMPARISON_HEADINGS)]);
  });

  it("matches a renamed measure by its title, lists a new and a dropped one, and the score's change", () => {
    const current = year(site, 2569);
    const [first, second] = current.measures;
    if (!first || !second) throw new Error("two measures");
    const changed: Site = {
      ...site,
      scores: [...site.scores, { year: 2569, total: 87 }],
      reports: site.reports.map((report) =>
        report !== current
          ? report
          : {
              ...report,
              measures: [
                { ...first, number: 1, title: `${first.title}ประจำตำบล` },
                {
                  ...second,
                  number: 2,
                  slug: "02-new",
                  title: "ประชุมประชาคมรับฟังความคิดเห็นของประชาชน",
                },
              ],
            },
      ),
    };
    const view = comparisonView(changed, year(changed, 2569));
    expect(view?.kept).toEqual([
      {
        numberText: "๑",
        title: "โครงการทดสอบที่หนึ่งประจำตำบล",
        href: "/2569/measures/01-first-measure/index.html",
        previousNumberText: "๑",
        previousTitle: "โครงการทดสอบที่หนึ่ง",
      },
    ]);
    expect(view?.added.map((measure) => measure.href)).toEqual([
      "/2569/measures/02-new/index.html",
    ]);
    // A dropped measure is last year's: no link from this year's page.
    expect(view?.dropped).toEqual([{ numberText: "๒", title: 'กิจกรรม "ทดสอบ" ที่สอง & ITA' }]);
    expect(view?.score).toEqual({
      previous: "๘๔.๙๙",
      current: "๘๗.๐๐",
      change: "เพิ่มขึ้น ๒.๐๑ คะแนน",
      direction: "up",
    });
  });
});

describe("scoreChange", () => {
  it("counts in hundredths, as the NACC publishes, whichever way the score went", () => {
    expect(scoreChange(95, 84.99).change).toBe("ลดลง ๑๐.๐๑ คะแนน");
    expect(scoreChange(88.5, 88.5)).toMatchObject({ change: "เท่าเดิม", direction: "same" });
    expect(scoreChange(78.4, 86.72).change).toBe("เพิ่มขึ้น ๘.๓๒ คะแนน");
  });
});
