import type { Finding } from "./finding.ts";
import { clip, wordAround } from "./published-text.ts";

/**
 * Damage that copying from a PDF or a Word form leaves in Thai text. Each one prints wrong or
 * cannot be found by searching, so each is an error.
 */

/** One Thai letter with the marks above or below it: "ป", "ปี", "ะ". */
const LETTER =
  "[\\u0E01-\\u0E2E\\u0E30\\u0E32\\u0E33\\u0E40-\\u0E45][\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]*";
/** Pieces of one or two letters, three or more in a row, separated by single spaces. */
export const SHORT_RUN = new RegExp(
  `(?<![\\u0E01-\\u0E4E])(?:${LETTER}){1,2}(?: (?:${LETTER}){1,2}){2,}(?![\\u0E01-\\u0E4E])`,
  "g",
);
/** A letter with no vowel or mark ("ป", "ร"), or a lone vowel ("ะ"); ณ is a word of its own. */
export const BARE = /^[\u0E01-\u0E12\u0E14-\u0E2E\u0E30\u0E32\u0E33\u0E40-\u0E45]$/;
/** A space before a vowel or mark that can only follow a letter: "ประจ ำปี". */
export const DETACHED_MARK = /(?<=[\u0E01-\u0E4E]) (?=[\u0E30-\u0E3A\u0E47-\u0E4E])/g;
/**
 * `<p>`, `<a href="…">`, and `<svg/onload=…>`, whose attributes follow a slash instead of a
 * space; not an autolink such as `<data:text/html,x>`, which has a colon before its slash.
 */
export const HTML_TAG =
  /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\n]*)?\/?>|<[A-Za-z][A-Za-z0-9-]*\/[^<>\n]*>|<!--/g;
/** Form placeholders: "...", "…", "..๑๐๐..", ". . .", "_____". */
export const DOTS = /\.{3,}|…+|\.{2}(?=[0-9๐-๙])|(?<=[0-9๐-๙])\.{2}|(?:\. ){2,}\.|_{3,}/g;
/** Nikhahit + sara aa instead of sara am (a tone mark may sit between), or two sara e for sara ae. */
export const DECOMPOSED = /\u0E4D([\u0E48-\u0E4B]?)\u0E32|\u0E40\u0E40/g;
const UNSAFE_LINK =
  /\]\(\s*<?\s*(?:javascript|vbscript|data|file):|<(?:javascript|vbscript|data|file):/gi;

const findAll = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];

/**
 * Letters a PDF copy split apart ("ป ร ะ จํา ปี", "ป ระ จำ ปี", "ประจ ำปี"): a run of one- or
 * two-letter pieces with bare letters among them, or a vowel cut off its letter. Short words
 * spaced out ("ผู้ ที่ มี", "ณ ที่ นี้") carry their vowels and marks, so they are left alone.
 */
function spacedLetters(text: string): Finding[] {
  const runs = findAll(text, SHORT_RUN)
    .filter((match) => {
      const pieces = match[0].split(" ");
      const bare = pieces.filter((piece) => BARE.test(piece)).length;
      return bare >= 2 || (bare >= 1 && pieces.length >= 4);
    })
    .map((match) => ({ start: match.index, letters: match[0] }));
  const detached = findAll(text, DETACHED_MARK).map((match) => ({
    start: match.index,
    letters: wordAround(text, match.index, match.index + 1),
  }));
  return [...runs, ...detached].map(({ start, letters }) => ({
    code: "E_SPACED_LETTERS",
    start,
    message: `ตัวอักษรถูกแยกด้วยเว้นวรรค "${clip(letters)}" (มักเกิดจากการคัดลอกข้อความจาก PDF)`,
    fix: `ลบเว้นวรรคระหว่างตัวอักษรให้เป็นคำเดียว เช่น "${clip(letters.replaceAll(" ", ""))}" แล้วตรวจคำทั้งประโยคอีกครั้ง`,
  }));
}

function htmlTags(text: string): Finding[] {
  return findAll(text, HTML_TAG).map((match) => ({
    code: "E_HTML_TAG",
    start: match.index,
    message: `มีแท็ก HTML "${match[0]}" ปนในข้อความ (มักติดมาจากการคัดลอก) ซึ่งจะแสดงออกมาเป็นตัวอักษรตามที่เห็น`,
    fix: "ลบแท็กออก ถ้าต้องการขึ้นย่อหน้าใหม่ให้เว้นบรรทัดว่างหนึ่งบรรทัด ถ้าต้องการตัวหนาให้ใช้ **ข้อความ**",
  }));
}

function dottedPlaceholders(text: string): Finding[] {
  return findAll(text, DOTS).map((match) => {
    const word = wordAround(text, match.index, match.index + match[0].length);
    const filled = word.replace(DOTS, " ").replace(/ +/g, " ").trim();
    return {
      code: "E_DOTTED_PLACEHOLDER",
      start: match.index,
      message: `มีจุดไข่ปลาของแบบฟอร์มค้างอยู่: "${word}"`,
      fix: filled ? `ลบจุดออกเหลือแต่ข้อความ เช่น "${filled}"` : "ลบจุดออก แล้วเติมข้อความที่แบบฟอร์มเว้นไว้",
    };
  });
}

function decomposedVowels(text: string): Finding[] {
  return findAll(text, DECOMPOSED).map((match) => {
    const isAm = match[0] !== "\u0E40\u0E40";
    const word = wordAround(text, match.index, match.index + match[0].length);
    const fixed = word.replace(DECOMPOSED, (_all, tone: string | undefined) =>
      tone === undefined ? "\u0E41" : `${tone}\u0E33`,
    );
    return {
      code: "E_DECOMPOSED_VOWEL",
      start: match.index,
      message: isAm
        ? `"${word}" ใช้นิคหิต (ํ) กับสระอา (า) แทนสระอำ ซึ่งดูเหมือนกันแต่ค้นหาไม่เจอและอาจพิมพ์เพี้ยน`
        : `"${word}" ใช้สระเอสองตัว (เเ) แทนสระแอ ซึ่งดูเหมือนกันแต่ค้นหาไม่เจอ`,
      fix: `ลบแล้วพิมพ์คำใหม่ด้วยปุ่ม${isAm ? "สระอำ" : "สระแอ"}: "${fixed}"`,
    };
  });
}

function unsafeLinks(text: string): Finding[] {
  return findAll(text, UNSAFE_LINK).map((match) => ({
    code: "E_LINK_UNSAFE",
    start: match.index,
    message: "ลิงก์นี้ไม่ใช่ที่อยู่เว็บ (เช่น javascript: หรือ data:) ระบบจะไม่ทำเป็นลิงก์เพื่อความปลอดภัย",
    fix: "ใช้ลิงก์ที่ขึ้นต้นด้วย https:// เช่น [ดูประกาศ](https://www.example.go.th/news)",
  }));
}

export const artefactChecks = [
  spacedLetters,
  htmlTags,
  dottedPlaceholders,
  decomposedVowels,
  unsafeLinks,
];
