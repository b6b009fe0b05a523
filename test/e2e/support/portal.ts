/**
 * End-to-end harness: the real reference backend (PGlite in memory, demo data)
 * and the demo portal, driven by Debian's Chromium through playwright-core.
 * One portal per test file; each test gets a fresh page.
 */
import { after, before } from 'node:test';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../../scripts/chrome.mjs';
import { startPortal, type Portal } from '../../../scripts/portal-server.js';

export interface PortalSession {
  portal: Portal;
  browser: Browser;
}

/** Starts the portal and the browser once for the file; closes both after. */
export function usePortal(options: { users?: number } = {}): () => PortalSession {
  let session: PortalSession | undefined;
  before(async () => {
    const chrome = findChrome();
    if (!chrome.path) throw new Error(chrome.help);
    const [portal, browser] = await Promise.all([
      // Quiet unless asked: LOG_LEVEL=debug shows the backend's request lines.
      startPortal({ port: 0, memory: true, users: options.users ?? 600, env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } }),
      chromium.launch({ executablePath: chrome.path, args: CHROME_FLAGS }),
    ]);
    session = { portal, browser };
  });
  after(async () => {
    await session?.browser.close();
    await session?.portal.close();
  });
  return () => {
    if (!session) throw new Error('the portal is not started (usePortal must be called at the top of the file)');
    return session;
  };
}

/**
 * Opens the demo portal signed in as `token`. Errors printed by the page
 * (console errors, uncaught exceptions) are collected: a test ends by
 * asserting there were none.
 */
export async function openAs(session: PortalSession, token: 'demo-super' | 'demo-agency' | 'demo-partner'): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(session.portal.url);
  if (token !== 'demo-super') await page.selectOption('#admin', token);
  return { page, pageErrors };
}
