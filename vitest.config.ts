import { defineConfig } from "vitest/config";
import { useRunTempDir } from "./tests/helpers/run-temp.ts";

useRunTempDir();

/**
 * The integration tier: files that read the fixtures' shared builds (HTML and PDFs) or print with
 * the shared browser, both set up once by tests/helpers/shared-setup.ts. Every other file is a
 * unit test or starts the commands themselves, and needs neither; run alone, it does not wait
 * for the shared builds.
 */
const INTEGRATION = [
  "tests/quality/*.test.ts",
  "tests/import/product-pdf.test.ts",
  "tests/editor/admin.test.ts",
  "tests/pdf/comparison-pdf.test.ts",
  "tests/pdf/printer.test.ts",
  "tests/data/published.test.ts",
  "tests/pdf/report-pdf.test.ts",
  "tests/pipeline/archive.test.ts",
  "tests/pipeline/cache.test.ts",
  "tests/pipeline/csp.test.ts",
  "tests/pipeline/published-files.test.ts",
  "tests/pipeline/site.test.ts",
  "tests/site/search.test.ts",
];

export default defineConfig({
  test: {
    // Builds print real PDFs in real Chromium; a cold start on a 2-core machine takes seconds.
    testTimeout: 60_000,
    // vitest's default on 2 cores is one worker; the files spend much of their time waiting for
    // Chromium, the built commands and the servers they start, so two keep both cores busy.
    maxWorkers: 2,
    // Each worker imports Eleventy, Puppeteer and zod once for all its files instead of once per
    // file. No test mocks a module or changes process.env, so the files need no fresh copies.
    isolate: false,
    hookTimeout: 120_000,
    setupFiles: ["./tests/helpers/count-assertions.ts"],
    reporters: ["default", "./tests/helpers/count-reporter.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: INTEGRATION },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: INTEGRATION,
          globalSetup: ["./tests/helpers/shared-setup.ts"],
        },
      },
    ],
  },
});
