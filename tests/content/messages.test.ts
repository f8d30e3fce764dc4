import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentProblem } from "../../scripts/content/errors.ts";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent } from "../helpers/content.ts";
import { blankPng } from "../helpers/images.ts";

const SECOND = "2568/measures/02-second-measure.md";

/** The problems `npm run check` reports after `edit` breaks a copy of the fixture. */
async function problemsAfter(edit: (dir: string) => Promise<void>): Promise<ContentProblem[]> {
  const dir = await copyContent();
  await edit(dir);
  return (await checkSite(dir)).problems;
}

/** Replaces text in the second measure (or `file`); fails loudly if it is not there. */
const replace =
  (from: string, to: string, file = SECOND) =>
  async (dir: string) => {
    const path = join(dir, file);
    const text = await readFile(path, "utf8");
    if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
    await writeFile(path, text.replace(from, to));
  };

/** The one problem reported, as the clerk reads it. */
async function onlyProblem(edit: (dir: string) => Promise<void>): Promise<ContentProblem> {
  const problems = await problemsAfter(edit);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0] as ContentProblem;
}

/** Every message names the real cause and the fix (issue 15, "messages that mislead"). */
describe("messages that name the real cause", () => {
  it("---js: the header must be YAML, and is never run", async () => {
    const problem = await onlyProblem(async (dir) => {
      const path = join(dir, SECOND);
      const text = (await readFile(path, "utf8")).replace(/^---\n[\s\S]*?\n---\n/, "");
      // gray-matter would run this; it must not.
      await writeFile(path, `---js\n{ title: (globalThis.ranHeader = "ran") }\n---\n${text}`);
    });
    expect(problem).toMatchObject({ code: "E_YAML", line: 1 });
    expect(problem.message).toContain('"---js"');
    expect(problem.message).toContain("ระบบไม่รันโค้ด");
    expect(problem.fix).toContain("--- อย่างเดียว");
    expect((globalThis as { ranHeader?: string }).ranHeader).toBe(undefined);
  });

  it("UTF-16 without a byte-order mark is named as UTF-16, not as a missing header", async () => {
    const problem = await onlyProblem(async (dir) => {
      const path = join(dir, SECOND);
      await writeFile(path, Buffer.from(await readFile(path, "utf8"), "utf16le"));
    });
    expect(problem.code).toBe("E_ENCODING");
    expect(problem.message).toContain("UTF-16");
    expect(problem.fix).toContain("UTF-8");
  });

  it("a Word document renamed to .md is named as not a text file", async () => {
    const problem = await onlyProblem(async (dir) => {
      // A .docx is a zip: "PK", then binary headers with zero bytes.
      const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
      await writeFile(join(dir, SECOND), Buffer.concat([zip, Buffer.alloc(200, 0x41)]));
    });
    expect(problem.code).toBe("E_ENCODING");
    expect(problem.message).toContain("ไม่ใช่ไฟล์ข้อความ");
    expect(problem.message).not.toContain("UTF-16");
  });

  it("a date in Thai digits asks for Arabic digits, with the date to type", async () => {
    const problem = await onlyProblem(replace("end: 2568-03-31", "end: ๒๕๖๘-๐๓-๓๑"));
    expect(problem).toMatchObject({ code: "E_FIELD_INVALID", field: "period.end", line: 6 });
    expect(problem.message).toContain("เลขไทย");
    expect(problem.fix).toContain("2568-03-31");
  });

  it("a year folder with a trailing space shows the space and the name to use", async () => {
    const problem = await onlyProblem((dir) => rename(join(dir, "2567"), join(dir, "2567 ")));
    expect(problem.code).toBe("E_YEAR_FOLDER");
    expect(problem.message).toContain('"2567 "');
    expect(problem.message).toContain("เว้นวรรค");
    expect(problem.fix).toContain("เปลี่ยนชื่อโฟลเดอร์เป็น 2567");
  });

  it("a photo with too many pixels is called too big, not maybe a HEIC", async () => {
    const problem = await onlyProblem(async (dir) => {
      await replace(
        "responsibleUnits: กองช่าง",
        "responsibleUnits: กองช่าง\nevidence:\n  - file: 02-scan.png\n    caption: ภาพสแกน",
      )(dir);
      await mkdir(join(dir, "2568/evidence"), { recursive: true });
      await writeFile(join(dir, "2568/evidence/02-scan.png"), blankPng(20000, 20000));
    });
    expect(problem).toMatchObject({ code: "E_EVIDENCE_PIXELS", line: 9 });
    expect(problem.message).toContain("20000×20000");
    expect(problem.message).not.toContain("HEIC");
    expect(problem.fix).toContain("ย่อรูป");
  });

  it.each([
    ["0", "ตัวเลข 0"],
    ["-1", "ตัวเลข -1"],
  ])("number: %s is below the least allowed, not an empty field", async (typed, shown) => {
    const problem = await onlyProblem(replace("number: 2", `number: ${typed}`));
    expect(problem).toMatchObject({ code: "E_FIELD_INVALID", field: "number", line: 2 });
    expect(problem.message).toBe(`ต้องเป็น 1 ขึ้นไป แต่พบ ${shown}`);
  });

  it("a huge number is one problem, with the field's own bound", async () => {
    const problem = await onlyProblem(replace("number: 2", "number: 99999999999999999999"));
    expect(problem).toMatchObject({ code: "E_FIELD_TOO_BIG", field: "number" });
    expect(problem.message).toContain("ต้องไม่เกิน 999");
    expect(problem.message).not.toContain("9007199254740991");
  });

  it.each([
    ["!!binary aGVsbG8=", "!!binary"],
    ["!!js/function 'function () { return 1 }'", "!!js/function"],
    ["!local ข้อความ", "!local"],
  ])("a YAML tag (%s) is named as a tag, not as a group of sub-fields", async (value, tag) => {
    const problem = await onlyProblem(
      replace('title: กิจกรรม "ทดสอบ" ที่สอง & ITA', `title: ${value}`),
    );
    expect(problem).toMatchObject({ code: "E_YAML", line: 3 });
    expect(problem.message).toContain(`"${tag}"`);
    expect(problem.message).not.toContain("กลุ่มช่องย่อย (");
    expect(problem.fix).toContain(`ลบ "${tag}" ออก`);
  });

  it.each([
    ["!ด่วน โครงการ", "ขึ้นต้นด้วย ! & หรือ *"],
    ["!important โครงการ", '"!important"'],
    ["&โครงการ ที่สอง", '"&โครงการ"'],
    ["*โครงการ ที่สอง", "ขึ้นต้นด้วย ! & หรือ *"],
    ["*โครงการ", '"*โครงการ"'],
  ])("text starting with ! & or * (%s) is told to be quoted", async (value, named) => {
    const title = 'title: กิจกรรม "ทดสอบ" ที่สอง & ITA';
    const problem = await onlyProblem(replace(title, `title: ${value}`));
    expect(problem).toMatchObject({ code: "E_YAML", line: 3 });
    expect(problem.message).toContain(named);
    expect(problem.fix).toContain(`title: "${value}"`);
  });

  it("<svg/onload=…> in the text is an HTML tag", async () => {
    const problem = await onlyProblem(replace("ประชุมชี้แจง", "ประชุม <svg/onload=alert(1)> ชี้แจง"));
    expect(problem).toMatchObject({ code: "E_HTML_TAG", line: 12 });
    expect(problem.message).toContain("<svg/onload=alert(1)>");
  });

  it("a tag typed as character codes in the header is an HTML tag, shown decoded", async () => {
    const problem = await onlyProblem(
      replace('title: กิจกรรม "ทดสอบ" ที่สอง & ITA', 'title: "\\u003Cscript>alert(1)\\u003C/script>"'),
    );
    expect(problem).toMatchObject({ code: "E_HTML_TAG", line: 3 });
    expect(problem.message).toContain("\\u003C");
    expect(problem.message).toContain('"<script>"');
  });

  it("other character codes in the header ask for the character itself", async () => {
    const problem = await onlyProblem(
      replace('title: กิจกรรม "ทดสอบ" ที่สอง & ITA', 'title: "กิจกรรม\\u0E01"'),
    );
    expect(problem).toMatchObject({ code: "E_YAML", line: 3 });
    expect(problem.fix).toContain("กิจกรรมก");
  });

  it('an evidence or agency address with " in it is refused, with the address cut before it', async () => {
    const evidence = await onlyProblem(
      replace(
        "responsibleUnits: กองช่าง",
        'responsibleUnits: กองช่าง\nevidence:\n  - url: https://example.go.th/news/1"onmouseover="alert(1)\n    caption: ข่าว',
      ),
    );
    expect(evidence).toMatchObject({ code: "E_FIELD_INVALID", field: "evidence.0.url", line: 9 });
    expect(evidence.message).toContain('เครื่องหมาย "');
    expect(evidence.fix).toContain("https://example.go.th/news/1");
    const agency = await onlyProblem(
      replace(
        "website: https://example.go.th/",
        'website: "https://example.go.th/ x"',
        "agency.yaml",
      ),
    );
    expect(agency).toMatchObject({ code: "E_FIELD_INVALID", field: "website" });
    expect(agency.message).toContain("เว้นวรรค");
  });
});

describe("what held stays refused", () => {
  it("__proto__ and duplicate keys are refused in Thai", async () => {
    const proto = await onlyProblem(replace("number: 2", "number: 2\n__proto__: { polluted: 1 }"));
    expect(proto.code).toBe("E_FIELD_UNKNOWN");
    expect(({} as { polluted?: number }).polluted).toBe(undefined);
    const duplicate = await onlyProblem(replace("number: 2", "number: 2\nnumber: 3"));
    expect(duplicate).toMatchObject({ code: "E_YAML", line: 3 });
    expect(duplicate.message).toContain("ชื่อช่องเดียวกันซ้ำ");
  });

  it("a YAML bomb of anchors and aliases is refused in Thai", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, index) => {
        const name = String.fromCharCode(98 + index);
        const previous = String.fromCharCode(97 + index);
        return `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
      }),
    ].join("\n");
    const problem = await onlyProblem(async (dir) => {
      await mkdir(dirname(join(dir, SECOND)), { recursive: true });
      await replace("number: 2", `number: 2\n${bomb}`)(dir);
    });
    expect(problem.code).toBe("E_YAML");
    expect(problem.message).toContain("& และ *");
  });
});
