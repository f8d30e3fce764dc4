import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { promisify } from "node:util";
import { ClerkError } from "../clerk-error.ts";
import { normaliseText } from "../content/read-text.ts";
import type { SourceDocument } from "./document.ts";
import { readDocx } from "./docx-reader.ts";
import { readPdfText } from "./text-reader.ts";

/**
 * Opens the file a clerk names: a Word report (.docx) through mammoth, a PDF through poppler's
 * pdftotext, or text already taken out of a PDF (.txt). Anything else is refused with the way
 * to make it one of these.
 */

/** A report is a few hundred kilobytes with its pictures; this is surely some other file. */
const MAX_BYTES = 50 * 1024 * 1024;

async function pdfText(path: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)("pdftotext", ["-enc", "UTF-8", path, "-"], {
      maxBuffer: MAX_BYTES,
    });
    return stdout;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") {
      throw new ClerkError(
        "ไม่พบโปรแกรม pdftotext ที่ใช้อ่าน PDF\n  วิธีแก้: ติดตั้งด้วย sudo apt-get install poppler-utils (หรือ npm run setup) แล้วสั่งอีกครั้ง หรือนำเข้าจากไฟล์ Word (.docx) แทน",
      );
    }
    throw new ClerkError(
      `เปิด PDF ${basename(path)} ไม่ได้ (ไฟล์เสีย มีรหัสผ่าน หรือไม่ใช่ PDF)\n  วิธีแก้: เปิดไฟล์ด้วยโปรแกรมอ่าน PDF ให้ได้ก่อน หรือนำเข้าจากไฟล์ Word (.docx) ต้นฉบับแทน`,
    );
  }
}

/** Reads `path` into paragraphs and table rows. */
export async function readSource(path: string): Promise<SourceDocument> {
  const name = basename(path);
  const found = await stat(path).catch(() => undefined);
  if (!found?.isFile()) {
    throw new ClerkError(
      `ไม่พบไฟล์ ${path}\n  วิธีแก้: ตรวจชื่อไฟล์และโฟลเดอร์ ถ้าชื่อมีเว้นวรรคให้ครอบด้วยเครื่องหมายคำพูด เช่น npm run import -- "รายงาน ITA 2567.docx" --year 2567`,
    );
  }
  if (found.size > MAX_BYTES) {
    throw new ClerkError(`ไฟล์ ${name} ใหญ่เกิน ๕๐ MB จึงไม่น่าใช่รายงาน\n  วิธีแก้: ตรวจว่าเลือกไฟล์ถูก`);
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".docx") {
    const buffer = await readFile(path);
    return readDocx(buffer).catch(() => {
      throw new ClerkError(
        `เปิด ${name} เป็นไฟล์ Word ไม่ได้ (ไฟล์เสีย หรือเปลี่ยนนามสกุลมาจากไฟล์ชนิดอื่น)\n  วิธีแก้: เปิดไฟล์ใน Word หรือ LibreOffice แล้วบันทึกใหม่เป็น .docx`,
      );
    });
  }
  if (extension === ".pdf") {
    const document = readPdfText(normaliseText(await pdfText(path)));
    if (document.rows.length > 0) return document;
    // pdftotext gives a table's cells one after another, column by column, or (-layout) side by
    // side with Thai marks set apart. Cutting -layout text into columns was tried and measured on
    // a LibreOffice PDF: one measure of seven lost, 22 of 42 cells exact. Not shipped.
    throw new ClerkError(
      `อ่านตารางจาก PDF ${name} ไม่ได้ เพราะข้อความที่ได้จาก PDF ไม่บอกว่าคำใดอยู่ช่องใดของตาราง\n  วิธีแก้: นำเข้าจากไฟล์ Word (.docx) ต้นฉบับแทน หรือบันทึกข้อความของ PDF เป็น .txt ที่แต่ละแถวของตารางอยู่บรรทัดเดียวและช่องคั่นด้วยแท็บ (ดูคู่มือเจ้าหน้าที่ หัวข้อนำเข้ารายงานเดิม)`,
    );
  }
  if (extension === ".txt") return readPdfText(normaliseText(await readFile(path, "utf8")));
  throw new ClerkError(
    `นำเข้าไฟล์ ${name} ไม่ได้: รับเฉพาะ .docx (Word) .pdf และ .txt (ข้อความจาก PDF)\n  วิธีแก้: ${
      extension === ".doc" || extension === ".rtf" || extension === ".odt"
        ? "เปิดไฟล์ใน Word หรือ LibreOffice แล้วเลือก บันทึกเป็น > เอกสาร Word (.docx)"
        : "ใช้ไฟล์รายงานฉบับ Word (.docx) ถ้ามี หรือ PDF ที่ส่งออกจากไฟล์นั้น"
    }`,
  );
}
