import { type ChildProcess, spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** A port nobody listens on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/** Asks until `done` says yes, or gives up after `ms`. */
export async function poll<T>(ask: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const until = Date.now() + ms;
  let value = await ask();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await ask();
  }
  return value;
}

export interface RunningPreview {
  process: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  log: () => string;
  /** The port it says it listens on. */
  port: number;
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Sends a signal to it (and its process group) and waits until it has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * `npm run dev` as a clerk runs it, started in its own process group; resolves once it has
 * printed its address (the port it really listens on is read from that line).
 */
export async function startPreview(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningPreview> {
  const child = spawn(process.execPath, ["scripts/run.mjs", "dev", ...args], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const address = /ดูตัวอย่างได้ที่ http:\/\/[^\s/]+:(\d+)\//;
  const started = await poll(
    async () => log,
    (text) => address.test(text) || child.exitCode !== null,
    60_000,
  );
  const port = Number(address.exec(started)?.[1]);
  if (!port) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    throw new Error(`the preview did not start:\n${started}`);
  }
  return {
    process: child,
    log: () => log,
    port,
    base: `http://127.0.0.1:${port}`,
    stop: async (signal = "SIGTERM") => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, signal);
      return exited;
    },
  };
}

/**
 * Sends `request` exactly as written (no URL normalising, unlike fetch) and resolves with the
 * status code of the answer, or 0 when the connection closed without one.
 */
export function rawStatus(port: number, request: string, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    let answer = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer within 10 s")));
    socket.on("connect", () => socket.write(request));
    socket.on("data", (chunk) => {
      answer += chunk;
      if (answer.includes("\r\n")) socket.end();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0)));
  });
}
