import { open } from "node:fs/promises";
import { join } from "node:path";
import { formatThaiNumber } from "../thai/numbers.ts";
import { probeEntry } from "./entries.ts";
import type { ContentProblem } from "./errors.ts";
import type { EvidenceItem } from "./schema.ts";
import { displayPath, type SourceFile } from "./source-file.ts";

/** A piece of evidence with what the build needs: the file on disk, or the web address. */
export type Evidence =
  | { kind: "image" | "pdf"; caption: string; file: string; path: string; bytes: number }
  | { kind: "link"; caption: string; url: string };

/**
 * A photo's format and size, from its header only (image-size reads the first 512 KB at most):
 * a check stays fast, and a build whose photos are all in the cache never loads sharp.
 */
async function imageHeader(path: string) {
  const { imageSizeFromFile } = await import("image-size/fromFile");
  return imageSizeFromFile(path).catch(() => undefined);
}

/** The formats the site's resizing (sharp) takes, as image-size names them. */
const PHOTO_FORMATS = ["jpg", "png", "webp"];

/** Whether a file is a PDF: it starts with "%PDF-". */
async function isPdf(path: string): Promise<boolean> {
  const handle = await open(path);
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return buffer.toString("latin1") === "%PDF-";
  } finally {
    await handle.close();
  }
}

/** The most pixels sharp decodes by default (16383 × 16383); the site's resizing uses sharp. */
const MAX_PIXELS = 0x3fff * 0x3fff;

/** Above these sizes an original slows every build and bloats the repository. */
export const EVIDENCE_LIMITS = { image: 8 * 1024 * 1024, pdf: 20 * 1024 * 1024 };

/** Above these sizes a file is not read at all: no photo or scan of a report is this large. */
export const EVIDENCE_READ_LIMITS = { image: 50 * 1024 * 1024, pdf: 100 * 1024 * 1024 };

const megabytes = (bytes: number) => formatThaiNumber(Math.ceil(bytes / 1024 / 1024));

/** A problem with an evidence file, before it is placed at its measure's line and field. */
type Finding = Pick<ContentProblem, "code" | "message" | "fix">;

function tooBig(name: string, size: number, kind: "image" | "pdf"): Finding {
  return {
    code: "E_FILE_TOO_BIG",
    message: `ไฟล์ ${name} มีขนาด ${megabytes(size)} MB เกินขีดที่ระบบอ่าน (${megabytes(EVIDENCE_READ_LIMITS[kind])} MB)`,
    fix:
      kind === "image"
        ? "ย่อรูปให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซลแล้ววางใหม่"
        : "สแกนใหม่ที่ความละเอียด ๒๐๐ dpi หรือแยกเป็นหลายไฟล์",
  };
}

function tooManyPixels(
  name: string,
  { width, height }: { width: number; height: number },
): Finding {
  return {
    code: "E_EVIDENCE_PIXELS",
    message: `รูป ${name} มีขนาด ${width}×${height} พิกเซล ใหญ่เกินกว่าที่ระบบย่อได้ (ไม่เกินราว ๒๖๘ ล้านพิกเซล เช่น ๑๖๓๘๓×๑๖๓๘๓)`,
    fix: `ย่อรูปให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซล (ตอนนี้ ${formatThaiNumber(Math.max(width, height))}) ด้วยโปรแกรมดูรูป แล้ววางแทนไฟล์เดิม`,
  };
}

function unreadable(name: string, kind: "image" | "pdf"): Finding {
  return {
    code: "E_EVIDENCE_FORMAT",
    message:
      kind === "pdf"
        ? `ไฟล์ ${name} ไม่ใช่ไฟล์ PDF ที่เปิดได้`
        : `ไฟล์ ${name} ไม่ใช่รูป JPG PNG หรือ WebP ที่เปิดได้ (อาจเป็นรูป HEIC จาก iPhone ที่เปลี่ยนนามสกุล หรืออัปโหลดไม่ครบ)`,
    fix:
      kind === "pdf"
        ? "เปิดไฟล์ในเครื่องให้แน่ใจว่าเปิดได้ แล้วอัปโหลดใหม่ หรือบันทึกเป็น PDF ใหม่"
        : "เปิดรูปในเครื่องแล้วบันทึกใหม่เป็น JPG (Save as / Export) แล้วอัปโหลดแทนไฟล์เดิม",
  };
}

