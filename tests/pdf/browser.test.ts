import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BrowserNotFoundError,
  findBrowser,
  isHeadlessShell,
  systemBrowserPaths,
} from "../../scripts/pdf/browser.ts";

describe("findBrowser", () => {
  it("takes PUPPETEER_EXECUTABLE_PATH first", () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: "PUPPETEER_EXECUTABLE_PATH",
      shell: false,
    });
  });

  it("knows Chrome's headless shell by its file name, so it is launched in its own mode", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ita-shell-"));
    const shell = join(dir, "chrome-headless-shell");
    await writeFile(shell, "");
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: shell })).toEqual({
      path: shell,
      source: "PUPPETEER_EXECUTABLE_PATH",
      shell: true,
    });
    expect(isHeadlessShell("/usr/lib/chromium/chromium-headless-shell")).toBe(true);
    expect(isHeadlessShell("C:\\chrome-headless-shell-win64\\chrome-headless-shell.exe")).toBe(
      true,
    );
    expect(isHeadlessShell("/usr/lib/chromium/chromium")).toBe(false);
    expect(isHeadlessShell("/opt/headless-shell-tools/chrome")).toBe(false);
  });

  it("says in Thai and English how to install a browser when the configured one is missing", () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nonexistent/chrome" })).toThrow(
      BrowserNotFoundError,
    );
    try {
      findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nonexistent/chrome" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("ไม่พบเบราว์เซอร์");
      expect(message).toContain("No Chromium or Chrome browser was found");
      expect(message).toContain("/nonexistent/chrome");
      expect(message).toContain("npm run setup");
    }
  });
});

describe("systemBrowserPaths", () => {
  it("tries Debian's headless shell before any full browser", () => {
    const linux = systemBrowserPaths("linux");
    expect(linux[0]).toBe("/usr/lib/chromium/chromium-headless-shell");
    const firstFull = linux.findIndex((path) => !isHeadlessShell(path));
    expect(linux.slice(firstFull).some(isHeadlessShell)).toBe(false);
  });

  it("knows where Debian, Ubuntu, macOS and Windows put Chromium or Chrome", () => {
    expect(systemBrowserPaths("linux")).toEqual(
      expect.arrayContaining(["/usr/bin/chromium", "/usr/bin/google-chrome", "/snap/bin/chromium"]),
    );
    expect(systemBrowserPaths("darwin")).toContain(
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    );
    expect(systemBrowserPaths("win32", { PROGRAMFILES: "C:\\Program Files" })[0]).toMatch(
      /chrome\.exe$/,
    );
  });
});
