import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A web-test-runner reporter that writes `{passed, failed}` to a JSON file, so
 * `npm test` can sum suites: the default reporter prints its count only inside
 * a progress-bar line. A test file that fails to load counts as one failure.
 */
export function summaryReporter(file) {
  const count = (suite) => {
    let passed = 0;
    let failed = 0;
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites) {
      const sub = count(child);
      passed += sub.passed;
      failed += sub.failed;
    }
    return { passed, failed };
  };
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        if (session.testResults) {
          const sub = count(session.testResults);
          passed += sub.passed;
          failed += sub.failed;
        }
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}
