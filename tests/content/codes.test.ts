import { execFileSync } from "node:child_process";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROBLEM_CODES, type ProblemCode, severityOf } from "../../scripts/content/codes.ts";
import { checkSite } from "../../scripts/content/load.ts";
import { copyContent } from "../helpers/content.ts";
import { blankPng } from "../helpers/images.ts";

const AGENCY = "agency.yaml";
const FIRST = "2568/measures/01-first-measure.md";
const SECOND = "2568/measures/02-second-measure.md";

/** Changes a file of the copied fixture; fails loudly if the text to replace is not there. */
async function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = await readFile(path, "utf8");
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  await writeFile(path, text.replace(from, to));
}

async function write(dir: string, file: string, content: string | Uint8Array) {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), content);
}

/** A 1×1 white JPEG. */
const TINY_JPEG =
  "/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z";

/** The second measure lists a photo, 02-photo.jpg, at line 9; the file itself is up to the case. */
const listPhoto = (dir: string) =>
  edit(
    dir,
    SECOND,
    "responsibleUnits: กองช่าง",
    "responsibleUnits: กองช่าง\nevidence:\n  - file: 02-photo.jpg\n    caption: ภาพกิจกรรม",
  );

interface Case {
  /** Breaks a copy of tests/fixtures/basic in exactly one way. */
  breakIt(dir: string): Promise<void>;
  /** Where the problem must be reported: the end of the file path, and the line. */
  file: string;
  line?: number;
}

/**
 * One case per code. The type makes the compiler refuse a code without a case, so every error
 * and warning the guide lists is proven to be reported at the right file and line.
 */
