import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with the line CI reads: "N passed, N failed, N skipped", after a line with the
 * number of assertions the tests made (so a change to the suite can show it dropped none).
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let assertions = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed += 1;
        else if (state === "failed") counts.failed += 1;
        else counts.skipped += 1;
        assertions += test.meta().assertions ?? 0;
      }
      if (module.state() === "failed" && [...module.children.allTests()].length === 0)
        counts.failed += 1;
    }
    console.log(`\nassertions: ${assertions}`);
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
