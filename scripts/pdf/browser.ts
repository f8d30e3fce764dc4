import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import type { Browser } from "puppeteer-core";
import { ClerkError } from "../clerk-error.ts";
import { createProfile, removeProfile, removeProfileOnExit } from "./browser-profile.ts";

/** Where the browser that prints the PDF was found. */
export interface BrowserLocation {
  path: string;
  source: "PUPPETEER_EXECUTABLE_PATH" | "puppeteer-cache" | "system";
  /**
   * Chrome's headless shell: the same renderer and PDF printer as Chrome without the desktop
   * browser around it. It starts in about 0.07 s where Chromium takes 0.3–0.4 s and half the
   * processor time (measured by `npm run bench`), so it is preferred wherever it is installed.
   */
  shell: boolean;
}

/** Whether a browser file is Chrome's headless shell (Debian: chromium-headless-shell). */
export const isHeadlessShell = (path: string): boolean =>
  /headless[-_]shell(\.exe)?$/i.test(basename(path));

/** Raised when no browser can print the PDF; its message says, in Thai and English, what to do. */
export class BrowserNotFoundError extends ClerkError {
  constructor(detail?: string) {
    super(
      [
        "ไม่พบเบราว์เซอร์ Chromium หรือ Google Chrome สำหรับสร้างไฟล์ PDF",
        "No Chromium or Chrome browser was found to print the PDF.",
        ...(detail ? [detail] : []),
        "",
        "วิธีแก้ / How to fix:",
        "  npm run setup                          ติดตั้งให้อัตโนมัติ / installs one for you",
        "  Debian:         sudo apt-get install -y chromium-headless-shell",
        "  Ubuntu, macOS, Windows:  npx puppeteer browsers install chrome-headless-shell",
        "  หรือระบุเบราว์เซอร์ที่มีอยู่แล้ว / or point to one you have:",
        "  PUPPETEER_EXECUTABLE_PATH=/path/to/chrome npm run build",
      ].join("\n"),
    );
    this.name = "BrowserNotFoundError";
  }
}

/** Usual install places of Chromium and Chrome, per platform, most specific first. */
export function systemBrowserPaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ];
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      join(root, "Google", "Chrome", "Application", "chrome.exe"),
      join(root, "Chromium", "Application", "chrome.exe"),
      // Edge is Chromium too, and every Windows machine has it.
      join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
    ]);
  }
  return [
    // Debian's chromium-headless-shell package: the quickest to start, so tried first.
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium-headless-shell",
    // Debian's /usr/bin/chromium is a shell wrapper around this binary; calling it directly
    // skips the wrapper's start-up and its stray warnings.
    "/usr/lib/chromium/chromium",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/snap/bin/chromium",
  ];
}

/**
 * Puppeteer's own browsers, which its install downloads into its cache (`npx puppeteer browsers
 * install chrome-headless-shell` or `chrome`).
 */
function puppeteerCacheBrowser(headless: "shell" | true): string | undefined {
  try {
    // Loaded only here, where a browser installed by the system was not found: puppeteer takes
    // a tenth of a second to load (it looks for its configuration files); printing needs only
    // puppeteer-core.
    const puppeteer = createRequire(import.meta.url)("puppeteer") as typeof import("puppeteer");
    const path = puppeteer.default.executablePath({ headless });
    return existsSync(path) ? path : undefined;
  } catch {
    // Puppeteer is not configured for this browser.
    return undefined;
  }
}

const located = (path: string, source: BrowserLocation["source"]): BrowserLocation => ({
  path,
  source,
  shell: isHeadlessShell(path),
});

/**
 * Finds a browser: PUPPETEER_EXECUTABLE_PATH first; then a headless shell, installed on the
 * system or else from Puppeteer's cache; then a full Chrome or Chromium, likewise. Throws
 * BrowserNotFoundError when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLocation {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return located(fromEnv, "PUPPETEER_EXECUTABLE_PATH");
    throw new BrowserNotFoundError(
      `PUPPETEER_EXECUTABLE_PATH ชี้ไปที่ ${fromEnv} แต่ไม่มีไฟล์นี้ / points to a file that does not exist.`,
    );
  }
  const system = systemBrowserPaths().filter((path) => existsSync(path));
  for (const shell of [true, false]) {
    const installed = system.find((path) => isHeadlessShell(path) === shell);
    if (installed) return located(installed, "system");
    const cached = puppeteerCacheBrowser(shell ? "shell" : true);
    if (cached && isHeadlessShell(cached) === shell) return located(cached, "puppeteer-cache");
  }
  throw new BrowserNotFoundError();
}

/**
 * Chromium flags: no sandbox when running as root (Chromium refuses otherwise), and no
 * background traffic, which a closed network would only refuse.
 */
function launchArgs(): string[] {
  const args = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--font-render-hinting=none",
  ];
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  return args;
}

/**
 * Starts a headless browser found by findBrowser; a failure is explained in Thai. `pipe: false`
 * speaks to it over a WebSocket instead, so that other processes can `puppeteer.connect` to its
 * `wsEndpoint()` (the test suite shares one browser between its workers this way).
 */
export async function launchBrowser(
  location: BrowserLocation,
  { pipe = true }: { pipe?: boolean } = {},
): Promise<Browser> {
  const profile = await createProfile();
  try {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      executablePath: location.path,
      // The shell runs only headless, in its own mode; Chrome and Chromium in the new headless.
      headless: location.shell ? "shell" : true,
      args: launchArgs(),
      userDataDir: profile,
      // Through a pipe, the browser exits with this process even when it is killed outright,
      // instead of running on alone.
      pipe,
      // The commands close the browser themselves on Ctrl+C, after removing their own work;
      // Puppeteer's handlers would exit the process first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    removeProfileOnExit(profile, browser.process());
    return browser;
  } catch (error) {
    await removeProfile(profile);
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new Error(
      `เปิดเบราว์เซอร์ ${location.path} (พบจาก ${location.source}) ไม่สำเร็จ: ${reason}\n` +
        "  ตรวจว่าเป็น Chromium หรือ Chrome ที่ใช้งานได้ หรือสั่ง npm run setup เพื่อติดตั้งใหม่",
      { cause: error },
    );
  }
}
