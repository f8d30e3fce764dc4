/**
 * What a reader (Word or a PDF's text) makes of a report before it becomes files: paragraphs
 * before and after the table, and the table's rows as they stand, header rows included.
 */

/** One paragraph of a cell or of the text around the table, in Markdown inline form. */
export interface Block {
  /** A paragraph, or an item of a numbered or bulleted list that Word made itself. */
  kind: "paragraph" | "numbered" | "bullet";
  /** Bold kept as `**…**`; everything else plain text. */
  text: string;
  /** A heading, or a paragraph that is bold throughout: part of the title, not the introduction. */
  emphasised?: boolean;
}

/** A table row: one list of paragraphs per cell; `header` when Word marked it a header row. */
export interface SourceRow {
  cells: Block[][];
  header: boolean;
}

/** A report as read from its file. */
export interface SourceDocument {
  before: Block[];
  rows: SourceRow[];
  after: Block[];
  /** What the reader could not use, in Thai, for the clerk. */
  notes: string[];
}

/** The plain text of a cell or block list, paragraphs on their own lines. */
export const plainText = (blocks: Block[]) =>
  blocks
    .map((block) => block.text.replace(/\*\*/g, ""))
    .join("\n")
    .trim();
