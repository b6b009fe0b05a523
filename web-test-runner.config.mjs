import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, findChrome } from './scripts/chrome.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

// No npm package can download a browser on our machines, so we drive an
// installed one: CHROME_PATH if set, else Debian's chromium.
const chrome = findChrome();
if (!chrome.path) throw new Error(chrome.help);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  // Without `tsconfig`, esbuild leaves the experimental decorators in and the
  // browser fails with "Could not import your test module".
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  // The esbuild plugin maps `.js` to `.ts` in import statements only; a worker is
  // started from `new URL('./x.worker.js', import.meta.url)`, as bundlers and the
  // published build expect, so its request is mapped here.
  middleware: [
    (context, next) => {
      const { pathname } = new URL(context.url, 'http://localhost');
      if (pathname.endsWith('.worker.js') && !existsSync(`.${pathname}`)) context.url = context.url.replace(/\.worker\.js/, '.worker.ts');
      return next();
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chrome.path, headless: true, args: CHROME_FLAGS } })],
  // One test file per two cores: the browser, the dev server and esbuild share them.
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  testFramework: { config: { timeout: 5000 } },
  // `npm test` sums suites from this file: the default reporter's count sits inside a progress bar.
  reporters: [defaultReporter(), summaryReporter('.tmp/wtr-summary.json')],
};
