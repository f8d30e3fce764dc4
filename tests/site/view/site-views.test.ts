import { describe, expect, it } from "vitest";
import { loadSite } from "../../../scripts/content/load.ts";
import { siteViews } from "../../../scripts/site/view/site-views.ts";
import { ARCHIVE } from "../../helpers/content.ts";

// The archive fixture: two years, evidence in 2568, scores, a siteUrl; no browser.
const site = await loadSite(ARCHIVE);
const views = siteViews(site, {}, undefined);
const [report] = views.reports.filter((view) => view.page.fiscalYear === 2568);

describe("siteViews", () => {
  it("makes one report, plan and OIT page per year, and one page per measure", () => {
    expect(views.reports).toHaveLength(site.reports.length);
    expect(views.plans).toHaveLength(site.reports.length);
    expect(views.oit).toHaveLength(site.reports.length);
    const measures = site.reports.flatMap((each) => each.measures);
    expect(views.measures).toHaveLength(measures.length);
  });

  it("gives the year page its table, signature and appendix", () => {
    expect(report?.table.kind).toBe("report");
    expect(report?.table.rows[0]?.cells).toHaveLength(5);
    expect(report?.table.signature.date).toBe("๑๕ ตุลาคม ๒๕๖๘");
    expect(report?.appendix.map((measure) => measure.slug)).toEqual(["01-first-measure"]);
    expect(report?.links.pdf).toBe("/2568/ita-2568-testtown.pdf");
  });

  it("leaves the plan's date to be written by hand", () => {
    const plan = views.plans.find((view) => view.page.fiscalYear === 2568);
    expect(plan?.table.columns).toHaveLength(4);
    expect(plan?.table.signature.date).toBeUndefined();
  });

  it("shows every year's scores on the home page", () => {
    expect(views.index.scores?.rows.map((row) => row.year)).toEqual([
      "๒๕๖๕",
      "๒๕๖๖",
      "๒๕๖๗",
      "๒๕๖๘",
    ]);
    // Each year page shows its own year's scores and those before (scoresUpTo, scores.test.ts).
    expect(report?.scores?.rows.at(-1)?.year).toBe("๒๕๖๘");
  });
});
