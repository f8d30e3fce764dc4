import { failsStrict, severityOf } from "../content/codes.ts";
import { type ContentProblem, fieldLabel, formatProblem } from "../content/errors.ts";
import type { AcceptedProblem, CheckedProblems } from "../content/problems.ts";
import { formatThaiNumber } from "../thai/numbers.ts";

/** Where a command writes; tests pass their own to read what a clerk would see. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const consoleOutput: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  env: process.env,
};

/**
 * A count as clerks read it: in Thai digits, as the checker asks them to write numbers.
 * @example items(11) // => "๑๑ รายการ"
 */
export const items = (count: number) => `${formatThaiNumber(count)} รายการ`;

/** Errors, warnings, and the draft's to-be-filled notes, which never fail `--strict`. */
export function countProblems(problems: ContentProblem[]) {
  const errors = problems.filter((problem) => severityOf(problem.code) === "error").length;
  const toFill = problems.filter((problem) => !failsStrict(problem.code)).length;
  return { errors, warnings: problems.length - errors - toFill, toFill };
}

/** The problems for a clerk in the terminal: each with where, what and how to fix. */
export function printProblems(check: CheckedProblems, output: Output): void {
  const { errors, warnings, toFill } = countProblems(check.problems);
  if (check.problems.length > 0) {
    const parts = [
      errors && `ข้อผิดพลาด ${items(errors)}`,
      warnings && `คำเตือน ${items(warnings)}`,
      toFill && `ช่องที่รอกรอก ${items(toFill)}`,
    ];
    const advice = errors
      ? "แก้ตามนี้แล้วสั่งอีกครั้ง"
      : warnings
        ? "ควรแก้ หรือยอมรับไว้พร้อมเหตุผลถ้าตั้งใจ"
        : "ปีที่เป็นร่างเผยแพร่ได้ กรอกให้ครบก่อนเปลี่ยนเป็น status: final";
    output.err(`พบ${parts.filter(Boolean).join(" และ")} ${advice}:\n`);
    for (const problem of check.problems) output.err(`${formatProblem(problem)}\n`);
  }
  if (check.accepted.length > 0) {
    output.err(`คำเตือนที่ยอมรับไว้ในเนื้อหา ${items(check.accepted.length)}:`);
    for (const problem of check.accepted) output.err(`  ${acceptedLine(problem)}`);
    output.err("");
  }
}

const acceptedLine = (problem: AcceptedProblem) =>
  `${[problem.file, problem.line].filter(Boolean).join(":")} [${problem.code}] เหตุผล: ${problem.reason}`;

/** One record per problem, for editors and scripts (`--json`). */
export function problemsJson(check: CheckedProblems): string {
  const record = (problem: ContentProblem) => ({
    severity: severityOf(problem.code),
    code: problem.code,
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    field: problem.field ?? null,
    message: problem.message,
    fix: problem.fix ?? null,
  });
  const { errors, warnings, toFill } = countProblems(check.problems);
  return JSON.stringify(
    {
      errors,
      warnings,
      toFill,
      problems: check.problems.map(record),
      accepted: check.accepted.map((problem) => ({ ...record(problem), reason: problem.reason })),
    },
    null,
    2,
  );
}

/** GitHub's workflow-command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts */
const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * Annotations for GitHub Actions, so a clerk who edits in the web editor sees each problem on
 * its line in the pull request.
 */
export function githubAnnotations(check: CheckedProblems): string[] {
  return check.problems.map((problem) => {
    const properties = [
      `file=${escapeProperty(problem.file)}`,
      problem.line ? `line=${problem.line}` : "",
      problem.column ? `col=${problem.column}` : "",
      `title=${escapeProperty(problem.code)}`,
    ].filter(Boolean);
    // The field goes first, as in the terminal: "number: ต้องเป็นตัวเลข" alone would not say where.
    const field = problem.field ? `ช่อง "${fieldLabel(problem.field)}": ` : "";
    const fix = problem.fix ? `\nวิธีแก้: ${problem.fix}` : "";
    const text = `${field}${problem.message}${fix}`;
    const level =
      severityOf(problem.code) === "error"
        ? "error"
        : failsStrict(problem.code)
          ? "warning"
          : "notice";
    return `::${level} ${properties.join(",")}::${escapeData(text)}`;
  });
}
