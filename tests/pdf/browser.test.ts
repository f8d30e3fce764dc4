import { describe, expect, it } from "vitest";
import {
  BrowserNotFoundError,
  findBrowser,
  systemBrowserPaths,
} from "../../scripts/pdf/browser.ts";

describe("findBrowser", () => {
  it("takes PUPPETEER_EXECUTABLE_PATH first", () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: "PUPPETEER_EXECUTABLE_PATH",
    });
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
