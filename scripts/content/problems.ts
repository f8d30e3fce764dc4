import { acceptsAgency } from "./checks/agency-names.ts";
import { ACCEPTABLE_CODES, type ProblemCode, severityOf } from "./codes.ts";
import type { ContentProblem } from "./errors.ts";
import type { SourceFile } from "./source-file.ts";

/** A problem a clerk accepted in the file's `accept:` field, with the reason they gave. */
export interface AcceptedProblem extends ContentProblem {
  reason: string;
}

export interface CheckedProblems {
  /** Errors and warnings still to fix, sorted by file then line. */
  problems: ContentProblem[];
  /** Warnings accepted in the content itself; shown, never hidden. */
  accepted: AcceptedProblem[];
}

interface Acceptance {
  reasons: Map<ProblemCode, string>;
  used: Set<ProblemCode>;
  source: SourceFile;
}

/**
 * Problems collected across all files, so a clerk sees every mistake in one run, and the
 * `accept:` lists that excuse some of them.
 */
export class Problems {
  readonly list: ContentProblem[] = [];
  private readonly acceptances = new Map<string, Acceptance>();

  add(...problems: ContentProblem[]): void {
    this.list.push(...problems);
  }

  /** Takes back problems that turned out not to apply (a draft year's dates, see load.ts). */
  discard(applies: (problem: ContentProblem) => boolean): void {
    const kept = this.list.filter((problem) => !applies(problem));
    this.list.splice(0, this.list.length, ...kept);
  }

  /** Reads a file's `accept:` map, even when other fields are wrong; bad entries are reported by the schema. */
  accept(source: SourceFile): void {
    const accept = (source.data as { accept?: unknown } | undefined)?.accept;
    if (!accept || typeof accept !== "object" || Array.isArray(accept)) return;
    const reasons = new Map<ProblemCode, string>();
    for (const [code, reason] of Object.entries(accept)) {
      if (
        (ACCEPTABLE_CODES as string[]).includes(code) &&
        typeof reason === "string" &&
        reason.trim()
      ) {
        reasons.set(code as ProblemCode, reason.trim());
      }
    }
    this.acceptances.set(source.file, { reasons, used: new Set(), source });
  }

  /** Splits what must be fixed from what was accepted, and reports acceptances nothing needed. */
  checked(): CheckedProblems {
    const problems: ContentProblem[] = [];
    const accepted: AcceptedProblem[] = [];
    for (const problem of this.list) {
      const acceptance = this.acceptances.get(problem.file);
      const code = acceptedAs(problem.code, acceptance?.reasons);
      const reason = acceptance?.reasons.get(code);
      // A code still reported in the file is not "no longer needed", even if this one is not covered.
      acceptance?.used.add(code);
      if (reason && (problem.subject === undefined || acceptsAgency(reason, problem.subject))) {
        accepted.push({ ...problem, reason });
      } else {
        problems.push(problem);
      }
    }
    // With an error somewhere, some checks did not run (a measure that failed to load leaves no
    // gap to find), so an acceptance may only look unused.
    const complete = !problems.some((problem) => severityOf(problem.code) === "error");
    for (const { reasons, used, source } of complete ? this.acceptances.values() : []) {
      for (const code of reasons.keys()) {
        if (used.has(code)) continue;
        problems.push({
          code: "W_ACCEPT_UNUSED",
          file: source.file,
          line: source.lineOf(["accept", code]),
          field: `accept.${code}`,
          message: `ยอมรับ ${code} ไว้ แต่ไฟล์นี้ไม่มีปัญหานั้นแล้ว`,
          fix: `ลบบรรทัด ${code} ออกจาก accept (ถ้า accept ว่างแล้ว ให้ลบทั้งช่อง)`,
        });
      }
    }
    return { problems: sortProblems(problems), accepted: sortProblems(accepted) };
  }
}

/**
 * The code whose acceptance covers a problem: a partner named in a file that accepted it as
 * E_AGENCY_OTHER, before partners became a warning of their own, stays accepted.
 */
function acceptedAs(code: ProblemCode, reasons?: Map<ProblemCode, string>): ProblemCode {
  const older = "E_AGENCY_OTHER";
  return code === "W_AGENCY_PARTNER" && !reasons?.has(code) && reasons?.has(older) ? older : code;
}

/** By file, then line: files are read in parallel, but the report must read the same each run. */
function sortProblems<Problem extends ContentProblem>(list: Problem[]): Problem[] {
  return list.sort((a, b) =>
    a.file === b.file
      ? (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
      : a.file < b.file
        ? -1
        : 1,
  );
}
