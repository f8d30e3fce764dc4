import { mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, type ContentProblem } from "../../scripts/content/errors.ts";
import { loadSite } from "../../scripts/content/load.ts";
import { unreadableProblem } from "../../scripts/content/source-file.ts";
import { copyContent, FIXTURE, REAL_CONTENT } from "../helpers/content.ts";

const FIRST = join("2568", "measures", "01-first-measure.md");

/** Loads a copy of the fixture after `edit`, and returns the problems reported. */
async function problemsAfter(edit: (dir: string) => Promise<void>): Promise<ContentProblem[]> {
  const dir = await copyContent();
  await edit(dir);
  try {
    await loadSite(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("the broken content loaded without a problem");
}

/** Replaces text in a file of the copied content. */
async function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = await readFile(path, "utf8");
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`"${from}" is not in ${file}`);
  await writeFile(path, changed);
}

describe("loadSite on valid content", () => {
  it("reads the agency, every year newest first, and measures in number order", async () => {
    const site = await loadSite(FIXTURE);
    expect(site.agency.name).toBe("เทศบาลตำบลทดสอบ");
    expect(site.reports.map((report) => report.fiscalYear)).toEqual([2568, 2567]);
    const [latest] = site.reports;
    expect(latest?.measures.map((measure) => measure.slug)).toEqual([
      "01-first-measure",
      "02-second-measure",
    ]);
    expect(latest?.pdfFileName).toBe("ita-2568-testtown.pdf");
    expect(latest?.signer).toEqual({ name: "นายทดสอบ ใจดี", position: "นายกเทศมนตรีตำบลทดสอบ" });
    expect(latest?.reportDate?.precision).toBe("day");
  });

  it("renders the three sections of a measure to HTML", async () => {
    const [latest] = (await loadSite(FIXTURE)).reports;
    const first = latest?.measures[0];
    expect(first?.steps).toContain("<strong>สำคัญ</strong>");
    expect(first?.steps).toContain("{{ ไม่ใช่ตัวแปร }} กับ {% ไม่ใช่คำสั่ง %}");
    expect(first?.output).toContain("<ul>");
    expect(first?.outcome).toContain("ผลลัพธ์ท้ายสุดของโครงการที่หนึ่ง");
    expect(first?.responsibleUnits).toEqual(["สำนักปลัด", "กองคลัง"]);
  });

  it("accepts one responsible unit written without a list", async () => {
    const [latest] = (await loadSite(FIXTURE)).reports;
    expect(latest?.measures[1]?.responsibleUnits).toEqual(["กองช่าง"]);
  });

  it("loads the real FY2568 report: five measures numbered 1 2 3 4 6, as in the original", async () => {
    const site = await loadSite(REAL_CONTENT);
    expect(site.agency.name).toBe("เทศบาลตำบลเมืองคง");
    expect(site.reports[0]?.measures.map((measure) => measure.number)).toEqual([1, 2, 3, 4, 6]);
  });

  it("accepts a byte-order mark, CRLF line ends and Thai digits in the number", async () => {
    const dir = await copyContent();
    const path = join(dir, FIRST);
    const text = (await readFile(path, "utf8")).replace("number: 1", "number: ๓");
    await writeFile(path, `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const site = await loadSite(dir);
    expect(site.reports[0]?.measures.map((measure) => measure.number)).toEqual([2, 3]);
  });

  it("normalises Thai to NFC", async () => {
    const dir = await copyContent();
    // "ปู่" typed tone mark first, then sara uu: NFC puts the marks in their canonical order,
    // so it compares and searches equal to the usual typing. (Sara am typed as ํ + า is not
    // changed by NFC; the check reports it as E_DECOMPOSED_VOWEL.)
    await replaceIn(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", "title: ป\u0e48\u0e39");
    const site = await loadSite(dir);
    expect(site.reports[0]?.measures[0]?.title).toBe("ป\u0e39\u0e48");
  });
});

describe("loadSite on broken content: each problem names the file, the line and the field", () => {
  it("reports a YAML syntax error with its line and the offending text", async () => {
    const problems = await problemsAfter((dir) => replaceIn(dir, FIRST, "number: 1", "number: [1"));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "E_YAML",
        file: expect.stringContaining("01-first-measure.md"),
        line: 2,
      }),
    ]);
    expect(problems[0]?.message).toContain("วงเล็บหรือเครื่องหมายคำพูดเปิดไว้แต่ไม่ได้ปิด");
    expect(problems[0]?.message).toContain("บรรทัดนั้นคือ: number: [1");
  });

  it("explains a tab used for indentation in Thai", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "  start: 2567-10", "\tstart: 2567-10"),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_YAML", line: 5 })]);
    expect(problems[0]?.message).toContain("Tab");
  });

  it("reports a missing field in Thai", async () => {
    const problems = await problemsAfter((dir) => replaceIn(dir, FIRST, /^title: .*\n/m, ""));
    expect(problems).toEqual([
      expect.objectContaining({
        code: "E_FIELD_MISSING",
        field: "title",
        message: expect.stringContaining("ชื่อเรื่อง"),
      }),
    ]);
  });

  it("reports an unknown field at its line and lists the valid names", async () => {
    const problems = await problemsAfter((dir) => replaceIn(dir, FIRST, "title:", "titel:"));
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "E_FIELD_UNKNOWN",
        field: "titel",
        line: 3,
        fix: expect.stringContaining("title"),
      }),
    );
  });

  it("reports a mistyped field", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "number: 1", "number: หนึ่ง"),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: "E_FIELD_TYPE",
        field: "number",
        line: 2,
        message: expect.stringContaining("ตัวเลข"),
      }),
    ]);
  });

  it("reports a Gregorian year typed for a Buddhist one", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "start: 2567-10", "start: 2024-10"),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "period.start",
        line: 5,
        message: expect.stringContaining("ค.ศ."),
      }),
    ]);
  });

  it("reports a period that ends before it starts, or lies outside the fiscal year", async () => {
    const backwards = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "end: 2568-09", "end: 2567-09"),
    );
    expect(backwards).toContainEqual(
      expect.objectContaining({ field: "period.end", message: "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น" }),
    );
    const outside = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "end: 2568-09", "end: 2568-10"),
    );
    expect(outside).toEqual([
      expect.objectContaining({
        field: "period.end",
        message: expect.stringContaining("นอกปีงบประมาณ"),
      }),
    ]);
  });

  it("reports a missing body section and an unknown heading at their lines", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "## ผลการดำเนินการ (output)", "## ผลงาน"),
    );
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      "E_SECTION_MISSING",
      "E_SECTION_UNKNOWN",
    ]);
    expect(problems.find((problem) => problem.code === "E_SECTION_UNKNOWN")?.line).toBe(17);
  });

  it("reports text written before the first heading", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "## ขั้นตอนหรือวิธีการปฏิบัติ", "ข้อความลอย\n\n## ขั้นตอนหรือวิธีการปฏิบัติ"),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_SECTION_ORPHAN", line: 12 })]);
  });

  it("reports duplicate measure numbers", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, join("2568", "measures", "02-second-measure.md"), "number: 2", "number: 1"),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: "E_MEASURE_NUMBER_DUPLICATE", field: "number" }),
    ]);
  });

  it("reports a Thai file name, which would become an unreadable web address", async () => {
    const problems = await problemsAfter((dir) =>
      rename(join(dir, FIRST), join(dir, "2568", "measures", "มาตรการ 1.md")),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: "E_FILE_NAME",
        file: expect.stringContaining("มาตรการ 1.md"),
      }),
    ]);
  });

  it("reports an empty file, a file that is not UTF-8, and a missing front matter", async () => {
    const empty = await problemsAfter((dir) => writeFile(join(dir, FIRST), ""));
    expect(empty).toEqual([expect.objectContaining({ code: "E_FILE_EMPTY" })]);
    const latin = await problemsAfter((dir) =>
      writeFile(join(dir, FIRST), Buffer.from([0x2d, 0xe0, 0xb8, 0xff, 0x0a])),
    );
    expect(latin).toEqual([expect.objectContaining({ code: "E_ENCODING" })]);
    const bare = await problemsAfter((dir) =>
      writeFile(join(dir, FIRST), "## ขั้นตอนหรือวิธีการปฏิบัติ\n"),
    );
    expect(bare).toEqual([expect.objectContaining({ code: "E_FRONT_MATTER_MISSING", line: 1 })]);
  });

  it("reports a missing agency file, report file and logo", async () => {
    const agency = await problemsAfter((dir) => rm(join(dir, "agency.yaml")));
    expect(agency).toContainEqual(
      expect.objectContaining({
        code: "E_FILE_MISSING",
        file: expect.stringContaining("agency.yaml"),
      }),
    );
    const report = await problemsAfter((dir) => rm(join(dir, "2567", "report.md")));
    expect(report).toEqual([
      expect.objectContaining({
        code: "E_FILE_MISSING",
        file: expect.stringContaining("report.md"),
      }),
    ]);
    const logo = await problemsAfter((dir) => rm(join(dir, "logo.svg")));
    expect(logo).toEqual([
      expect.objectContaining({ code: "E_LOGO_MISSING", field: "logo", line: 6 }),
    ]);
  });

  it("reports a year folder that is not a Buddhist-era year", async () => {
    const problems = await problemsAfter((dir) => rename(join(dir, "2567"), join(dir, "2024")));
    expect(problems).toEqual([expect.objectContaining({ code: "E_YEAR_FOLDER" })]);
  });

  it("reports a # that would silently cut a title short", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", "title: โครงการที่ #1 ทดสอบ"),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_YAML_HASH", line: 3 })]);
  });

  it("accepts a YAML comment after a value", async () => {
    const dir = await copyContent();
    await replaceIn(dir, FIRST, "number: 1", "number: 1 # ลำดับตามต้นฉบับ");
    expect((await loadSite(dir)).reports[0]?.measures[0]?.number).toBe(1);
  });

  it("reports a front matter that is opened but never closed", async () => {
    const problems = await problemsAfter((dir) => replaceIn(dir, FIRST, /^---\n\n/m, "\n"));
    expect(problems).toEqual([
      expect.objectContaining({ code: "E_FRONT_MATTER_UNCLOSED", line: 1 }),
    ]);
  });

  it("reports pictures, which would load from outside the site, at their line", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "1. ขั้นตอนแรก", "![ภาพ](https://example.com/a.png)\n\n1. ขั้นตอนแรก"),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_IMAGE", line: 14 })]);
  });

  it("reports files that would be ignored: a .md.txt, a measure outside measures/", async () => {
    const problems = await problemsAfter(async (dir) => {
      await writeFile(join(dir, "2568", "measures", "03-notepad.md.txt"), "x");
      await writeFile(join(dir, "2568", "03-stray.md"), "x");
    });
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      "E_FILE_IGNORED",
      "E_FILE_MISPLACED",
    ]);
  });

  it("reports a duplicate number at its line, and a website that is not a web address", async () => {
    const duplicate = await problemsAfter((dir) =>
      replaceIn(dir, join("2568", "measures", "02-second-measure.md"), "number: 2", "number: 1"),
    );
    expect(duplicate[0]?.line).toBe(2);
    const website = await problemsAfter((dir) =>
      replaceIn(dir, "agency.yaml", "website: https://example.go.th/", "website: example.go.th"),
    );
    expect(website).toEqual([
      expect.objectContaining({
        field: "website",
        line: 5,
        message: expect.stringContaining("https://"),
      }),
    ]);
  });

  it("collects the problems of every file in one run", async () => {
    const problems = await problemsAfter(async (dir) => {
      await replaceIn(dir, FIRST, "title:", "titel:");
      await replaceIn(
        dir,
        join("2567", "measures", "01-old-measure.md"),
        "number: 1",
        "number: -1",
      );
    });
    expect(new Set(problems.map((problem) => problem.file)).size).toBe(2);
  });
});

describe("entries that cannot be read are reported, and the rest is still checked", () => {
  it("reports a folder named like agency.yaml or report.md", async () => {
    const problems = await problemsAfter(async (dir) => {
      await rm(join(dir, "agency.yaml"));
      await mkdir(join(dir, "agency.yaml"));
      await rm(join(dir, "2567", "report.md"));
      await mkdir(join(dir, "2567", "report.md"));
      await replaceIn(dir, FIRST, "title:", "titel:");
    });
    const unreadable = problems.filter((problem) => problem.code === "E_FILE_UNREADABLE");
    expect(unreadable.map((problem) => problem.file)).toEqual([
      expect.stringMatching(/2567\/report\.md$/),
      expect.stringMatching(/agency\.yaml$/),
    ]);
    expect(unreadable[0]?.message).toContain("เป็นโฟลเดอร์ ไม่ใช่ไฟล์");
    expect(problems).toContainEqual(expect.objectContaining({ code: "E_FIELD_UNKNOWN" }));
  });

  it("reports a broken link and a link loop, without a number gap that is not there", async () => {
    const problems = await problemsAfter(async (dir) => {
      const measures = join(dir, "2568", "measures");
      await rm(join(measures, "02-second-measure.md"));
      await symlink("no-such-file.md", join(measures, "02-second-measure.md"));
      await symlink("04-loop.md", join(measures, "04-loop.md"));
      await symlink("no-such-folder", join(dir, "2569"));
    });
    expect(problems.map((problem) => [problem.code, problem.file.split("/").at(-1)])).toEqual([
      ["E_FILE_UNREADABLE", "02-second-measure.md"],
      ["E_FILE_UNREADABLE", "04-loop.md"],
      ["E_FILE_UNREADABLE", "2569"],
    ]);
    expect(problems[0]?.message).toContain("ไม่มีอยู่แล้ว");
    expect(problems[1]?.message).toContain("วนกลับ");
  });

  // Root reads every file whatever its permissions (CI runs as root), so the error a read
  // without permission raises is handed to the function that explains it.
  it("explains a file it has no permission to read", () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    expect(unreadableProblem(join("content", FIRST), denied)).toEqual(
      expect.objectContaining({
        code: "E_FILE_UNREADABLE",
        file: expect.stringContaining("01-first-measure.md"),
        message: expect.stringContaining("สิทธิ์"),
      }),
    );
  });
});

describe("header mistakes explained in Thai", () => {
  it("reports YAML anchors that multiply into a huge value, instead of stopping", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...["b", "c", "d"].map((name, index) => {
        const alias = `*${"abc"[index]}`;
        return `${name}: &${name} [${Array(9).fill(alias).join(", ")}]`;
      }),
    ].join("\n");
    const problems = await problemsAfter(async (dir) => {
      await writeFile(
        join(dir, "agency.yaml"),
        `${await readFile(join(dir, "agency.yaml"), "utf8")}${bomb}\n`,
      );
      await replaceIn(dir, FIRST, "number: 1\n", `number: 1\n${bomb}\n`);
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: "E_YAML", file: expect.stringContaining("01-first") }),
      expect.objectContaining({ code: "E_YAML", file: expect.stringContaining("agency.yaml") }),
    ]);
    expect(problems[0]?.message).toContain("ใช้ & และ * (anchor/alias) ซ้อนกันมากเกินไป");
  });

  it("explains that a value with ': ' in it must be quoted", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", "title: กิจกรรม: ทดสอบ"),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_YAML", line: 3 })]);
    expect(problems[0]?.message).not.toContain("ขาดเครื่องหมาย :");
    expect(problems[0]?.fix).toContain('title: "กิจกรรม: ทดสอบ"');
  });

  it.each([
    ['"', 'title: "โครงการทดสอบที่หนึ่ง'],
    ["'", "title: 'โครงการทดสอบที่หนึ่ง"],
  ])("points at the line where an unclosed %s quote was opened", async (_quote, line) => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", line),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "E_YAML", line: 3, column: 8 })]);
    expect(problems[0]?.message).toContain(`บรรทัดนั้นคือ: ${line}\n`);
  });

  it("quotes a very long line only in part", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", `title: [${"ก".repeat(10_000)}`),
    );
    const quoted = /บรรทัดนั้นคือ: (.*)/.exec(problems[0]?.message ?? "")?.[1] ?? "";
    expect(quoted.startsWith("title: [กกก")).toBe(true);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(125);
  });

  it("says in Thai what accept: must look like", async () => {
    const list = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "responsibleUnits:", "accept:\n  - W_NUMBER_GAP\nresponsibleUnits:"),
    );
    expect(list).toEqual([
      expect.objectContaining({
        code: "E_FIELD_TYPE",
        field: "accept",
        message: "ต้องเป็นกลุ่มช่องย่อย (ขึ้นบรรทัดใหม่แล้วย่อหน้า รหัส: เหตุผล) แต่พบ รายการ",
      }),
    ]);
  });

  it("tells a reason that is not text from a missing one", async () => {
    const problems = await problemsAfter((dir) =>
      replaceIn(
        dir,
        FIRST,
        "responsibleUnits:",
        "accept:\n  W_NUMBER_GAP: 5\n  W_CELL_LONG: true\n  W_LATIN_GLUED:\nresponsibleUnits:",
      ),
    );
    expect(problems.map((problem) => [problem.code, problem.field, problem.message])).toEqual([
      ["E_FIELD_TYPE", "accept.W_NUMBER_GAP", "ต้องเป็นข้อความ แต่พบ ตัวเลข 5"],
      ["E_FIELD_TYPE", "accept.W_CELL_LONG", "ต้องเป็นข้อความ แต่พบ คำว่า true"],
      ["E_FIELD_EMPTY", "accept.W_LATIN_GLUED", expect.stringContaining("ยังว่างอยู่")],
    ]);
  });

  it("refuses อำเภอ or จังหวัด before the name, which the report adds itself", async () => {
    const problems = await problemsAfter(async (dir) => {
      await replaceIn(dir, "agency.yaml", "district: เมืองขอนแก่น", "district: อ.เมืองขอนแก่น");
      await replaceIn(dir, "agency.yaml", "province: ขอนแก่น", "province: จังหวัด ขอนแก่น");
    });
    expect(problems.map(({ code, field, message, fix }) => [code, field, message, fix])).toEqual([
      [
        "E_FIELD_INVALID",
        "district",
        'ไม่ต้องพิมพ์ "อ." นำหน้า เพราะรายงานเติมคำว่า "อำเภอ" ให้เอง',
        "พิมพ์เฉพาะชื่ออำเภอ เช่น district: เมืองขอนแก่น",
      ],
      [
        "E_FIELD_INVALID",
        "province",
        'ไม่ต้องพิมพ์ "จังหวัด" นำหน้า เพราะรายงานเติมคำว่า "จังหวัด" ให้เอง',
        "พิมพ์เฉพาะชื่อจังหวัด เช่น province: ขอนแก่น",
      ],
    ]);
  });

  it("reports a mistyped field once, as a typo, not also as missing", async () => {
    const top = await problemsAfter((dir) => replaceIn(dir, FIRST, "number: 1", "numbr: 1"));
    expect(top).toEqual([
      expect.objectContaining({ code: "E_FIELD_UNKNOWN", field: "numbr", line: 2 }),
    ]);
    const nested = await problemsAfter((dir) => replaceIn(dir, FIRST, "start:", "strat:"));
    expect(nested).toEqual([
      expect.objectContaining({ code: "E_FIELD_UNKNOWN", field: "period.strat", line: 5 }),
    ]);
  });
});

describe("body headings", () => {
  it("explains a heading without a space after ##, at its line", async () => {
    const last = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "## ผลลัพธ์หรือผลสัมฤทธิ์ (outcome/result)", "##ผลลัพธ์หรือผลสัมฤทธิ์"),
    );
    expect(last).toEqual([
      expect.objectContaining({
        code: "E_SECTION_UNKNOWN",
        line: 22,
        fix: 'ต้องเว้นวรรคหลัง ## เป็น "## ผลลัพธ์หรือผลสัมฤทธิ์"',
      }),
    ]);
    // On the first line it is a heading gone wrong, not text before the first heading.
    const first = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "## ขั้นตอนหรือวิธีการปฏิบัติ", "##ขั้นตอนหรือวิธีการปฏิบัติ"),
    );
    expect(first).toEqual([expect.objectContaining({ code: "E_SECTION_UNKNOWN", line: 12 })]);
  });

  it("leaves a hashtag alone", async () => {
    const dir = await copyContent();
    await replaceIn(dir, FIRST, "  - รายการย่อย", "  - รายการย่อย\n\n#เทศบาลโปร่งใส");
    expect((await loadSite(dir)).reports[0]?.measures[0]?.output).toContain("#เทศบาลโปร่งใส");
  });

  it.each([
    ["ผลการดำเนินงาน", "ผลการดำเนินการ (output)", 17, "## ผลการดำเนินการ"],
    ["ขั้นตอนการปฏิบัติ", "ขั้นตอนหรือวิธีการปฏิบัติ", 12, "## ขั้นตอนหรือวิธีการปฏิบัติ"],
  ])(
    "suggests the section meant by ## %s, and does not also call it missing",
    async (typed, heading, line, meant) => {
      const problems = await problemsAfter((dir) =>
        replaceIn(dir, FIRST, `## ${heading}`, `## ${typed}`),
      );
      expect(problems).toEqual([
        expect.objectContaining({
          code: "E_SECTION_UNKNOWN",
          line,
          fix: expect.stringContaining(`แก้เป็น "${meant}"`),
        }),
      ]);
    },
  );

  it.each(["ผลงาน", "ผลการดำเนินการและผลลัพธ์"])("guesses no section for ## %s", async (typed) => {
    const problems = await problemsAfter((dir) =>
      replaceIn(dir, FIRST, "## ผลการดำเนินการ (output)", `## ${typed}`),
    );
    const unknown = problems.find((problem) => problem.code === "E_SECTION_UNKNOWN");
    expect(unknown?.fix).toMatch(/^ใช้หัวข้อได้เพียงสามหัวข้อนี้/);
    expect(problems).toContainEqual(expect.objectContaining({ code: "E_SECTION_MISSING" }));
  });
});
