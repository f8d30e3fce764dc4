import { type ChildNode, type Element, isTag, isText } from "domhandler";
import { parseDocument } from "htmlparser2";
import mammoth from "mammoth";
import { formatThaiNumber } from "../thai/numbers.ts";
import { type Block, plainText, type SourceDocument, type SourceRow } from "./document.ts";
import { isHeaderRow } from "./table-rows.ts";

/**
 * A Word report (.docx) read through mammoth, which turns Word's own paragraphs, lists, bold and
 * tables into plain HTML; htmlparser2 reads that HTML back as a tree. Header rows Word repeats
 * on every page are `<thead>` rows in mammoth's HTML.
 */

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Inline Markdown of an element's text: bold and web links kept, line breaks as "\n". */
function inlineText(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return node.data.replace(/[*\\]/g, "\\$&");
      if (!isTag(node)) return "";
      if (node.name === "br") return "\n";
      const inner = inlineText(node.children);
      if ((node.name === "strong" || node.name === "b") && inner.trim()) {
        // "**หนา** ต่อ": Markdown needs the stars right against the words they mark.
        const [, lead = "", words = "", trail = ""] = /^(\s*)(.*?)(\s*)$/s.exec(inner) ?? [];
        return `${lead}**${words}**${trail}`;
      }
      const href = node.name === "a" ? (node.attribs.href ?? "") : "";
      if (/^https?:\/\//i.test(href) && inner.trim() && inner.trim() !== href) {
        return `[${inner.trim()}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
      }
      return inner;
    })
    .join("");
}

/** Whether a paragraph is bold from end to end (a title line, not prose). */
const allBold = (text: string) => /^\*\*[^*]*\*\*$/.test(text.trim());

/** Paragraphs and list items of a run of block elements, a line break starting a new one. */
function blocksOf(nodes: ChildNode[], listKind?: "numbered" | "bullet"): Block[] {
  return nodes.flatMap((node): Block[] => {
    if (isText(node)) {
      return node.data.trim() ? [{ kind: listKind ?? "paragraph", text: node.data.trim() }] : [];
    }
    if (!isTag(node)) return [];
    if (node.name === "ol" || node.name === "ul") {
      return node.children
        .filter(isTag)
        .flatMap((item) => blocksOf([item], node.name === "ol" ? "numbered" : "bullet"));
    }
    if (node.name === "li") {
      const nested = node.children.filter((child) => isTag(child) && /^(ol|ul)$/.test(child.name));
      const own = node.children.filter((child) => !nested.includes(child));
      return [...lines(own, listKind ?? "paragraph", false), ...blocksOf(nested)];
    }
    if (node.name === "table") return [];
    return lines(node.children, listKind ?? "paragraph", HEADINGS.has(node.name));
  });
}

/** One block per line of a paragraph: units typed one per line stay apart. */
function lines(nodes: ChildNode[], kind: Block["kind"], heading: boolean): Block[] {
  return inlineText(nodes)
    .split("\n")
    .map((text) => text.trim())
    .filter((text) => text.replace(/\*/g, "") !== "")
    .map((text) => ({ kind, text, ...(heading || allBold(text) ? { emphasised: true } : {}) }));
}

/** A cell merged down over the rows below (Word's "merge cells" across rows). */
interface Spanning {
  column: number;
  blocks: Block[];
  rows: number;
}

/**
 * The rows of a table: `<thead>` rows are the ones Word repeats on every page. A cell merged
 * across columns counts once per column; one merged down over rows (the same responsible unit
 * for three measures) is given to each of those rows, so that no cell moves to another column.
 */
function rowsOf(table: Element): SourceRow[] {
  const rows: SourceRow[] = [];
  let spanning: Spanning[] = [];
  const visit = (node: Element, header: boolean) => {
    for (const child of node.children.filter(isTag)) {
      if (child.name !== "tr") {
        visit(child, header || child.name === "thead");
        continue;
      }
      const cells = child.children.filter(
        (cell): cell is Element => isTag(cell) && (cell.name === "td" || cell.name === "th"),
      );
      const row: Block[][] = [];
      const placeSpanning = () => {
        let above = spanning.find((span) => span.column === row.length);
        while (above) {
          row.push(above.blocks);
          above = spanning.find((span) => span.column === row.length);
        }
      };
      const started: Spanning[] = [];
      for (const cell of cells) {
        placeSpanning();
        const blocks = blocksOf(cell.children);
        const down = Number(cell.attribs.rowspan ?? 1);
        if (down > 1) started.push({ column: row.length, blocks, rows: down - 1 });
        const across = Math.max(1, Number(cell.attribs.colspan ?? 1));
        row.push(blocks, ...Array.from({ length: across - 1 }, () => []));
      }
      placeSpanning();
      spanning = [
        ...spanning
          .map((span) => ({ ...span, rows: span.rows - 1 }))
          .filter((span) => span.rows > 0),
        ...started,
      ];
      rows.push({ header: header || cells.every((cell) => cell.name === "th"), cells: row });
    }
  };
  visit(table, false);
  return rows;
}

/**
 * Reads a .docx: the paragraphs before the first table, every table's rows (a report whose
 * table was broken into several tables is read as one), and the paragraphs after.
 */
export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  let images = 0;
  // Pictures are not imported (evidence is added by hand): they are counted, not decoded.
  const convertImage = mammoth.images.imgElement(async () => {
    images += 1;
    return { src: "" };
  });
  const { value: html } = await mammoth.convertToHtml({ buffer }, { convertImage });
  const root = parseDocument(html);
  const document: SourceDocument = { before: [], rows: [], after: [], notes: [] };
  for (const node of root.children) {
    if (isTag(node) && node.name === "table") {
      const rows = rowsOf(node);
      // Another table (ITA scores, a budget) is not the measures': it has not their header,
      // nor, after the measures' table, its six columns.
      const continues = document.rows.length > 0 && rows.some((row) => row.cells.length >= 6);
      if (!rows.some(isHeaderRow) && !continues) {
        const first = rows[0]?.cells.map(plainText).join(" ").slice(0, 60) ?? "";
        document.notes.push(
          `ตารางที่ไม่ใช่ตารางมาตรการไม่ได้นำเข้า (${formatThaiNumber(rows.length)} แถว): "${first}"`,
        );
        continue;
      }
      // Text between two parts of the table (a page's heading typed again) is not the report's.
      if (document.after.length > 0) {
        const skipped = document.after.map((block) => block.text).join(" ");
        document.notes.push(`ข้อความระหว่างตารางไม่ได้นำเข้า: "${skipped.slice(0, 80)}"`);
        document.after = [];
      }
      document.rows.push(...rows);
      continue;
    }
    const blocks = blocksOf([node]);
    (document.rows.length === 0 ? document.before : document.after).push(...blocks);
  }
  if (images > 0) {
    document.notes.push(
      `มีภาพ ${formatThaiNumber(images)} ภาพในไฟล์ ซึ่งไม่ได้นำเข้า: วางภาพหลักฐานในโฟลเดอร์ evidence แล้วใส่ในช่อง evidence ของมาตรการ`,
    );
  }
  return document;
}