const CASES: Record<ProblemCode, Case> = {
  E_FILE_MISSING: { breakIt: (dir) => rm(join(dir, AGENCY)), file: AGENCY },
  E_FILE_EMPTY: { breakIt: (dir) => write(dir, SECOND, "\n"), file: SECOND },
  E_ENCODING: {
    // "ทดสอบ" as Windows-874 (TIS-620) bytes, as an old Thai editor saves it.
    breakIt: (dir) =>
      write(dir, SECOND, new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xb7, 0xb4, 0xca, 0xcd, 0xba])),
    file: SECOND,
  },
  E_FILE_UNREADABLE: {
    // A folder where the file should be, as an unzip tool or a mistaken "new folder" leaves it.
    breakIt: async (dir) => {
      await rm(join(dir, "2568/report.md"));
      await mkdir(join(dir, "2568/report.md"));
    },
    file: "2568/report.md",
  },
  E_FILE_OUTSIDE: {
    // A measure that is a link to a file kept elsewhere on the machine.
    breakIt: async (dir) => {
      const outside = join(dirname(dir), "elsewhere.md");
      await writeFile(outside, await readFile(join(dir, SECOND)));
      await rm(join(dir, SECOND));
      await symlink(outside, join(dir, SECOND));
    },
    file: SECOND,
  },
  E_FILE_SPECIAL: {
    // A named pipe where a measure should be: reading it would wait forever.
    breakIt: async (dir) => {
      await rm(join(dir, SECOND));
      execFileSync("mkfifo", [join(dir, SECOND)]);
    },
    file: SECOND,
  },
  E_FILE_TOO_BIG: {
    breakIt: async (dir) =>
      write(dir, SECOND, `${await readFile(join(dir, SECOND), "utf8")}${"ก".repeat(400_000)}\n`),
    file: SECOND,
  },
  E_FILE_NAME: {
    breakIt: async (dir) =>
      write(dir, "2568/measures/03 มาตรการ.md", await readFile(join(dir, SECOND))),
    file: "2568/measures/03 มาตรการ.md",
  },
  E_FILE_IGNORED: {
    breakIt: (dir) => write(dir, "2568/measures/03-extra.docx", "x"),
    file: "03-extra.docx",
  },
  E_FILE_MISPLACED: {
    breakIt: async (dir) => write(dir, "2568/03-extra.md", await readFile(join(dir, SECOND))),
    file: "2568/03-extra.md",
  },
  E_YEAR_FOLDER: { breakIt: (dir) => mkdir(join(dir, "2025")), file: "2025" },
  E_YEAR_MISSING: {
    breakIt: async (dir) => {
      await rm(join(dir, "2568"), { recursive: true });
      await rm(join(dir, "2567"), { recursive: true });
    },
    file: "content",
  },
  E_MEASURES_MISSING: {
    breakIt: (dir) => rm(join(dir, "2567/measures"), { recursive: true }),
    file: "2567/measures",
  },
  E_LOGO_MISSING: { breakIt: (dir) => rm(join(dir, "logo.svg")), file: AGENCY, line: 6 },
  E_FRONT_MATTER_MISSING: {
    breakIt: (dir) => edit(dir, SECOND, "---\n", ""),
    file: SECOND,
    line: 1,
  },
  E_FRONT_MATTER_UNCLOSED: {
    breakIt: (dir) => edit(dir, SECOND, "กองช่าง\n---\n", "กองช่าง\n"),
    file: SECOND,
    line: 1,
  },
  E_YAML: {
    breakIt: (dir) => edit(dir, FIRST, "title: โครงการ", "title: [โครงการ"),
    file: FIRST,
    line: 3,
  },
  E_YAML_HASH: {
    breakIt: (dir) => edit(dir, FIRST, "ทดสอบที่หนึ่ง", "ทดสอบ #1"),
    file: FIRST,
    line: 3,
  },
  E_FIELD_MISSING: {
    breakIt: (dir) => edit(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง\n", ""),
    file: FIRST,
    line: 2,
  },
  E_FIELD_UNKNOWN: { breakIt: (dir) => edit(dir, FIRST, "title:", "titel:"), file: FIRST, line: 3 },
  E_FIELD_TYPE: {
    breakIt: (dir) => edit(dir, FIRST, "number: 1", "number: หนึ่ง"),
    file: FIRST,
    line: 2,
  },
  E_FIELD_EMPTY: {
    breakIt: (dir) => edit(dir, FIRST, "title: โครงการทดสอบที่หนึ่ง", 'title: ""'),
    file: FIRST,
    line: 3,
  },
  E_FIELD_TOO_BIG: {
    breakIt: (dir) => edit(dir, FIRST, "number: 1", "number: 1000"),
    file: FIRST,
    line: 2,
  },
  E_FIELD_INVALID: {
    breakIt: (dir) => edit(dir, FIRST, "start: 2567-10", "start: 2566-10"),
    file: FIRST,
    line: 5,
  },
  E_MEASURE_NUMBER_DUPLICATE: {
    breakIt: (dir) => edit(dir, SECOND, "number: 2", "number: 1"),
    file: SECOND,
    line: 2,
  },
  E_TITLE_NUMBER: {
    // "๒. ๒. กิจกรรม…" in print: the number pasted from an older report's table.
    breakIt: (dir) => edit(dir, SECOND, 'title: กิจกรรม "ทดสอบ"', 'title: ๒. กิจกรรม "ทดสอบ"'),
    file: SECOND,
    line: 3,
  },
  E_SIGNER_POSITION: {
    // An อบต. that kept the เทศบาล example's signer.
    breakIt: (dir) => edit(dir, AGENCY, "name: เทศบาลตำบลทดสอบ", "name: องค์การบริหารส่วนตำบลทดสอบ"),
    file: "2567/report.md",
    line: 5,
  },
  E_SECTION_MISSING: {
    breakIt: (dir) => edit(dir, SECOND, "## ผลลัพธ์หรือผลสัมฤทธิ์\n\nผลลัพธ์ท้ายสุดของกิจกรรมที่สอง", ""),
    file: SECOND,
    line: 9,
  },
  E_SECTION_UNKNOWN: {
    breakIt: (dir) => edit(dir, SECOND, "## ผลการดำเนินการ", "## ผลงาน"),
    file: SECOND,
    line: 14,
  },
  E_SECTION_DUPLICATE: {
    breakIt: (dir) => edit(dir, SECOND, "ที่สอง\n", "ที่สอง\n\n## ผลการดำเนินการ\n\nซ้ำ\n"),
    file: SECOND,
    line: 22,
  },
  E_SECTION_EMPTY: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง\n", ""),
    file: SECOND,
    line: 10,
  },
  E_SECTION_ORPHAN: {
    breakIt: (dir) => edit(dir, SECOND, "---\n\n## ขั้นตอน", "---\n\nข้อความลอย\n\n## ขั้นตอน"),
    file: SECOND,
    line: 10,
  },
  E_IMAGE: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "![ภาพ](photo.jpg)"),
    file: SECOND,
    line: 12,
  },
  E_LINK_UNSAFE: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "[ดูประกาศ](javascript:alert(1))"),
    file: SECOND,
    line: 12,
  },
  E_AGENCY_NAME_MISSPELLED: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมชี้แจงที่เทศบาลตำบลทดสบ"),
    file: SECOND,
    line: 12,
  },
  E_AGENCY_OTHER: {
    breakIt: (dir) => edit(dir, SECOND, "ผู้เข้าร่วม", "บุคลากรภายใน อบต. หนองบัวดง เข้าร่วม"),
    file: SECOND,
    line: 16,
  },
  E_LIST_ITEM_EMPTY: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "1. ประชุมชี้แจง\n2. ๒."),
    file: SECOND,
    line: 13,
  },
  E_WEEKDAY_MISMATCH: {
    // A real agency page: 9 December 2567 was a Monday.
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมชี้แจงเมื่อวันพฤหัสบดีที่ 9 ธันวาคม 2567"),
    file: SECOND,
    line: 12,
  },
  E_HTML_TAG: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "<p>ประชุมชี้แจง</p>"),
    file: SECOND,
    line: 12,
  },
  E_SPACED_LETTERS: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุม", "ป ร ะ ชุม"),
    file: SECOND,
    line: 12,
  },
  E_DOTTED_PLACEHOLDER: {
    breakIt: (dir) => edit(dir, SECOND, "๓๐ คน", "ร้อยละ...๑๐๐..."),
    file: SECOND,
    line: 16,
  },
  E_DECOMPOSED_VOWEL: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมประจ\u0E4D\u0E32ปี"),
    file: SECOND,
    line: 12,
  },
  W_AGENCY_PARTNER: {
    breakIt: (dir) => edit(dir, SECOND, "ผู้เข้าร่วม", "ประชุมร่วมกับเทศบาลตำบลบ้านเหลื่อม ผู้เข้าร่วม"),
    file: SECOND,
    line: 16,
  },
  W_DATE_OUTSIDE_YEAR: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมชี้แจงเมื่อ ๙ ธันวาคม ๒๕๖๘"),
    file: SECOND,
    line: 12,
  },
  W_AGENCY_UNSURE: {
    // In an อบต.'s report, a word after "อบต." that no list knows may be a leftover name.
    breakIt: async (dir) => {
      await edit(dir, AGENCY, "name: เทศบาลตำบลทดสอบ", "name: องค์การบริหารส่วนตำบลทดสอบ");
      for (const report of ["2567/report.md", "2568/report.md"]) {
        await edit(dir, report, "นายกเทศมนตรีตำบล", "นายกองค์การบริหารส่วนตำบล");
      }
      await edit(dir, SECOND, "ผู้เข้าร่วม", "บุคลากรภายใน อบต. หนองบัวดง ผู้เข้าร่วม");
    },
    file: SECOND,
    line: 16,
  },
  W_NUMBER_GAP: {
    breakIt: (dir) => edit(dir, SECOND, "number: 2", "number: 3"),
    file: SECOND,
    line: 2,
  },
  W_ARABIC_DIGITS: {
    breakIt: (dir) => edit(dir, SECOND, "๓๐ คน", "30 คน"),
    file: SECOND,
    line: 16,
  },
  W_URL_NOT_HTTPS: {
    breakIt: (dir) => edit(dir, AGENCY, "https://example.go.th/", "http://example.go.th/"),
    file: AGENCY,
    line: 5,
  },
  W_LATIN_GLUED: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมชี้แจงITA"),
    file: SECOND,
    line: 12,
  },
  W_CELL_LONG: {
    breakIt: (dir) => edit(dir, SECOND, "ประชุมชี้แจง", "ประชุมชี้แจงรายละเอียด ".repeat(80)),
    file: SECOND,
    line: 10,
  },
  W_ACCEPT_UNUSED: {
    breakIt: (dir) =>
      edit(
        dir,
        SECOND,
        "responsibleUnits:",
        "accept:\n  W_NUMBER_GAP: ต้นฉบับข้ามลำดับ\nresponsibleUnits:",
      ),
    file: SECOND,
    line: 8,
  },
  E_EVIDENCE_MISSING: {
    breakIt: (dir) => listPhoto(dir),
    file: SECOND,
    line: 9,
  },
  E_EVIDENCE_FORMAT: {
    // A photo from an iPhone (HEIC) renamed to .jpg; here, any bytes that are no picture.
    breakIt: async (dir) => {
      await listPhoto(dir);
      await write(dir, "2568/evidence/02-photo.jpg", "ftypheic not a jpeg");
    },
    file: SECOND,
    line: 9,
  },
  E_EVIDENCE_PIXELS: {
    // A huge scan or panorama: small on disk, too many pixels to resize.
    breakIt: async (dir) => {
      await listPhoto(dir);
      await write(dir, "2568/evidence/02-photo.jpg", blankPng(20000, 20000));
    },
    file: SECOND,
    line: 9,
  },
  W_EVIDENCE_LARGE: {
    // A photo straight from a phone's camera at full size.
    breakIt: async (dir) => {
      await listPhoto(dir);
      // A real (tiny) JPEG, padded to 9 MB after its end, as a camera's full-size file weighs.
      const jpeg = Buffer.from(TINY_JPEG, "base64");
      await write(
        dir,
        "2568/evidence/02-photo.jpg",
        Buffer.concat([jpeg, Buffer.alloc(9 * 1024 * 1024)]),
      );
    },
    file: SECOND,
    line: 9,
  },
  W_TO_FILL: {
    // What new-year leaves in a draft year until the clerk writes the results.
    breakIt: async (dir) => {
      await edit(dir, SECOND, "ผู้เข้าร่วม ๓๐ คน", "[รอกรอก] ผู้เข้าร่วมกี่คน");
      await edit(dir, "2568/report.md", "reportDate: 2568-10-15", "status: draft");
    },
    file: SECOND,
    line: 16,
  },
  E_FINAL_INCOMPLETE: {
    breakIt: async (dir) => {
      await edit(dir, SECOND, "ผู้เข้าร่วม ๓๐ คน", "[รอกรอก] ผู้เข้าร่วมกี่คน");
      await edit(dir, "2568/report.md", "reportDate: 2568-10-15", "status: final");
    },
    file: "2568/report.md",
    line: 7,
  },
};

describe("every problem code", () => {
  it.each(Object.entries(CASES) as [ProblemCode, Case][])(
    "%s is reported in Thai at the right file and line, with a fix",
    async (code, { breakIt, file, line }) => {
      const dir = await copyContent();
      await breakIt(dir);
      const { problems, site } = await checkSite(dir);
      const found = problems.find((problem) => problem.code === code);
      expect(found, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(found?.file.endsWith(file), found?.file).toBe(true);
      if (line !== undefined) expect(found?.line).toBe(line);
      expect(found?.message).toMatch(/[ก-ฮ]/);
      expect(found?.fix).toMatch(/[ก-ฮ]/);
      // An error keeps the content from being published; a warning alone does not.
      expect(site === undefined).toBe(severityOf(code) === "error");
    },
  );

  it("is explained in the clerk guide", async () => {
    const guide = await readFile(join(import.meta.dirname, "../../docs/clerk-guide.md"), "utf8");
    for (const code of Object.keys(PROBLEM_CODES)) expect(guide, code).toContain(code);
  });
});
