import { didYouMean } from "./validate.ts";

/** The three long columns of the table, written as Markdown under fixed headings. */
export const SECTIONS = {
  steps: "ขั้นตอนหรือวิธีการปฏิบัติ",
  output: "ผลการดำเนินการ",
  outcome: "ผลลัพธ์หรือผลสัมฤทธิ์",
} as const;
export type SectionKey = keyof typeof SECTIONS;

const KEYS = Object.keys(SECTIONS) as SectionKey[];

/** The headings as a clerk types them, for fixes. */
export const HEADINGS_HELP = Object.values(SECTIONS)
  .map((title) => `## ${title}`)
  .join(", ");

/** Heading text without spaces, case or an English gloss in brackets. */
const bare = (heading: string) =>
  heading
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();

/** The section a heading names exactly, spaces and a gloss like "(output)" aside. */
export function sectionKeyOf(heading: string): SectionKey | undefined {
  return KEYS.find((key) => SECTIONS[key] === bare(heading));
}

/**
 * Words that belong to one section's title only. "ขั้นตอนการปฏิบัติ" is eight letters from
 * "ขั้นตอนหรือวิธีการปฏิบัติ", too far for a typo, yet plainly meant; "ผลงาน" has no such
 * word, so no section is guessed for it.
 */
const SECTION_WORDS: Record<SectionKey, string[]> = {
  steps: ["ขั้นตอน", "วิธีการ", "วิธีปฏิบัติ", "ปฏิบัติ", "ปฎิบัติ"],
  output: ["ผลการดำเนิน", "ผลผลิต", "output"],
  outcome: ["ผลลัพธ์", "ผลสัมฤทธิ์", "outcome"],
};

/**
 * The section an unknown heading was most likely meant to be: a typo of its title, or a
 * heading with words of that section's title and of no other.
 * @example meantSectionKey("ผลการดำเนินงาน") // => "output"
 * @example meantSectionKey("ขั้นตอนการปฏิบัติ") // => "steps"
 */
export function meantSectionKey(heading: string): SectionKey | undefined {
  const typo = didYouMean(bare(heading), Object.values(SECTIONS));
  if (typo) return KEYS.find((key) => SECTIONS[key] === typo);
  const words = heading.replace(/\s+/g, "").toLowerCase();
  const matching = KEYS.filter((key) => SECTION_WORDS[key].some((word) => words.includes(word)));
  return matching.length === 1 ? matching[0] : undefined;
}
