/**
 * Storybook's stories as tests (`npm run test:storybook`, the `storybook` suite of
 * `npm test`): @storybook/addon-vitest turns each story into a Vitest test that
 * renders it in real Chromium, runs its play function and the a11y addon's axe
 * check (parameters.a11y.test is 'error' in .storybook/preview.ts). msw answers
 * every request in the page, as in Storybook itself: no backend runs.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_FLAGS, findChrome } from './scripts/chrome.mjs';

const chrome = findChrome();
if (!chrome.path) throw new Error(chrome.help);

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    // msw logs every request it answers: shown only for a failing story, where it helps.
    silent: 'passed-only',
    browser: {
      enabled: true,
      headless: true,
      // Debian's Chromium (TOOLCHAIN.md): no npm package can download a browser here.
      provider: playwright({ launchOptions: { executablePath: chrome.path, args: CHROME_FLAGS } }),
      instances: [{ browser: 'chromium' }],
      // A failing story says why in the output; screenshots would only litter the tree.
      screenshotFailures: false,
    },
  },
});
