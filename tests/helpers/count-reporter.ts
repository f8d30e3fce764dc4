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
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed += 1;
        else if (state === "failed") failedHere += 1;
        else counts.skipped += 1;
        assertions += test.meta().assertions ?? 0;
      }
      // A file that failed outside its tests (on import, or in a beforeAll such as waiting for a
      // shared build, which leaves its tests skipped) counts as one failure.
      counts.failed += failedHere || (module.state() === "failed" ? 1 : 0);
    }
    console.log(`\nassertions: ${assertions}`);
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
