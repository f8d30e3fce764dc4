import { toThaiDigits } from "../../thai/numbers.ts";
import type { Finding } from "./finding.ts";
import { clip, withoutAddresses, wordAround } from "./published-text.ts";

/**
 * How an official Thai document is typed. These are warnings: the report can be published, but
 * an assessor notices them.
 */

const THAI = "\\u0E01-\\u0E4E";
/** A number, unless it belongs to a Latin term such as "COVID-19" or "ISO 9001:2015". */
const NUMBER =
  "(?<![A-Za-z][-.]?|[A-Za-z] |[0-9.,:/-])[0-9]+(?:[.,:/-][0-9]+)*(?![A-Za-z0-9]|[.,:/-][0-9])";
/** Arabic digits next to Thai (a space or an abbreviation's dot between): "ปี 2568", "พ.ศ. 2568". */
const ARABIC_IN_THAI = new RegExp(`(?<=[${THAI}]\\.? ?)${NUMBER}|${NUMBER}(?= ?[${THAI}])`, "g");
/** Only the seam is matched: a run of letters before it would make the search quadratic. */
const LATIN_GLUED = new RegExp(`[${THAI}](?=[A-Za-z])|[A-Za-z](?=[${THAI}])`, "g");
/** A plain-http address, without the full stop or comma of the sentence it ends. */
const PLAIN_HTTP = /\bhttp:\/\/[^\s<>)\]]+?(?=[.,;:]?(?:[\s<>)\]]|$))/gi;

function arabicDigits(text: string): Finding[] {
  return [...withoutAddresses(text).matchAll(ARABIC_IN_THAI)].map((match) => ({
    code: "W_ARABIC_DIGITS",
    start: match.index,
    message: `เลขอารบิก "${clip(match[0])}" ปนในข้อความภาษาไทย (หนังสือราชการควรใช้เลขไทยทั้งฉบับ)`,
    fix: `พิมพ์เป็นเลขไทย "${clip(toThaiDigits(match[0]))}" (เลขข้อ 1. 2. ที่ขึ้นต้นบรรทัด และช่อง number กับ period ใช้เลขอารบิกได้ตามเดิม)`,
  }));
}

function latinGlued(text: string): Finding[] {
  const prose = withoutAddresses(text);
  return [...prose.matchAll(LATIN_GLUED)].map((match) => {
    const word = wordAround(prose, match.index, match.index + 2);
    const spaced = word
      .replace(new RegExp(`([${THAI}])([A-Za-z])`, "g"), "$1 $2")
      .replace(new RegExp(`([A-Za-z])([${THAI}])`, "g"), "$1 $2");
    return {
      code: "W_LATIN_GLUED",
      start: match.index,
      message: `อักษรไทยกับอังกฤษติดกันโดยไม่เว้นวรรค: "${word}"`,
      fix: `เว้นวรรคหนึ่งครั้งระหว่างคำไทยกับคำอังกฤษ: "${spaced}"`,
    };
  });
}

function plainHttp(text: string): Finding[] {
  return [...text.matchAll(PLAIN_HTTP)].map((match) => ({
    code: "W_URL_NOT_HTTPS",
    start: match.index,
    message: `ที่อยู่เว็บ ${match[0]} ไม่ได้เข้ารหัส (http:// ไม่ใช่ https://) เบราว์เซอร์จะเตือนว่าไม่ปลอดภัย`,
    fix: `ถ้าเว็บไซต์เปิดด้วย https ได้ ให้เปลี่ยนเป็น ${match[0].replace(/^http:/i, "https:")}`,
  }));
}

export const styleChecks = [arabicDigits, latinGlued, plainHttp];
