/** Where tests find a browser: CHROME_PATH, else Debian's chromium, else common Chrome installs. */
export function findChrome(): { path: string; help?: undefined } | { path: null; help: string };
/** Flags that work as root in a container, without network side-traffic (TOOLCHAIN.md). */
export const CHROME_FLAGS: string[];
