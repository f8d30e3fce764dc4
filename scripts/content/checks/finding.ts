import type { ProblemCode } from "../codes.ts";

/** Something a text check found, at offsets in the file's text; the runner adds file and line. */
export interface Finding {
  code: ProblemCode;
  start: number;
  message: string;
  fix: string;
  /** The text the finding is about, kept apart from the message (see ContentProblem). */
  subject?: string;
}

/** Where the published text comes from: checks that care tell the header from the body. */
export interface TextPlace {
  /** Offset where the Markdown body begins; before it is the header. */
  bodyStart: number;
  /** Where the header speaks of the agency itself: the title, the responsible units, the signer. */
  selfFields: [number, number][];
  /** The file's text as written, list markers and field names included, at the same offsets. */
  raw: string;
}

/** A text check: the published text (same offsets as the file) in, findings out. */
export type TextCheck = (text: string, place: TextPlace) => Finding[];
