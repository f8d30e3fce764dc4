import { failsStrict, type ProblemCode, severityOf } from "./codes.ts";

/**
 * Problems found in a clerk's content. Every message is Thai, names the file (relative to the
 * project) and, where known, the line and field, and says how to fix it.
 */
export interface ContentProblem {
  /** Stable identifier, for tests and for looking the problem up in the guide. */
  code: ProblemCode;
  /** Path of the file as the clerk sees it, e.g. "content/2568/measures/01-ethics-training.md". */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. "period.start", when the problem is in one field. */
  field?: string;
  /** What is wrong, in Thai. */
  message: string;
  /** How to fix it, in Thai. */
  fix?: string;
  /** The text the problem is about, e.g. another agency's name, when an acceptance must name it. */
  subject?: string;
}

/** Thrown by the loader when content cannot be published; carries every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n\n"));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/**
 * A field path as a clerk counts: list items from one, then the field inside the item.
 * @example fieldLabel("scores.0.total") // => "scores ข้อที่ 1 ช่อง total"
 */
export function fieldLabel(field: string): string {
  return field.replace(
    /\.(\d+)(\.|$)/g,
    (_all, index: string, dot: string) => ` ข้อที่ ${Number(index) + 1}${dot ? " ช่อง " : ""}`,
  );
}

/**
 * One problem as the clerk reads it in the terminal.
 * @example "content/2568/measures/01.md:3 [E_FIELD_TYPE] ช่อง number: ต้องเป็นตัวเลข\n  วิธีแก้: …"
 */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part).join(":");
  const field = problem.field ? ` ช่อง "${fieldLabel(problem.field)}":` : "";
  const fix = problem.fix ? `\n  วิธีแก้: ${problem.fix}` : "";
  const warning =
    severityOf(problem.code) === "error" ? "" : failsStrict(problem.code) ? " คำเตือน:" : " รอกรอก:";
  return `${where} [${problem.code}]${warning}${field} ${problem.message}${fix}`;
}
