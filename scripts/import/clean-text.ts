import {
  BARE,
  DECOMPOSED,
  DETACHED_MARK,
  DOTS,
  HTML_TAG,
  SHORT_RUN,
} from "../content/checks/artefacts.ts";
import { normaliseText } from "../content/read-text.ts";

/**
 * Repairs what copying out of Word or a PDF leaves in Thai text, exactly where `npm run check`
 * would ask a clerk to: the same patterns (scripts/content/checks/artefacts.ts), fixed as its
 * advice says. Anything the check would only warn about (digits, wording) is left as written.
 */

/** "ป ร ะ จํา ปี" → "ประจําปี": a run of split letters joined, as E_SPACED_LETTERS advises. */
function joinSpacedLetters(text: string): string {
  return text
    .replace(SHORT_RUN, (run) => {
      const pieces = run.split(" ");
      const bare = pieces.filter((piece) => BARE.test(piece)).length;
      return bare >= 2 || (bare >= 1 && pieces.length >= 4) ? pieces.join("") : run;
    })
    .replace(DETACHED_MARK, "");
}

/** Nikhahit and sara aa as one sara am, two sara e as sara ae (E_DECOMPOSED_VOWEL). */
const composeVowels = (text: string) =>
  text.replace(DECOMPOSED, (all, tone: string | undefined) =>
    all === "\u0E40\u0E40" ? "\u0E41" : `${tone ?? ""}\u0E33`,
  );

/**
 * One line of imported text as a clerk should have typed it: NFC without invisible characters,
 * no HTML tags or form dots, letters that a PDF split joined again, single spaces.
 * @example cleanText("ร้อยละ...๑๐๐...ของ <p>ป ร ะ จํา ปี</p>") // => "ร้อยละ ๑๐๐ ของ ประจำปี"
 */
export function cleanText(text: string): string {
  const plain = normaliseText(text)
    .replace(HTML_TAG, " ")
    .replace(DOTS, " ")
    .replace(/[ \t]+/g, " ")
    .trim();
  return composeVowels(joinSpacedLetters(plain)).normalize("NFC");
}
