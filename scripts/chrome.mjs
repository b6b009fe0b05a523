import { existsSync } from 'node:fs';

/** Where tests find a browser: CHROME_PATH, else Debian's chromium, else common Chrome installs. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const HOW_TO_GET_ONE = [
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  elsewhere:     set CHROME_PATH=/path/to/chrome',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { path: null, help: [`CHROME_PATH=${fromEnv} does not exist: the element tests need Chrome or Chromium.`, ...HOW_TO_GET_ONE].join('\n') };
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return { path: found };
  return { path: null, help: ['No Chrome or Chromium found for the element tests.', ...HOW_TO_GET_ONE].join('\n') };
}

/** Flags that work as root in a container, without network side-traffic (TOOLCHAIN.md). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
