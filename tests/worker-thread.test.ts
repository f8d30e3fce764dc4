import { describe, expect, it } from "vitest";
import { explainSystemError } from "../scripts/cli/system-errors.ts";
import { errorFromMessage, errorMessage } from "../scripts/worker-thread.ts";

/** An error through structured cloning, as a worker thread's message carries it. */
const carried = (error: unknown) => errorFromMessage(structuredClone(errorMessage(error)));

describe("errors from a worker thread", () => {
  it("keep what the commands tell a clerk: a full disk deep inside Eleventy's wrapping", () => {
    const disk = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      path: "/site/.staging-1/assets/sarabun/files/a.woff2",
    });
    const wrapped = Object.assign(new Error("Having trouble copying"), { originalError: disk });
    const error = carried(new Error("Eleventy failed", { cause: wrapped }));
    expect(error.message).toBe("Eleventy failed");
    expect(explainSystemError(error)).toEqual(explainSystemError(disk));
    expect(explainSystemError(error)?.message).toContain("[ENOSPC]");
  });

  it("keep the message, name and stack of any other error, and of errors grouped in one", () => {
    const template = new TypeError("Unable to call `views.missing`");
    const error = carried(new AggregateError([template], "two things failed"));
    expect(error).toMatchObject({ name: "AggregateError", message: "two things failed" });
    // The stack is the worker's own, for --debug.
    expect(error.stack).toContain("worker-thread.test.ts");
    expect((error as Error & { errors: Error[] }).errors[0]).toMatchObject({
      name: "TypeError",
      message: "Unable to call `views.missing`",
    });
    expect(carried("a string").message).toBe("a string");
  });
});
