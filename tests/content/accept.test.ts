import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent } from "../helpers/content.ts";

const SECOND = "2568/measures/02-second-measure.md";

/** The fixture with measure 2's header and body changed. */
async function checkWith(header: string, body?: [string, string]) {
  const dir = await copyContent();
  const path = join(dir, SECOND);
  let text = (await readFile(path, "utf8")).replace(
    "responsibleUnits:",
    `${header}\nresponsibleUnits:`,
  );
  if (body) text = text.replace(...body);
  await writeFile(path, text);
  return checkSite(dir);
}

describe("accepting a warning in the content", () => {
  it("moves it from the problems to the accepted list, with the reason", async () => {
    const { problems, accepted, site } = await checkWith(
      "number: 3\naccept:\n  W_NUMBER_GAP: ต้นฉบับข้ามลำดับที่ ๒",
      ["number: 2\n", ""],
    );
    expect(problems).toEqual([]);
    expect(accepted).toEqual([
      expect.objectContaining({ code: "W_NUMBER_GAP", reason: "ต้นฉบับข้ามลำดับที่ ๒" }),
    ]);
    expect(site).toBeDefined();
  });

  it("covers another agency only when the reason names it", async () => {
    const { problems, accepted } = await checkWith(
      "accept:\n  E_AGENCY_OTHER: ไปศึกษาดูงานที่ เทศบาลเมืองกันทรลักษ์",
      ["ประชุมชี้แจง", "ศึกษาดูงานที่เทศบาลเมืองกันทรลักษ์\n\nบุคลากรภายใน อบต. หนองบัวดง"],
    );
    expect(accepted.map((problem) => problem.subject)).toEqual(["กันทรลักษ์"]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "E_AGENCY_OTHER", subject: "หนองบัวดง", line: 16 }),
    ]);
  });

  it("publishes once every mention of another agency is accepted by name", async () => {
    const { problems, accepted, site } = await checkWith(
      "accept:\n  E_AGENCY_OTHER: ไปศึกษาดูงานที่ เทศบาลเมืองกันทรลักษ์",
      ["ประชุมชี้แจง", "ศึกษาดูงานที่เทศบาลเมืองกันทรลักษ์"],
    );
    expect(problems).toEqual([]);
    expect(accepted).toHaveLength(1);
    expect(site).toBeDefined();
  });

  it("refuses to accept an error, an unknown code or a missing reason", async () => {
    const { problems } = await checkWith(
      "accept:\n  E_HTML_TAG: ต้นฉบับมีแท็ก\n  W_TYPO: x\n  W_LATIN_GLUED:",
    );
    expect(problems.map((problem) => [problem.code, problem.field, problem.line])).toEqual([
      ["E_FIELD_INVALID", "accept.E_HTML_TAG", 8],
      ["E_FIELD_INVALID", "accept.W_TYPO", 9],
      ["E_FIELD_EMPTY", "accept.W_LATIN_GLUED", 10],
    ]);
    expect(problems[0]?.message).toContain("เป็นข้อผิดพลาดที่ต้องแก้ ยอมรับไว้ไม่ได้");
  });
});
