import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

/** Small helpers the benchmark's parts share: running, timing, telling as it goes. */

export const run = promisify(execFile);
const BUFFER = { maxBuffer: 64 * 1024 * 1024 };

/** The middle value (the upper one of the two for an even count); 0 for none. */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** 1462.4 => "1.46 s" */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** (3870, 2330) => "1.66×" */
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
export const check = (pass: boolean) => (pass ? "✓" : "✗");

/** Milliseconds `task` took. */
export async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** Prints a line at once, so a long bench shows where it is. */
export const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Says what it measures, runs it, then says the figure on the same line:
 * `  clean build, new process … 1.62 s`. Returns the milliseconds and keeps them in `into`.
 */
export async function measure(
  what: string,
  task: () => Promise<unknown>,
  into?: number[],
): Promise<number> {
  process.stdout.write(`  ${what} … `);
  const ms = await timed(task);
  into?.push(ms);
  say(seconds(ms));
  return ms;
}

/** A script run through tsx in a new process, as `npm run bench` runs its own parts. */
export const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", script, ...args], BUFFER);

/** A command as `npm run <command>` runs it, without npm's own start-up. */
export const command = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, ["scripts/run.mjs", name, ...args], {
    env: { ...process.env, ...env },
    ...BUFFER,
  });

/** Bytes of the files under a folder that pass `test`. */
export async function bytesOf(dir: string, test: (name: string) => boolean): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter(test);
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * The seconds of the HTML stage as `npm run build` prints them (`สร้างเว็บไซต์ใน ๐.๖๘ วินาที`),
 * in milliseconds; NaN when the line is missing.
 */
export function htmlStageOf(buildOutput: string): number {
  const figure = /สร้างเว็บไซต์ใน ([๐-๙0-9.,]+) วินาที/.exec(buildOutput)?.[1] ?? "";
  const digits = figure.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  return Number(digits.replaceAll(",", "")) * 1000;
}
