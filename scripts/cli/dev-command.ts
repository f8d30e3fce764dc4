import { rmSync, watch } from "node:fs";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { ClerkError } from "../clerk-error.ts";
import { checkSite, type Site } from "../content/load.ts";
import { previewData } from "../data/write.ts";
import { editorConfig, LOCAL_API } from "../editor/config.ts";
import { localBackend } from "../editor/local-backend.ts";
import { writeEditor, writeEditorConfig } from "../editor/site-files.ts";
import { previewPdf } from "../pdf/preview-pdf.ts";
import { LAYOUTS_DIR, reportSite } from "../site/eleventy-plugin.ts";
import { isLocalHost, LOCAL_HOST, PreviewServer } from "../site/preview-server.ts";
import { SEARCH_INDEX_PATH, searchIndexScript } from "../site/search-index.ts";
import { toArabicDigits } from "../thai/numbers.ts";
import { consoleOutput, type Output, printProblems } from "./problem-output.ts";
import { reportFailure } from "./report-failure.ts";

export interface DevOptions {
  contentDir: string;
  port: number;
  /** 127.0.0.1 unless `--host` opts in to a network. */
  host: string;
  debug: boolean;
}

/** The typed options, or a Thai ClerkError: `--port abc` names the option and an example. */
export function devOptions(args: string[]): DevOptions {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string", default: "content" },
      port: { type: "string", default: "8080" },
      host: { type: "string", default: LOCAL_HOST },
      debug: { type: "boolean", default: false },
    },
  });
  const digits = toArabicDigits(values.port.trim());
  const port = Number(digits);
  if (!/^\d{1,5}$/.test(digits) || port < 1 || port > 65535) {
    throw new ClerkError(
      `--port "${values.port}" ไม่ใช่เลขพอร์ต\n  วิธีแก้: ใช้ตัวเลข 1 ถึง 65535 เช่น npm run dev -- --port 8081`,
    );
  }
  const host = values.host.trim();
  if (!host) {
    throw new ClerkError(
      "--host ต้องมีที่อยู่ตามหลัง\n  วิธีแก้: ไม่ต้องใส่ --host (เปิดดูได้เฉพาะเครื่องนี้) หรือ --host 0.0.0.0 (ทุกเครื่องในเครือข่าย)",
    );
  }
  return { contentDir: values.content, port, host, debug: values.debug };
}

/**
 * `npm run dev`: a preview on this machine that rebuilds the website whenever content or
 * layouts change; opening a PDF link prints it fresh (scripts/site/preview-pdf.ts). Resolves
 * with an exit code when the preview could not start, and never once it runs: Ctrl+C ends it.
 */
export async function runDev(args: string[], output: Output = consoleOutput): Promise<number> {
  let debug = args.includes("--debug");
  try {
    const options = devOptions(args);
    debug = options.debug;
    await startPreview(options, output);
    return await new Promise<number>(() => undefined);
  } catch (error) {
    reportFailure(error, { debug, failed: "เปิดหน้าตัวอย่างไม่สำเร็จ" }, output);
    return 1;
  }
}

/**
 * Each preview has its own folder, so two at once never write over each other's pages. The
 * browser's profile goes there too (TMPDIR): Puppeteer's own Ctrl+C handler ends the process
 * before it removes the profile, and the exit hook removes the whole folder.
 */
async function previewFolder(): Promise<string> {
  const runDir = await mkdtemp(join(tmpdir(), "ita-preview-"));
  process.on("exit", () => rmSync(runDir, { recursive: true, force: true, maxRetries: 3 }));
  const tempDir = join(runDir, "tmp");
  await mkdir(tempDir);
  for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = tempDir;
  return join(runDir, "site");
}

/**
 * The content as the preview shows it. Problems are shown in Thai, and the preview keeps the
 * last content that was valid, so a half-typed edit never breaks it.
 */
function contentLoader(contentDir: string, output: Output) {
  let lastGood: Site | undefined;
  const load = async (): Promise<Site> => {
    const check = await checkSite(contentDir);
    // Only what needs fixing: the accepted warnings would repeat on every save.
    printProblems({ problems: check.problems, accepted: [] }, output);
    if (check.site) {
      lastGood = check.site;
    } else if (lastGood) {
      output.err("หน้าตัวอย่างยังแสดงเนื้อหาล่าสุดที่ถูกต้อง แก้ตามข้อความด้านบนแล้วบันทึกไฟล์อีกครั้ง\n");
    } else {
      throw new ClerkError("หน้าตัวอย่างเปิดไม่ได้จนกว่าจะแก้ข้อผิดพลาดด้านบน แก้แล้วสั่ง npm run dev อีกครั้ง");
    }
    return lastGood;
  };
  return { load, lastGood: () => lastGood };
}

