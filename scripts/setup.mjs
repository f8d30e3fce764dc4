// @ts-check
/**
 * `npm run setup`: makes a fresh clone ready to build and test. Plain JavaScript on purpose: it
 * runs before the packages (tsx among them) are installed.
 *   1. installs the npm packages when they are missing or older than package-lock.json;
 *   2. finds a browser for the PDF, or installs one (Debian's chromium-headless-shell as root,
 *      otherwise Puppeteer's chrome-headless-shell), or says how;
 *   3. on Debian as root, also installs the PDF tools the tests read PDFs with (poppler, qpdf).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";

const say = (/** @type {string} */ text) => console.log(`[setup] ${text}`);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  say(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return result.status === 0;
}

/** @param {string} command */
const has = (command) =>
  spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

function checkNode() {
  // The same range as package.json "engines": what Vite 8 and Vitest 4 support.
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if ((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22) return;
  console.error(
    `[setup] ต้องใช้ Node.js 20.19+ หรือ 22.12+ (เครื่องนี้มี ${process.versions.node}) / Node.js 20.19+ or 22.12+ is required.`,
  );
  process.exit(1);
}

function installPackages() {
  const marker = "node_modules/.package-lock.json";
  const fresh =
    existsSync(marker) && statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs;
  if (fresh) return say("แพ็กเกจ npm ติดตั้งครบแล้ว / npm packages are up to date");
  if (!run("npm", ["ci", "--no-audit", "--no-fund"])) {
    console.error("[setup] ติดตั้งแพ็กเกจ npm ไม่สำเร็จ / npm ci failed");
    process.exit(1);
  }
}

const isRoot = process.getuid?.() === 0;
const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
/** Debian ships a real chromium package; Ubuntu's is only a wrapper around a snap. */
const isDebian = /^ID=debian$/m.test(osRelease) && has("apt-get");
let aptUpdated = false;

/** @param {string[]} packages */
function aptInstall(packages) {
  if (!aptUpdated && !run("apt-get", ["update", "-qq"])) return false;
  aptUpdated = true;
  return run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages]);
}

/** The same finder the build uses, loaded through tsx now that the packages are installed. */
async function findBrowser() {
  const { register } = await import("tsx/esm/api");
  register();
  const { findBrowser: find } = await import("./pdf/browser.ts");
  try {
    return find();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function ensureBrowser() {
  let found = await findBrowser();
  // The user's own choice of browser is kept as it is, and a headless shell needs nothing more.
  const settled =
    process.env.PUPPETEER_EXECUTABLE_PATH || (!(found instanceof Error) && found.shell);
  if (!settled) {
    // Chrome's headless shell prints the same PDF and starts four times quicker than a full
    // browser; Debian has it as a package, so a full Chromium there gets the shell beside it.
    if (isDebian && isRoot) {
      say("ติดตั้ง chromium-headless-shell สำหรับสร้าง PDF / installing Chrome's headless shell");
      aptInstall(["chromium-headless-shell"]);
    } else if (found instanceof Error) {
      say("ยังไม่มีเบราว์เซอร์สำหรับสร้าง PDF กำลังติดตั้ง / no browser yet, installing one");
      run("npx", ["puppeteer", "browsers", "install", "chrome-headless-shell"]);
    }
    found = await findBrowser();
  }
  if (found instanceof Error) {
    console.error(`[setup] ${found.message}`);
    process.exit(1);
  }
  say(`พบเบราว์เซอร์ / browser: ${found.path} (${found.source})`);
}

/** poppler-utils and qpdf read the PDF back in the tests; the build itself does not need them. */
function ensurePdfTools() {
  const missing = ["pdftotext", "pdfinfo", "pdffonts", "qpdf"].filter((tool) => !has(tool));
  if (missing.length === 0)
    return say("เครื่องมืออ่าน PDF สำหรับการทดสอบพร้อมแล้ว / PDF tools for the tests are present");
  if (isDebian && isRoot && aptInstall(["poppler-utils", "qpdf"])) return;
  say(
    `การทดสอบ PDF ต้องใช้ ${missing.join(", ")} / the PDF tests need these tools:` +
      "\n         Debian/Ubuntu: sudo apt-get install poppler-utils qpdf · macOS: brew install poppler qpdf",
  );
}

checkNode();
installPackages();
await ensureBrowser();
ensurePdfTools();
say("พร้อมแล้ว: npm run build สร้างเว็บไซต์และ PDF, npm test รันการทดสอบทั้งหมด");
say("ready: npm run build makes the site and the PDF, npm test runs every test");
