import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { ClerkError } from "../clerk-error.ts";

/** The preview answers only this machine unless `--host` says otherwise. */
export const LOCAL_HOST = "127.0.0.1";
/** Names of this machine: in a Host header (without its port), or given to `--host`. */
const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
/** Ports tried from the one asked for, while each is in use: 8080, 8081, … 8089. */
const PORTS_TRIED = 10;

/** Whether `--host` keeps the preview on this machine. */
export function isLocalHost(host: string): boolean {
  return LOCAL_NAMES.has(host);
}

/** A path the preview answers with its own handler, given as the server option `editorApi`. */
export interface EditorApi {
  path: string;
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
}

/** A request the preview answers itself, without reaching the dev server. */
export interface Refusal {
  status: 400 | 403 | 404;
  message: string;
}

/**
 * Why a request gets no page, or undefined when the dev server may answer it. Eleventy Dev
 * Server 2.1 throws on an undecodable path (URIError) and on one that climbs out of the site
 * ("Invalid path"), and the throw ends the whole preview, so both are answered here first.
 * `/..%2f..%2fetc/passwd` => 404; `/%E0%A4%A` => 400; Host `evil.example` when local => 403.
 */
export function refuseRequest(
  target: string | undefined,
  host: string | undefined,
  localOnly: boolean,
): Refusal | undefined {
  // Only a path (`GET /2568/ HTTP/1.1`): not `*`, nor a full address as a proxy is sent.
  if (!target?.startsWith("/")) return { status: 400, message: "ที่อยู่ที่ขอไม่ถูกต้อง" };
  // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends its own Host.
  if (localOnly && host !== undefined && !LOCAL_NAMES.has(hostName(host))) {
    return {
      status: 403,
      message: "หน้าตัวอย่างเปิดได้จากเครื่องนี้เท่านั้น ที่อยู่ที่ขึ้นต้นด้วย http://localhost: ตามที่ npm run dev บอก",
    };
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(target, "http://localhost/").pathname);
  } catch {
    return { status: 400, message: "ที่อยู่ที่ขอมีรหัสตัวอักษร (%) ที่ไม่ถูกต้อง" };
  }
  if (path.includes("\0")) return { status: 400, message: "ที่อยู่ที่ขอไม่ถูกต้อง" };
  if (path.split(/[\\/]/).includes("..")) {
    return { status: 404, message: "ไม่พบหน้านี้ หน้าตัวอย่างแสดงเฉพาะหน้าของรายงาน" };
  }
  return undefined;
}

/** `localhost:8080` => `localhost`; `[::1]:8080` => `[::1]`. */
function hostName(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return "";
  }
}

/** Whether a browser's Origin is the page's own host: `http://localhost:8080` for `localhost:8080`. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function answer(response: ServerResponse, refusal: Refusal): void {
  response.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(`${refusal.message}\n`);
}

/**
 * Eleventy Dev Server, bound to one address (the dev server listens on every address and takes
 * no host option), answering bad addresses instead of dying on them, and telling in Thai when
 * it cannot listen. Eleventy makes it through `getServerModule` (see scripts/cli/dev-command.ts).
 */
export class PreviewServer extends EleventyDevServer {
  static getServer(name: string, dir: string, options: Record<string, unknown>): PreviewServer {
    return new PreviewServer(name, dir, options);
  }

  #firstPort: number | undefined;
  /** Once listening, a later error (of the live-reload socket) is printed, not thrown. */
  #listening = false;
  #settle!: { resolve: (address: AddressInfo) => void; reject: (error: Error) => void };
  /** Where it really listens: the port may be a later one when the first was in use. */
  readonly address = new Promise<AddressInfo>((resolve, reject) => {
    this.#settle = { resolve, reject };
  });

  constructor(name: string, dir: string, options: Record<string, unknown>) {
    // The retries are counted here, so that the dev server never throws its own English error.
    super(name, dir, { ...options, portReassignmentRetryCount: PORTS_TRIED + 1 });
  }

  get host(): string {
    return String(this.options.host ?? LOCAL_HOST);
  }

  override _serverListen(port: number): void {
    if (this.#firstPort === undefined) {
      this.#firstPort = port;
      this.server.once("listening", () => {
        this.#listening = true;
        this.#settle.resolve(this.server.address() as AddressInfo);
      });
    }
    const last = this.#firstPort + PORTS_TRIED - 1;
    if (port > last || port > 65535) {
      this.#settle.reject(
        new ClerkError(
          `พอร์ต ${this.#firstPort} ถึง ${Math.min(last, 65535)} มีโปรแกรมอื่นใช้อยู่ทั้งหมด\n` +
            "  ปิดหน้าตัวอย่างที่เปิดค้างไว้ หรือเลือกพอร์ตอื่น เช่น npm run dev -- --port 8180",
        ),
      );
      return;
    }
    this.server.listen({ port, host: this.host });
  }

  override _serverErrorHandler(error: NodeJS.ErrnoException): void {
    const reasons: Record<string, string> = {
      EACCES: "ไม่มีสิทธิ์ใช้พอร์ตนี้ (พอร์ตต่ำกว่า 1024 ใช้ได้เฉพาะผู้ดูแลระบบ) เลือกพอร์ตอื่น เช่น --port 8080",
      EADDRNOTAVAIL: `เครื่องนี้ไม่มีที่อยู่ ${this.host} ตรวจค่าของ --host (เช่น 0.0.0.0 สำหรับทุกเครือข่าย)`,
      ENOTFOUND: `ไม่รู้จักชื่อเครื่อง ${this.host} ตรวจค่าของ --host`,
    };
    const reason = reasons[error.code ?? ""] ?? error.message;
    if (this.#listening) console.error(`✗ หน้าตัวอย่างมีปัญหา: ${reason}`);
    else this.#settle.reject(new ClerkError(`เปิดหน้าตัวอย่างไม่สำเร็จ: ${reason}`));
  }

  /**
   * The live-reload socket sends the HTML of every page saved, and browsers let any web page
   * open a WebSocket to this machine: only the preview's own pages may listen.
   */
  override setupReloadNotifier(): void {
    super.setupReloadNotifier();
    const localOnly = isLocalHost(this.host);
    if (this.updateServer) {
      this.updateServer.options.verifyClient = ({ origin, req }) =>
        sameOrigin(origin, req.headers.host) &&
        refuseRequest(req.url, req.headers.host, localOnly) === undefined;
    }
  }

  override async onRequestHandler(request: IncomingMessage, response: ServerResponse) {
    const localOnly = isLocalHost(this.host);
    const refusal = refuseRequest(request.url, request.headers.host, localOnly);
    if (refusal) return answer(response, refusal);
    // The browser editor's local backend (scripts/editor/local-backend.ts) reads a POST body,
    // which the dev server's onRequest callbacks are not given.
    const api = this.options.editorApi as EditorApi | undefined;
    if (api && request.url?.split("?")[0] === api.path) return api.handler(request, response);
    // The editor is not a page of the site: reloaded on every save (which changes the content
    // and rebuilds the preview), it would lose the clerk's place and parse 6 MB of script again.
    // The dev server adds its live-reload script only to navigations.
    if (request.url?.startsWith("/admin/")) request.headers["sec-fetch-mode"] = "no-reload";
    try {
      await super.onRequestHandler(request, response);
    } catch {
      // Whatever else the dev server throws on ends this one answer, not the preview.
      if (!response.headersSent) answer(response, { status: 400, message: "ที่อยู่ที่ขอไม่ถูกต้อง" });
      else response.destroy();
    }
  }
}
