import { checkText } from "./checks/index.ts";
import { probe } from "./entries.ts";
import type { ContentProblem } from "./errors.ts";
import type { AgencyRef } from "./load-measures.ts";
import type { Problems } from "./problems.ts";
import { displayPath, type SourceFile } from "./source-file.ts";

/**
 * Reads a file the content must have (agency.yaml, a year's report.md): reports it missing or
 * unreadable, or takes its `accept:` list and checks its text.
 */
export async function readRequired(
  path: string,
  read: (path: string) => Promise<SourceFile | ContentProblem>,
  missing: { message: string; fix: string },
  problems: Problems,
  agency?: AgencyRef,
  fiscalYear?: number,
): Promise<SourceFile | undefined> {
  const kind = await probe(path);
  const source =
    kind === "missing"
      ? ({ code: "E_FILE_MISSING", file: displayPath(path), ...missing } as const)
      : typeof kind === "object"
        ? kind
        : await read(path);
  if ("code" in source) {
    problems.add(source);
    return undefined;
  }
  problems.accept(source);
  problems.add(...checkText(source, agency, fiscalYear));
  return source;
}
