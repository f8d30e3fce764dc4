import { formatThaiNumber } from "../thai/numbers.ts";
import { signerProblems } from "./checks/signer.ts";
import type { ContentProblem } from "./errors.ts";
import type { AgencyRef } from "./load-measures.ts";
import type { Problems } from "./problems.ts";
import type { ReportFrontMatter } from "./schema.ts";
import { displayPath, type SourceFile } from "./source-file.ts";

/**
 * Checks of a year that need its report.md read: the signer against agency.yaml, and what a
 * final report may not have (places still to fill, dates of another year). Returns the error
 * that keeps the year from being built, if any; the rest is added to `problems`.
 */
export function checkReportYear(
  report: ReportFrontMatter,
  yearDir: string,
  source: SourceFile,
  agency: AgencyRef,
  problems: Problems,
): ContentProblem | undefined {
  const inYear = (problem: ContentProblem) => problem.file.startsWith(`${displayPath(yearDir)}/`);
  // Dates outside the fiscal year are left over from another year only in a finished report.
  if (report.status === "draft") {
    problems.discard((problem) => problem.code === "W_DATE_OUTSIDE_YEAR" && inYear(problem));
  }
  if (agency) problems.add(...signerProblems(report.signer.position, agency, source));
  if (report.status !== "final") return undefined;
  const unfilled = problems.list.filter(
    (problem) => problem.code === "W_TO_FILL" && inYear(problem),
  );
  if (unfilled.length === 0) return undefined;
  return {
    code: "E_FINAL_INCOMPLETE",
    file: source.file,
    line: source.lineOf(["status"]),
    field: "status",
    message: `ปีนี้เป็นฉบับสมบูรณ์ (final) แต่ยังมีช่องที่รอกรอก ${formatThaiNumber(unfilled.length)} แห่ง เช่น ${unfilled[0]?.file}:${unfilled[0]?.line}`,
    fix: "กรอกทุกช่องที่มีคำว่า [รอกรอก] ให้ครบ หรือถ้ายังไม่เสร็จ ให้เขียน status: draft ไว้ก่อน",
  };
}
