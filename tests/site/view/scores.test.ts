import { describe, expect, it } from "vitest";
import { itaBands, scoreRow, scoresUpTo, scoresView } from "../../../scripts/site/view/scores.ts";
import { ITA_LEVELS } from "../../../scripts/thai/ita-level.ts";

describe("itaBands", () => {
  it("has one band per ITA level, each ending below the next", () => {
    const bands = itaBands();
    expect(bands.map((band) => band.level)).toEqual(ITA_LEVELS.map((level) => level.level));
    expect(bands[0]).toEqual({ level: "AA", from: "๙๕", upTo: "๑๐๐" });
    expect(bands[1]).toEqual({ level: "A", from: "๘๕", upTo: "๙๔.๙๙" });
    expect(bands.at(-1)).toEqual({ level: "F", from: "๐", below: "๕๐" });
  });
});

describe("scoreRow", () => {
  it("formats a year's figures with a dash for the unknown", () => {
    expect(scoreRow({ year: 2567, total: 88.5, level: "A", iit: 90 })).toEqual({
      year: "๒๕๖๗",
      total: "๘๘.๕๐",
      level: "A",
      passes: true,
      iit: "๙๐.๐๐",
      eit: "–",
      eitParts: [],
      oit: "–",
    });
  });

  it("leaves the EIT to its parts when only they are known", () => {
    const row = scoreRow({ year: 2566, eitParts: [80, 70.25] });
    expect(row.eit).toBe("");
    expect(row.eitParts).toEqual(["๘๐.๐๐", "๗๐.๒๕"]);
    expect(row.passes).toBe(false);
  });
});

describe("scoresView", () => {
  it("is none without scores", () => {
    expect(scoresView([], "scores")).toBeUndefined();
  });

  it("keeps a report's own year and those before, with their sources", () => {
    const scores = [
      { year: 2566, total: 80, level: "B" as const, source: "ITAS" },
      { year: 2568, total: 90, level: "A" as const },
    ];
    const view = scoresView(scoresUpTo(scores, 2567), "scores");
    expect(view?.rows.map((row) => row.year)).toEqual(["๒๕๖๖"]);
    expect(view?.sources).toEqual([{ year: "๒๕๖๖", source: "ITAS" }]);
    expect(view?.passMark).toBe("๘๕");
  });
});
