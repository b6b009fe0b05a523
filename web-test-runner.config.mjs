import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

// No npm package can download a browser on our machines, so we drive an
// installed Chromium: CHROME_PATH if set, else Debian's.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `web-test-runner: no Chromium at ${executablePath}. ` +
      'Install one with `apt-get update && apt-get install -y chromium`, ' +
      'or set CHROME_PATH to a Chrome/Chromium executable.',
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  // Without `tsconfig`, esbuild leaves the experimental decorators in and the
  // browser fails with "Could not import your test module".
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  // One test file per two cores: the browser, the dev server and esbuild share them.
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  testFramework: { config: { timeout: 5000 } },
};
