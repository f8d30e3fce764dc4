import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, dirname, join } from "node:path";
import { listFiles, probeEntry, withinContent } from "../content/entries.ts";
import { readText } from "../content/read-text.ts";
import { isInside } from "../paths.ts";
import { contentPath, LISTABLE, MAX_BODY_BYTES, Refused, WRITABLE } from "./content-paths.ts";

/**
 * The editor's local backend for `npm run dev`: Decap CMS's proxy protocol
 * (https://decapcms.org/docs/working-with-a-local-git-repository/, decap-server's `localFs`)
 * answered by the preview itself on 127.0.0.1, instead of decap-server, which listens on every
 * address. Paths are relative to the content folder, and only the content's own kinds of file
 * may be read or written: agency.yaml, ita-scores.yaml, a year's report.md, its measures and its
 * evidence under the file-name rule. Links out of the folder and special files are refused
 * (scripts/content/entries.ts), text is read with the loader's limits, and writes are atomic.
 */

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * A path inside the content that must be a regular file or nothing, never a link out, in a
 * folder that really is inside the content folder (a year folder may not link elsewhere).
 * `create` makes a missing `evidence` or `measures` folder of an existing year.
 */
async function safeTarget(contentDir: string, path: string, create = false): Promise<string> {
  const full = join(contentDir, path);
  const folder = dirname(full);
  if (create && dirname(path) !== ".") {
    if ((await probeEntry(dirname(folder))).kind !== "folder") {
      throw new Refused(`ยังไม่มีโฟลเดอร์ปี ${path.split("/")[0]} สร้างปีใหม่ก่อน (npm run new-year)`);
    }
    await mkdir(folder, { recursive: true });
  }
  const [root, real] = await Promise.all([realpath(contentDir), realpath(folder).catch(() => "")]);
  if (real && !isInside(real, root)) {
    throw new Refused(`"${path}" อยู่ในโฟลเดอร์ที่เป็นลิงก์ออกไปนอกโฟลเดอร์เนื้อหา จึงไม่เปิดหรือบันทึก`);
  }
  const { kind } = await probeEntry(full);
  if (typeof kind === "object") throw new Refused(kind.message);
  if (kind === "folder") throw new Refused(`"${path}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์`);
  return full;
}

/** Writes through a temporary file beside the target, so a reader never sees half a file. */
async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(path, "..", `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A text file as Decap reads an entry; `data: null` when it is not there (yet). */
async function entry(contentDir: string, path: string) {
  const full = await safeTarget(contentDir, path);
  if ((await probeEntry(full)).kind === "missing") return { data: null, file: { path, id: null } };
  const text = await readText(full);
  if (typeof text !== "string") throw new Refused(text.message);
  return { data: text, file: { path, id: sha256(text) } };
}

async function mediaFile(contentDir: string, path: string) {
  const bytes = await readFile(await safeTarget(contentDir, path));
  return {
    id: sha256(bytes),
    content: bytes.toString("base64"),
    encoding: "base64",
    path,
    name: basename(path),
  };
}

async function listed(contentDir: string, folder: unknown, extension: string): Promise<string[]> {
  const path = contentPath(folder, LISTABLE);
  const { files } = await listFiles(join(contentDir, path));
  return files
    .filter((name) => name.endsWith(extension))
    .map((name) => `${path}/${name}`)
    .filter((file) => WRITABLE.some((pattern) => pattern.test(file)))
    .sort();
}

type Params = Record<string, unknown>;
interface Asset {
  path: string;
  content: string;
  encoding: string;
}

/** The answer to one action of the proxy protocol. */
async function act(contentDir: string, action: string, params: Params): Promise<unknown> {
  switch (action) {
    case "info":
      return { repo: basename(contentDir), publish_modes: ["simple"], type: "local_fs" };
    case "entriesByFolder": {
      const files = await listed(contentDir, params.folder, `.${String(params.extension ?? "md")}`);
      return Promise.all(files.map((file) => entry(contentDir, file)));
    }
    case "entriesByFiles":
      return Promise.all(
        ((params.files as { path: string }[]) ?? []).map((file) =>
          entry(contentDir, contentPath(file.path)),
        ),
      );
    case "getEntry":
      return entry(contentDir, contentPath(params.path));
    case "persistEntry": {
      const dataFiles =
        (params.dataFiles as { path: string; raw: string; newPath?: string }[]) ?? [];
      const assets = (params.assets as Asset[]) ?? [];
      // Every path is checked before anything is written, and the photos are written before
      // the measure that names them.
      const writes = [
        ...assets.map((asset) => ({
          path: contentPath(asset.path),
          bytes: Buffer.from(asset.content, "base64"),
        })),
        ...dataFiles.map((file) => ({
          path: contentPath(file.newPath ?? file.path),
          bytes: file.raw,
        })),
      ];
      for (const write of writes) {
        await writeAtomic(await safeTarget(contentDir, write.path, true), write.bytes);
      }
      return { message: "entry persisted" };
    }
    case "getMedia":
      return Promise.all(
        (await listed(contentDir, params.mediaFolder, "")).map((file) =>
          mediaFile(contentDir, file),
        ),
      );
    case "getMediaFile":
      return mediaFile(contentDir, contentPath(params.path));
    case "persistMedia": {
      const asset = params.asset as Asset;
      const path = contentPath(asset?.path);
      await writeAtomic(
        await safeTarget(contentDir, path, true),
        Buffer.from(asset.content, "base64"),
      );
      return mediaFile(contentDir, path);
    }
    case "deleteFile":
    case "deleteFiles": {
      const paths = action === "deleteFile" ? [params.path] : ((params.paths as unknown[]) ?? []);
      const targets = await Promise.all(
        paths.map((path) => safeTarget(contentDir, contentPath(path))),
      );
      await Promise.all(targets.map((target) => rm(target, { force: true })));
      return { message: "deleted" };
    }
    case "getDeployPreview":
      return null;
    default:
      throw new Refused(`ตัวแก้ไขบนเครื่องนี้ไม่รองรับคำสั่ง ${action}`);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Refused("ไฟล์ใหญ่เกินไป (ไม่เกิน ๒๐ MB) ย่อภาพก่อนอัปโหลด", 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Answers POST /api/v1 for the content folder `contentDir`. Only JSON from the preview's own
 * pages: a JSON POST from another site needs a CORS preflight, which is never answered.
 */
export function localBackend(contentDir: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
      });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method !== "POST") throw new Refused("ใช้ได้เฉพาะคำขอแบบ POST", 405);
      if (!String(request.headers["content-type"]).startsWith("application/json")) {
        throw new Refused("ใช้ได้เฉพาะคำขอแบบ JSON จากตัวแก้ไข", 415);
      }
      const origin = request.headers.origin;
      if (origin && new URL(origin).host !== request.headers.host)
        throw new Refused("ใช้ได้เฉพาะจากหน้าตัวแก้ไขของเครื่องนี้", 403);
      const body = JSON.parse(await readBody(request)) as { action?: string; params?: Params };
      const answer = await withinContent(contentDir, () =>
        act(contentDir, String(body.action), body.params ?? {}),
      );
      reply(200, answer);
    } catch (error) {
      const refused = error instanceof Refused;
      if (!refused)
        console.error(
          `✗ ตัวแก้ไขบันทึกไม่สำเร็จ: ${error instanceof Error ? error.message : String(error)}`,
        );
      reply(refused ? error.status : 500, {
        error: refused ? error.message : "บันทึกหรืออ่านไฟล์ไม่สำเร็จ ดูข้อความในหน้าต่างคำสั่งที่สั่ง npm run dev",
      });
    }
  };
}