async function startPreview(options: DevOptions, output: Output): Promise<void> {
  const siteDir = await previewFolder();
  // Handled from the start: a signal's default ends the process without the exit hook.
  let pdf: ReturnType<typeof previewPdf> | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      (pdf?.close() ?? Promise.resolve()).finally(() => process.exit(0));
    });
  }
  const content = contentLoader(options.contentDir, output);
  const years = () => content.lastGood()?.reports.map((report) => report.fiscalYear) ?? [];
  await content.load();
  // The browser editor at /admin/, saving into the content folder through our local backend.
  const local = { kind: "local" } as const;
  const localOnly = isLocalHost(options.host);
  if (localOnly) await writeEditor(siteDir, editorConfig(years(), local), local);
  const load = async () => {
    const site = await content.load();
    if (localOnly) await writeEditorConfig(siteDir, editorConfig(years(), local));
    return site;
  };
  pdf = previewPdf({ siteDir, site: content.lastGood });
  const searchIndexes = new WeakMap<Site, string>();
  const serverOptions = {
    port: options.port,
    host: options.host,
    // 0.0.0.0 and :: listen on every network of this machine; another host on that one alone.
    showAllHosts: everyNetwork(options.host),
    // The address is printed below, in Thai, with the port really used.
    messageOnStart: () => false,
    onRequest: {
      "/:year(\\d{4})/:file.pdf": pdf.handler,
      "/:year(\\d{4})/:file.:extension(csv|json)": previewData(content.lastGood),
      // The search index, which the build writes as a file, made from the last good content:
      // once per content, not on every visit of the search page.
      [SEARCH_INDEX_PATH]: () => {
        const site = content.lastGood();
        if (site && !searchIndexes.has(site)) searchIndexes.set(site, searchIndexScript(site));
        return {
          headers: { "content-type": "text/javascript; charset=utf-8" },
          body: (site && searchIndexes.get(site)) ?? "",
        };
      },
    },
    // Saving files is for this machine only: never offered to a network (`--host`).
    ...(localOnly
      ? { editorApi: { path: LOCAL_API, handler: localBackend(options.contentDir) } }
      : {}),
  };
  const eleventy = new Eleventy(LAYOUTS_DIR, siteDir, {
    runMode: "serve",
    quietMode: true,
    configPath: false,
    config: (config) => {
      reportSite(config, { load, contentDir: options.contentDir, outDir: siteDir });
      config.setServerOptions(serverOptions);
    },
  });
  announce(options, await serve(eleventy, options), output);
}

const everyNetwork = (host: string) => host === "0.0.0.0" || host === "::";

/**
 * Starts Eleventy's watch and its server, made a PreviewServer; resolves with the port really
 * used and the server's addresses (for a preview on every network).
 */
async function serve(
  eleventy: Eleventy,
  options: DevOptions,
): Promise<{ port: number; hosts: string[] }> {
  await eleventy.init();
  let server: PreviewServer | undefined;
  eleventy.eleventyServe.getServerModule = async () => ({
    getServer: (...args: ConstructorParameters<typeof PreviewServer>) => {
      server = PreviewServer.getServer(...args);
      return server;
    },
  });
  const rebuild = await eleventy.watch();
  watchOutsideProject(options.contentDir, rebuild);
  await eleventy.serve(options.port);
  if (!server) throw new Error("Eleventy did not make the preview server");
  const { port } = await server.address;
  return { port, hosts: everyNetwork(options.host) ? server.getHosts() : [] };
}

/** Where the preview is, in Thai, and the risk when it is open to a network. */
function announce(
  options: DevOptions,
  { port, hosts }: { port: number; hosts: string[] },
  output: Output,
): void {
  if (isLocalHost(options.host)) {
    output.out(`ดูตัวอย่างได้ที่ http://localhost:${port}/ (เปิดได้เฉพาะเครื่องนี้ กด Ctrl+C เพื่อหยุด)`);
    output.out(
      `แก้ไขเนื้อหาผ่านแบบฟอร์มได้ที่ http://localhost:${port}/admin/ (บันทึกลงโฟลเดอร์ ${options.contentDir})`,
    );
    return;
  }
  const addresses = everyNetwork(options.host)
    ? hosts
    : [`http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}/`];
  output.out(`ดูตัวอย่างได้ที่ ${addresses.join(" หรือ ")} (กด Ctrl+C เพื่อหยุด)`);
  output.err(
    `⚠ --host ${options.host}: เครื่องอื่นในเครือข่ายเปิดหน้าตัวอย่างนี้ได้ เห็นเนื้อหาที่ยังไม่เผยแพร่ (รวมฉบับร่าง)` +
      " และสั่งพิมพ์ PDF ได้ ใช้เฉพาะในเครือข่ายที่ไว้ใจได้ และกด Ctrl+C เมื่อไม่ใช้แล้ว" +
      " (ตัวแก้ไขแบบฟอร์ม /admin/ ปิดไว้ เพราะบันทึกไฟล์ได้ เปิดได้เฉพาะเมื่อไม่ใส่ --host)",
  );
}

/**
 * Eleventy's own watcher misses a content folder outside the project (`--content ../other`);
 * Node's recursive watch covers it. A burst of saves becomes one rebuild (Eleventy throttles).
 */
function watchOutsideProject(contentDir: string, rebuild: (path: string) => Promise<void>) {
  const absolute = resolve(contentDir);
  const fromProject = relative(process.cwd(), absolute);
  if (!fromProject.startsWith("..") && !isAbsolute(fromProject)) return;
  watch(absolute, { recursive: true }, (_event, name) => {
    // Eleventy reports a failed rebuild itself; the preview keeps the last good pages.
    if (name) rebuild(join(absolute, name)).catch(() => undefined);
  });
}
