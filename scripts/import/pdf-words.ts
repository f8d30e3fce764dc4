import { type Element, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";

/**
 * The words of a PDF with where they stand, from `pdftotext -bbox-layout` (an XHTML file of
 * pages, blocks, lines and words with their boxes in points).
 */

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

function* elements(node: Element): Generator<Element> {
  for (const child of node.children) {
    if (!isTag(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** Every word of every page, in the order pdftotext read them. */
export function pdfWords(xhtml: string): PdfWord[] {
  const root = parseDocument(xhtml, { xmlMode: true });
  const words: PdfWord[] = [];
  let page = 0;
  for (const node of root.children.filter(isTag).flatMap((top) => [top, ...elements(top)])) {
    if (node.name === "page") page += 1;
    if (node.name !== "word") continue;
    const text = node.children
      .filter(isText)
      .map((child) => child.data)
      .join("");
    const box = (name: string) => Number(node.attribs[name]);
    words.push({
      page,
      text,
      xMin: box("xMin"),
      xMax: box("xMax"),
      yMin: box("yMin"),
      yMax: box("yMax"),
    });
  }
  return words;
}

/** Narrower than this (points) is not a space but a split inside a word. */
const SPACE = 1.5;
/** Words whose tops are this close (points) are on one printed line. */
const SAME_LINE = 2;

/** One printed line: its words from left to right. */
export type Line = PdfWord[];

const ONLY_MARKS = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+$/;

/**
 * A tone mark the PDF set apart as a word of its own ("ชี" "แ" "้" "จง") belongs to the letter
 * it stands over: the word that starts before it.
 */
function attachMarks(line: Line): Line {
  const words: Line = [];
  for (const word of line) {
    const under = words.findLast((other) => other.xMin < word.xMin - 0.5);
    if (ONLY_MARKS.test(word.text) && under) {
      under.text = `${under.text}${word.text}`.normalize("NFC");
    } else {
      words.push({ ...word });
    }
  }
  return words;
}

/** The printed lines of a page's words, top to bottom. */
export function linesOf(words: PdfWord[]): Line[] {
  const lines: Line[] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.yMin ?? 0) - word.yMin) <= SAME_LINE) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => attachMarks(line.sort((a, b) => a.xMin - b.xMin)));
}

/** Words joined as they print: a space only where the gap is one. */
export function joined(words: PdfWord[]): string {
  return words
    .map((word, index) => {
      const before = words[index - 1];
      return before && word.xMin - before.xMax >= SPACE ? ` ${word.text}` : word.text;
    })
    .join("");
}
