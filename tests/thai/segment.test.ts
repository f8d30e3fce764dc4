import { describe, expect, it } from "vitest";
import { segmentWords } from "../../scripts/thai/segment.ts";

const words = (text: string, extra: string[] = []) =>
  segmentWords(text, extra).map((word) => word.word);

describe("segmentWords", () => {
  it("keeps our own place name whole, glued to the next word", () => {
    expect(words("อบต.ช่อระการ่วมกับ", ["ช่อระกา"])).toEqual(["อบต", ".", "ช่อระกา", "ร่วม", "กับ"]);
  });

  it("does not take a known word that would leave a lone consonant", () => {
    expect(words("ช่อระการ ได้", ["ช่อระกา"])).not.toContain("ช่อระกา");
  });

  it("gives each word's offset in the text", () => {
    const [, second] = segmentWords("หนองบัวดงเพื่อ", ["หนองบัวดง"]);
    expect(second).toEqual({ word: "เพื่อ", index: 9 });
  });
});
