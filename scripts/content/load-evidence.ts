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
 * Whether a file is what its name says: a PDF starts with "%PDF-"; a photo is one sharp can read
 * (the header only, so a check stays fast). sharp is loaded only for content with photos.
 */
async function readable(path: string, kind: "image" | "pdf"): Promise<boolean> {
  if (kind === "pdf") {
    const handle = await open(path);
    try {
      const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
      return buffer.toString("latin1") === "%PDF-";
    } finally {
      await handle.close();
    }
  }
  const { default: sharp } = await import("sharp");
  return sharp(path)
    .metadata()
    .then(
      (metadata) => ["jpeg", "png", "webp"].includes(metadata.format ?? ""),
      () => false,
    );
}

/** The most pixels sharp decodes by default (16383 × 16383); the site's resizing uses sharp. */
const MAX_PIXELS = 0x3fff * 0x3fff;

/**
 * A photo's size from its header, read without sharp's pixel limit, so that a huge photo is
 * named as huge instead of as a file that cannot be opened.
 */
async function imagePixels(path: string): Promise<{ width: number; height: number } | undefined> {
  const { default: sharp } = await import("sharp");
  const metadata = await sharp(path, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  const { width, height } = metadata ?? {};
  return width && height ? { width, height } : undefined;
}

/** Above these sizes an original slows every build and bloats the repository. */
export const EVIDENCE_LIMITS = { image: 8 * 1024 * 1024, pdf: 20 * 1024 * 1024 };

/** Above these sizes a file is not read at all: no photo or scan of a report is this large. */
export const EVIDENCE_READ_LIMITS = { image: 50 * 1024 * 1024, pdf: 100 * 1024 * 1024 };

const megabytes = (bytes: number) => formatThaiNumber(Math.ceil(bytes / 1024 / 1024));

function tooBig(
  file: string,
  line: number | undefined,
  field: string,
  name: string,
  size: number,
  kind: "image" | "pdf",
): ContentProblem {
  return {
    code: "E_FILE_TOO_BIG",
    file,
    line,
    field,
    message: `ไฟล์ ${name} มีขนาด ${megabytes(size)} MB เกินขีดที่ระบบอ่าน (${megabytes(EVIDENCE_READ_LIMITS[kind])} MB)`,
    fix:
      kind === "image"
        ? "ย่อรูปให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซลแล้ววางใหม่"
        : "สแกนใหม่ที่ความละเอียด ๒๐๐ dpi หรือแยกเป็นหลายไฟล์",
  };
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
      const path = join(yearDir, "evidence", file);
      const line = source.lineOf(["evidence", index, "file"]);
      const entry = await probeEntry(path);
      if (typeof entry.kind === "object") {
        const { message } = entry.kind;
        problems.push({
          ...entry.kind,
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `${displayPath(path)}: ${message}`,
        });
        return undefined;
      }
      const size = entry.kind === "file" ? entry.size : undefined;
      if (size === undefined) {
        problems.push({
          code: "E_EVIDENCE_MISSING",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `ไม่พบไฟล์ ${displayPath(path)}`,
          fix: `วางไฟล์ไว้ในโฟลเดอร์ ${displayPath(join(yearDir, "evidence"))} และพิมพ์ชื่อให้ตรงทุกตัวอักษร (รวมนามสกุล .jpg หรือ .pdf)`,
        });
        return undefined;
      }
      const kind = file.endsWith(".pdf") ? "pdf" : "image";
      if (size > EVIDENCE_READ_LIMITS[kind]) {
        problems.push(tooBig(source.file, line, `evidence.${index}.file`, file, size, kind));
        return undefined;
      }
      const pixels = kind === "image" ? await imagePixels(path) : undefined;
      if (pixels && pixels.width * pixels.height > MAX_PIXELS) {
        const longest = Math.max(pixels.width, pixels.height);
        problems.push({
          code: "E_EVIDENCE_PIXELS",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `รูป ${file} มีขนาด ${pixels.width}×${pixels.height} พิกเซล ใหญ่เกินกว่าที่ระบบย่อได้ (ไม่เกินราว ๒๖๘ ล้านพิกเซล เช่น ๑๖๓๘๓×๑๖๓๘๓)`,
          fix: `ย่อรูปให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซล (ตอนนี้ ${formatThaiNumber(longest)}) ด้วยโปรแกรมดูรูป แล้ววางแทนไฟล์เดิม`,
        });
        return undefined;
      }
      if (!(await readable(path, kind))) {
        problems.push({
          code: "E_EVIDENCE_FORMAT",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message:
            kind === "pdf"
              ? `ไฟล์ ${file} ไม่ใช่ไฟล์ PDF ที่เปิดได้`
              : `ไฟล์ ${file} ไม่ใช่รูป JPG PNG หรือ WebP ที่เปิดได้ (อาจเป็นรูป HEIC จาก iPhone ที่เปลี่ยนนามสกุล หรืออัปโหลดไม่ครบ)`,
          fix:
            kind === "pdf"
              ? "เปิดไฟล์ในเครื่องให้แน่ใจว่าเปิดได้ แล้วอัปโหลดใหม่ หรือบันทึกเป็น PDF ใหม่"
              : "เปิดรูปในเครื่องแล้วบันทึกใหม่เป็น JPG (Save as / Export) แล้วอัปโหลดแทนไฟล์เดิม",
        });
        return undefined;
      }
      if (size > EVIDENCE_LIMITS[kind]) {
        problems.push({
          code: "W_EVIDENCE_LARGE",
          file: source.file,
          line,
          field: `evidence.${index}.file`,
          message: `ไฟล์ ${file} มีขนาด ${megabytes(size)} MB ใหญ่เกิน ${megabytes(EVIDENCE_LIMITS[kind])} MB`,
          fix:
            kind === "image"
              ? "ย่อรูปก่อนวาง เช่น ให้ด้านยาวไม่เกิน ๓๐๐๐ พิกเซล (โปรแกรมดูรูปทั่วไปย่อได้) ระบบย่อให้อีกครั้งตอนสร้างเว็บไซต์"
              : "สแกนใหม่ที่ความละเอียด ๒๐๐ dpi แบบขาวดำหรือสีเทา หรือบีบอัดไฟล์ PDF ก่อนวาง",
        });
      }
      return { kind, caption: item.caption, file, path, bytes: size };
    }),
  );
  return { evidence: evidence.filter((item) => item !== undefined), problems };
}