function large(name: string, size: number, kind: "image" | "pdf"): Finding {
  return {
    code: "W_EVIDENCE_LARGE",
    message: `ไฟล์ ${name} มีขนาด ${megabytes(size)} MB ใหญ่เกิน ${megabytes(EVIDENCE_LIMITS[kind])} MB`,
    fix:
      kind === "image"
        ? "ย่อรูปก่อนวาง เช่น ให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซล (โปรแกรมดูรูปทั่วไปย่อได้) ระบบย่อให้อีกครั้งตอนสร้างเว็บไซต์"
        : "สแกนใหม่ที่ความละเอียด ๒๐๐ dpi แบบขาวดำหรือสีเทา หรือบีบอัดไฟล์ PDF ก่อนวาง",
  };
}

/**
 * One evidence file looked at in order: there, a regular file inside content, small enough to
 * read, not too many pixels, what its name says. A file only too large for comfort is still used.
 */
async function examine(
  yearDir: string,
  name: string,
): Promise<{ findings: Finding[]; size?: number; kind: "image" | "pdf"; path: string }> {
  const path = join(yearDir, "evidence", name);
  const kind = name.endsWith(".pdf") ? "pdf" : "image";
  const entry = await probeEntry(path);
  if (typeof entry.kind === "object") {
    const { code, message, fix } = entry.kind;
    return { findings: [{ code, fix, message: `${displayPath(path)}: ${message}` }], kind, path };
  }
  const size = entry.kind === "file" ? entry.size : undefined;
  if (size === undefined) {
    const missing: Finding = {
      code: "E_EVIDENCE_MISSING",
      message: `ไม่พบไฟล์ ${displayPath(path)}`,
      fix: `วางไฟล์ไว้ในโฟลเดอร์ ${displayPath(join(yearDir, "evidence"))} และพิมพ์ชื่อให้ตรงทุกตัวอักษร (รวมนามสกุล .jpg หรือ .pdf)`,
    };
    return { findings: [missing], kind, path };
  }
  if (size > EVIDENCE_READ_LIMITS[kind])
    return { findings: [tooBig(name, size, kind)], kind, path };
  // A huge photo is named as huge, not as one that cannot be read.
  const header = kind === "image" ? await imageHeader(path) : undefined;
  const { width = 0, height = 0 } = header ?? {};
  if (width * height > MAX_PIXELS) {
    return { findings: [tooManyPixels(name, { width, height })], kind, path };
  }
  const readable =
    kind === "image" ? PHOTO_FORMATS.includes(header?.type ?? "") : await isPdf(path);
  if (!readable) return { findings: [unreadable(name, kind)], kind, path };
  const findings = size > EVIDENCE_LIMITS[kind] ? [large(name, size, kind)] : [];
  return { findings, size, kind, path };
}

/**
 * A measure's evidence, each file found in `<year>/evidence/`: a missing one is an error at its
 * line, an oversized one a warning.
 */
export async function loadEvidence(
  source: SourceFile,
  items: EvidenceItem[],
  yearDir: string,
): Promise<{ evidence: Evidence[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const evidence = await Promise.all(
    items.map(async (item, index): Promise<Evidence | undefined> => {
      if (item.url) return { kind: "link", caption: item.caption, url: item.url };
      const file = item.file ?? "";
      const { findings, size, kind, path } = await examine(yearDir, file);
      const where = {
        file: source.file,
        line: source.lineOf(["evidence", index, "file"]),
        field: `evidence.${index}.file`,
      };
      problems.push(...findings.map((finding) => ({ ...finding, ...where })));
      const usable = size !== undefined && findings.every(({ code }) => code.startsWith("W_"));
      return usable ? { kind, caption: item.caption, file, path, bytes: size } : undefined;
    }),
  );
  return { evidence: evidence.filter((item) => item !== undefined), problems };
}
