import { afterEach, expect } from "vitest";

declare module "vitest" {
  interface TaskMeta {
    /** How many `expect` calls the test made; summed by the count reporter. */
    assertions?: number;
  }
}

// Registered first, so with vitest's default "stack" hook order it runs after every other
// afterEach and sees the assertions those made too.
afterEach(({ task }) => {
  task.meta.assertions = expect.getState().assertionCalls;
});
