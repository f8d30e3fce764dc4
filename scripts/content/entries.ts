import { AsyncLocalStorage } from "node:async_hooks";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { isInside } from "../paths.ts";
import type { ContentProblem } from "./errors.ts";
import { displayPath, unreadableProblem } from "./source-file.ts";

/**
 * What the content folders hold. A folder where a file should be, a broken link or an entry
 * without read permission is reported as a problem with its path, never thrown, so the check
 * still reads everything else. Content is read only from regular files and folders inside the
 * content folder: a link may point within it, never out of it (to /etc/passwd, to .git/config,
 * to another agency's files), and devices, pipes and sockets are refused before anything reads
 * them (a measure linked to /dev/zero would never end).
 */

/** The real path of the content folder being checked, for every probe made while checking it. */
const contentRoot = new AsyncLocalStorage<string>();

/** Runs `check` with `contentDir` as the folder that every entry must stay inside. */
export async function withinContent<T>(contentDir: string, check: () => Promise<T>): Promise<T> {
  const root = await realpath(contentDir).catch(() => contentDir);
  return contentRoot.run(root, check);
}

/** An entry that is a link out of the content folder, or neither a file nor a folder. */
function notContent(path: string, kind: "outside" | "special", target = ""): ContentProblem {
  return kind === "outside"
    ? {
        code: "E_FILE_OUTSIDE",
        file: displayPath(path),
        message: `รายการนี้เป็นลิงก์ (ทางลัด) ที่ชี้ออกไปนอกโฟลเดอร์เนื้อหา (${target}) ระบบอ่านเฉพาะไฟล์ที่อยู่ในโฟลเดอร์เนื้อหาเท่านั้น`,
        fix: "ลบลิงก์นี้ แล้วคัดลอกไฟล์จริงมาวางไว้ในโฟลเดอร์เนื้อหาแทน",
      }
    : {
        code: "E_FILE_SPECIAL",
        file: displayPath(path),
        message: "รายการนี้ไม่ใช่ไฟล์ธรรมดาหรือโฟลเดอร์ (เป็นอุปกรณ์ ท่อ หรือซ็อกเก็ตของระบบ) จึงไม่อ่าน",
        fix: "ลบรายการนี้ออกจากโฟลเดอร์เนื้อหา แล้ววางไฟล์ข้อความหรือรูปภาพจริงไว้แทน",
      };
}

/**
 * What is at a path: a file (with its size), a folder, nothing at all, or an entry that cannot
 * or may not be opened.
 */
export async function probe(path: string): Promise<"file" | "folder" | "missing" | ContentProblem> {
  return (await probeEntry(path)).kind;
}

/** As probe, with the size of a file, known before anything reads it. */
export async function probeEntry(
  path: string,
): Promise<{ kind: "file" | "folder" | "missing" | ContentProblem; size: number }> {
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => error);
  if (link instanceof Error) {
    return { kind: link.code === "ENOENT" ? "missing" : unreadableProblem(path, link), size: 0 };
  }
  const root = contentRoot.getStore();
  if (link.isSymbolicLink() && root) {
    const target = await realpath(path).catch(() => undefined);
    if (target && !isInside(target, root)) {
      return { kind: notContent(path, "outside", target), size: 0 };
    }
  }
  try {
    const found = link.isSymbolicLink() ? await stat(path) : link;
    if (found.isDirectory()) return { kind: "folder", size: 0 };
    if (found.isFile()) return { kind: "file", size: found.size };
    return { kind: notContent(path, "special"), size: 0 };
  } catch (error) {
    // A link to nothing, or one that loops.
    return { kind: unreadableProblem(path, error), size: 0 };
  }
}

export interface Listing {
  files: string[];
  folders: string[];
  /** Entries that cannot be opened, by name, each with its problem. */
  unreadable: Map<string, ContentProblem>;
}

/** Entries of a folder, links inside the content followed, hidden ones (.gitkeep, .DS_Store) left out. */
export async function listFiles(dir: string): Promise<Listing> {
  const listing: Listing = { files: [], folders: [], unreadable: new Map() };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith("."));
  } catch (error) {
    listing.unreadable.set("", unreadableProblem(dir, error));
    return listing;
  }
  const kinds = await Promise.all(names.map((name) => probe(join(dir, name))));
  names.forEach((name, index) => {
    const kind = kinds[index];
    if (kind === "folder") listing.folders.push(name);
    else if (kind === "file") listing.files.push(name);
    // Gone between readdir and stat: nothing to report.
    else if (kind !== "missing" && kind !== undefined) listing.unreadable.set(name, kind);
  });
  return listing;
}
