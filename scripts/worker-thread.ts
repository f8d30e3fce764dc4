import nodeModule from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, workerData } from "node:worker_threads";

/**
 * Where the commands' bundle is (useBundle in scripts/bundle.mjs), whose worker threads are
 * entries of their own (`render-worker.mjs`). Unset when the sources run through tsx or the
 * tests, whose loader a worker thread does not inherit: the work then stays in the main thread.
 */
const BUNDLE = Symbol.for("ita-report.bundle");

const bundleDir = (): string | undefined => {
  const dir = (globalThis as Record<symbol, unknown>)[BUNDLE];
  return typeof dir === "string" ? dir : undefined;
};

/** Node 22.1+'s cache of compiled modules (scripts/run.mjs enables it); not in Node 20's types. */
const compileCache = nodeModule as {
  enableCompileCache?: (dir: string) => unknown;
  getCompileCacheDir?: () => string | undefined;
};

/**
 * In a worker thread of bundledWorker, the main thread's cache of compiled modules, which a thread
 * does not share unless it asks: Eleventy's 70 ms of compiling in the HTML stage's thread.
 */
export function useCompileCache(): void {
  const { compileCache: dir } = (workerData ?? {}) as { compileCache?: string };
  if (dir) compileCache.enableCompileCache?.(dir);
}

/** A worker thread running the bundle's entry `name`, or undefined outside the bundle. */
export function bundledWorker(name: string): Worker | undefined {
  const dir = bundleDir();
  if (!dir) return undefined;
  const worker = new Worker(pathToFileURL(join(dir, `${name}.mjs`)), {
    workerData: { compileCache: compileCache.getCompileCacheDir?.() },
  });
  // Started ahead, it does not keep a command running that ends before using it.
  worker.unref();
  return worker;
}

/** An error as a worker thread sends it: what the commands' reporting reads, nested causes too. */
export interface ErrorMessage {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  path?: string;
  cause?: ErrorMessage;
  errors?: ErrorMessage[];
}

/**
 * An error a thread can post: a copy loses its class and Node's system codes, which the commands
 * need to tell a full disk from a template mistake (scripts/cli/system-errors.ts).
 */
export function errorMessage(error: unknown, depth = 0): ErrorMessage {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, path, cause, originalError, errors } = error as Error & Record<string, unknown>;
  const inner = cause ?? originalError;
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof path === "string" ? { path } : {}),
    ...(inner && depth < 5 ? { cause: errorMessage(inner, depth + 1) } : {}),
    ...(Array.isArray(errors) && depth < 5
      ? { errors: errors.map((each) => errorMessage(each, depth + 1)) }
      : {}),
  };
}

/** The error again, on the receiving thread. */
export function errorFromMessage(message: ErrorMessage): Error {
  const error = new Error(message.message, {
    cause: message.cause ? errorFromMessage(message.cause) : undefined,
  }) as Error & { code?: string; path?: string; errors?: Error[] };
  error.name = message.name;
  if (message.stack) error.stack = message.stack;
  if (message.code) error.code = message.code;
  if (message.path) error.path = message.path;
  if (message.errors) error.errors = message.errors.map(errorFromMessage);
  return error;
}
