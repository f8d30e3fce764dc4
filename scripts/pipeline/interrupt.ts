/**
 * Work to undo when the user stops a command (Ctrl+C, a closed terminal, a service manager's
 * SIGTERM): the half-written staging folder, the browser. Node's default would end the process at
 * once and leave both behind. The handlers are installed only while there is something to undo,
 * so the signals behave as usual otherwise.
 */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Cleanup = () => Promise<unknown>;

const cleanups = new Set<Cleanup>();
let stopping = false;

/** How long the undoing may take before the process ends anyway. */
const CLEANUP_LIMIT_MS = 5_000;

/**
 * Ends the process once the registered work is undone (at most a few seconds): on a signal, or
 * on an error thrown where nothing waits for it (Eleventy's copying on a full disk).
 */
export async function abort(exitCode: number, notice?: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Whatever ends the process now ends it with this code.
  process.exitCode = exitCode;
  if (notice) process.stderr.write(notice);
  await Promise.race([
    Promise.allSettled([...cleanups].map((cleanup) => cleanup())),
    new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref()),
  ]);
  process.exit(exitCode);
}

/** Whether the process is being stopped: its work is being undone, and it ends when that is done. */
export const isStopping = (): boolean => stopping;

const interrupted = (signal: keyof typeof SIGNALS) =>
  abort(SIGNALS[signal], "\n✗ หยุดตามคำสั่ง กำลังลบงานที่ทำค้างไว้ (โฟลเดอร์ผลลัพธ์เดิมไม่ถูกแตะ)\n");

const handlers = Object.fromEntries(
  Object.keys(SIGNALS).map((signal) => [
    signal,
    () => void interrupted(signal as keyof typeof SIGNALS),
  ]),
) as Record<keyof typeof SIGNALS, () => void>;

/** Runs `cleanup` if the process is stopped by a signal; call the returned function when done. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) {
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) {
      process.on(signal, handlers[signal]);
    }
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0 && !stopping) {
      for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) {
        process.off(signal, handlers[signal]);
      }
    }
  };
}
