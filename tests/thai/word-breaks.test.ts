import { describe, expect, it } from "vitest";
import { keepWordsTogether } from "../../scripts/thai/word-breaks.ts";

const nowrap = (word: string) => `<span class="nowrap">${word}</span>`;

describe("keepWordsTogether", () => {
  it("wraps a place name the dictionary splits", () => {
    expect(keepWordsTogether(["ช่อระกา"])("องค์การบริหารส่วนตำบลช่อระกา")).toBe(
      `องค์การบริหารส่วนตำบล${nowrap("ช่อระกา")}`,
    );
  });

  it("prefers the longer of two words that start at the same place", () => {
    expect(keepWordsTogether(["ของ", "ของขวัญ"])("ไม่รับของขวัญ")).toBe(`ไม่รับ${nowrap("ของขวัญ")}`);
  });

  it("wraps every occurrence and leaves other text alone", () => {
    expect(keepWordsTogether(["เผยแพร่"])("เผยแพร่ และเผยแพร่ & <")).toBe(
      `${nowrap("เผยแพร่")} และ${nowrap("เผยแพร่")} & <`,
    );
  });

  it("never cuts a syllable: no match before a mark or after a leading vowel", () => {
    const keep = keepWordsTogether(["กอง", "คลัง"]);
    expect(keep("กองๆ")).toBe(`${nowrap("กอง")}ๆ`);
    expect(keep("กอ")).toBe("กอ");
    // "เกอง" is one syllable: its เ belongs to ก.
    expect(keep("เกอง")).toBe("เกอง");
    // ล carries a mark: "คล" would leave it behind.
    expect(keepWordsTogether(["คล"])("คลัง")).toBe("คลัง");
  });

  it("treats words as text, not patterns", () => {
    expect(keepWordsTogether(["ก.พ."])("กกพ ก.พ.")).toBe(`กกพ ${nowrap("ก.พ.")}`);
  });

  it("changes nothing without words", () => {
    expect(keepWordsTogether([])("ช่อระกา")).toBe("ช่อระกา");
  });

  it("keeps a year with its era on one line, with or without words", () => {
    expect(keepWordsTogether([])("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และ ค.ศ. 2025")).toBe(
      `ประจำปีงบประมาณ ${nowrap("พ.ศ. ๒๕๖๘")} และ ${nowrap("ค.ศ. 2025")}`,
    );
    expect(keepWordsTogether(["ช่อระกา"])("ช่อระกา พ.ศ.๒๕๖๘")).toBe(
      `${nowrap("ช่อระกา")} ${nowrap("พ.ศ.๒๕๖๘")}`,
    );
    expect(keepWordsTogether([])("พ.ศ. ๒๕๖๘๙")).toBe("พ.ศ. ๒๕๖๘๙");
  });
});
