import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds print real PDFs in real Chromium; a cold start on a 2-core machine takes seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["./tests/helpers/count-assertions.ts"],
    reporters: ["default", "./tests/helpers/count-reporter.ts"],
  },
});
