import { formatThaiNumber } from "../../thai/numbers.ts";
import type { ContentProblem } from "../errors.ts";
import type { Agency } from "../schema.ts";
import type { SourceFile } from "../source-file.ts";
import { agencyNameCheck } from "./agency-names.ts";
import { artefactChecks } from "./artefacts.ts";
import { datesOutsideYear, weekdayMismatch } from "./dates.ts";
import type { Finding, TextCheck } from "./finding.ts";
import { emptyListItems } from "./list-items.ts";
import { headerRanges, locator, publishedText } from "./published-text.ts";
import { styleChecks } from "./style.ts";
import { toFillCheck } from "./to-fill.ts";

/** Header fields in which the report speaks of the agency itself. */
const SELF_FIELDS = ["title", "responsibleUnits", "signer", "tableTitle", "planTitle"];

/**
 * Runs every check on the published text of one file and reports each kind of problem once per
 * line, so that forty pasted `<p>` tags read as a few clear messages, not a wall.
 */
export function checkText(
  source: SourceFile,
  agency?: { agency: Agency; file: string },
  fiscalYear?: number,
): ContentProblem[] {
  const text = publishedText(source);
  const checks: TextCheck[] = [
    ...artefactChecks,
    ...styleChecks,
    toFillCheck,
    weekdayMismatch,
    emptyListItems,
  ];
  if (agency) checks.push(agencyNameCheck(agency.agency, agency.file));
  // Kept only for a final report: see dropDraftDates in load.ts.
  if (fiscalYear) checks.push(datesOutsideYear(fiscalYear));
  const locate = locator(source.text);
  const byLine = new Map<
    string,
    { finding: Finding; line: number; column: number; more: number }
  >();
  const place = {
    bodyStart: source.text.length - source.body.length,
    selfFields: headerRanges(source, SELF_FIELDS),
    raw: source.text,
  };
  for (const finding of checks.flatMap((check) => check(text, place))) {
    const { line, column } = locate(finding.start);
    const key = `${finding.code}:${line}:${finding.subject ?? ""}`;
    const seen = byLine.get(key);
    if (seen) seen.more += 1;
    else byLine.set(key, { finding, line, column, more: 0 });
  }
  return [...byLine.values()].map(({ finding, line, column, more }) => ({
    code: finding.code,
    file: source.file,
    line,
    column,
    message:
      more > 0 ? `${finding.message} (ในบรรทัดนี้มีอีก ${formatThaiNumber(more)} จุด)` : finding.message,
    fix: finding.fix,
    ...(finding.subject ? { subject: finding.subject } : {}),
  }));
}
