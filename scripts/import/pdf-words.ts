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
