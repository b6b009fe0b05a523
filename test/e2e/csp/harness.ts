/**
 * Watching a page for Content-Security-Policy violations three ways: the
 * `securitypolicyviolation` events fired in the page, the reports the browser
 * POSTs to the server's `report-uri` (the only trace of a violation inside
 * the import worker) and the console's errors (where Chromium also writes
 * each one). Every test ends with `assertNoViolations`.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from '../../../scripts/chrome.mjs';
import { startCspServer, type CspServer, type PagePath } from './server.js';

/** A load the policy refuses on purpose (`img-src`), recognisable by its URL. */
const SENTINEL_URL = 'http://sentinel.invalid/csp-sentinel.png';
const isSentinel = (text: string) => text.includes('csp-sentinel');

/** A violation as the page's event tells it. */
export interface ViolationEvent {
  directive: string;
  blockedURI: string;
  source: string;
  sample: string;
}

export interface WatchedPage {
  page: Page;
  events: ViolationEvent[];
  consoleErrors: string[];
  /** Resolves when the page's listener has passed on the sentinel's event. */
  sentinelSeen: Promise<void>;
}

export interface CspSession {
  server: CspServer;
  browser: Browser;
}

/** Starts the built page's server and the browser once for the file. */
export function useCspServer(): () => CspSession {
  let session: CspSession | undefined;
  before(async () => {
    const chrome = findChrome();
    if (!chrome.path) throw new Error(chrome.help);
    const [server, browser] = await Promise.all([startCspServer(), chromium.launch({ executablePath: chrome.path, args: CHROME_FLAGS })]);
    session = { server, browser };
  });
  after(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
  return () => {
    if (!session) throw new Error('the server is not started (useCspServer must be called at the top of the file)');
    return session;
  };
}

/**
 * Opens the page under the policy of `path`, signed in with a demo token.
 * The violation listener is installed before any of the page's scripts runs
 * (by the test driver, which the page's policy does not govern).
 */
export async function openPage(
  session: CspSession,
  path: PagePath,
  token: string,
  clientId = 'c-001',
  selfcareUrl?: string,
  /** `cores`: the logical cores the page reports (`navigator.hardwareConcurrency`), as a device with that many would. */
  { cores }: { cores?: number } = {},
): Promise<WatchedPage> {
  session.server.clearReports();
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
  let sawSentinel!: () => void;
  const watched: WatchedPage = { page, events: [], consoleErrors: [], sentinelSeen: new Promise((resolve) => (sawSentinel = resolve)) };
  await page.exposeFunction('recordViolation', (event: ViolationEvent) => {
    watched.events.push(event);
    if (isSentinel(event.blockedURI)) sawSentinel();
  });
  await page.addInitScript(() => {
    const record = (window as unknown as { recordViolation(event: ViolationEvent): void }).recordViolation;
    // Capturing at the document: the event is composed, so it arrives from inside shadow roots too.
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        record({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          sample: event.sample,
        }),
      true,
    );
  });
  if (cores !== undefined) {
    await page.addInitScript((count) => Object.defineProperty(navigator, 'hardwareConcurrency', { value: count, configurable: true }), cores);
  }
  page.on('pageerror', (error) => watched.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(`worker: ${message.text()}`);
    }),
  );
  await page.goto(`${session.server.url}${path}`);
  await page.waitForFunction(() => typeof window.signIn === 'function');
  await page.evaluate(([signInToken, client, selfcare]) => window.signIn(signInToken!, client!, selfcare), [token, clientId, selfcareUrl] as const);
  return watched;
}

/**
 * Asserts that the page and its workers met no violation but `expected`
 * (directive names, in order). Reports travel by HTTP after the fact: a last,
 * deliberate violation is made and its report awaited, so the reports of
 * everything before it are in (a policy that reports nothing fails here too).
 */
export async function assertNoViolations(session: CspSession, watched: WatchedPage, expected: readonly string[] = []): Promise<void> {
  const { server } = session;
  const { page } = watched;
  const sentinelReported = server.waitForReport((report) => isSentinel(JSON.stringify(report)));
  await page.evaluate((url) => {
    const probe = document.createElement('img');
    probe.src = url;
    document.body.append(probe);
  }, SENTINEL_URL);
  await Promise.all([sentinelReported, watched.sentinelSeen]);
  const events = watched.events.filter((event) => !isSentinel(event.blockedURI));
  assert.equal(watched.events.length - events.length, 1, 'the page saw the sentinel violation as an event');
  const reports = server.reports.filter((report) => !isSentinel(JSON.stringify(report)));
  assert.deepEqual(
    events.map((event) => event.directive),
    expected,
    `securitypolicyviolation events: ${JSON.stringify(events, null, 1)}`,
  );
  assert.deepEqual(
    reports.map((report) => (report as { 'csp-report': { 'effective-directive': string } })['csp-report']['effective-directive']),
    expected,
    `reports: ${JSON.stringify(reports, null, 1)}`,
  );
  const consoleErrors = watched.consoleErrors.filter((text) => !isSentinel(text));
  // Chromium writes each violation to the console as well: only the expected ones may be there.
  assert.equal(consoleErrors.length, expected.length, `console errors: ${consoleErrors.join('\n')}`);
}
