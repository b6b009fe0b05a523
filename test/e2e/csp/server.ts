/**
 * The strict-CSP test's own server: the kit built by Vite into plain files
 * (a dev server injects inline scripts and styles, which the policy would
 * refuse), served under the policy a page asks for, with the reference
 * backend (PGlite in memory, demo data) under /api/ and a `report-uri`
 * endpoint that keeps every violation report, the worker's included.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { build } from 'vite';
import { createApp } from '../../../server/app.js';
import { configFromEnv } from '../../../server/config.js';
import type { Database } from '../../../server/db/database.js';
import { migrate } from '../../../server/db/migrate.js';
import { openDatabase } from '../../../server/db/open.js';
import { seedDemo } from '../../../server/seed.js';

/** The policy of issue 9, word for word. */
export const STRICT_POLICY = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The same, plus the one Trusted Types policy the kit creates: for the import's Web Worker (docs/security.md). */
export const STRICT_POLICY_WITH_IMPORT = `${STRICT_POLICY} suite-kit`;
/** Lit's other path: styles as `<style nonce>` elements, for browsers without constructable stylesheets. */
export const noncePolicy = (nonce: string) =>
  `default-src 'self'; style-src 'nonce-${nonce}'; require-trusted-types-for 'script'; trusted-types lit-html suite-kit`;

/** What each page path serves: its policy (given the request's nonce and the selfcare's origin), and whether it takes the nonce path. */
export const PAGES = {
  '/strict': { policy: () => STRICT_POLICY, nonce: false },
  '/strict-import': { policy: () => STRICT_POLICY_WITH_IMPORT, nonce: false },
  '/nonce': { policy: noncePolicy, nonce: true },
  // The supervision frame's iframe mode: the partner's selfcare, on its own origin, named in frame-src.
  '/strict-selfcare-frame': { policy: (_nonce: string, selfcareOrigin: string) => `${STRICT_POLICY}; frame-src ${selfcareOrigin}`, nonce: false },
} as const;
export type PagePath = keyof typeof PAGES;

const REPORT_PATH = '/csp-report';
const here = fileURLToPath(new URL('.', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface CspServer {
  url: string;
  /** The sample partner selfcare page (test/elements/fixtures/selfcare-sample.html) on another origin, embeddable by `url` only. */
  selfcareUrl: string;
  db: Database;
  /** Every report POSTed to the `report-uri` since the start (or the last `clearReports`). */
  reports: unknown[];
  clearReports(): void;
  /** Resolves with the first report, already in or still to come, that `matches`. */
  waitForReport(matches: (report: unknown) => boolean): Promise<unknown>;
  close(): Promise<void>;
}

/** Builds the page into a temporary directory (about 2 s). */
async function buildPage(outDir: string): Promise<void> {
  await build({
    root: here,
    configFile: false,
    logLevel: 'warn',
    // Everything as files: an inlined `data:` font or image is itself what the policy refuses.
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, minify: false, sourcemap: false },
    // The kit starts its import reader as a module worker.
    worker: { format: 'es' },
  });
}

/**
 * The nonce page: a nonce on the stylesheet link, and before Lit loads a
 * same-origin script (allowed by `default-src 'self'`, carrying the nonce it
 * hands to Lit) that takes constructable stylesheets away, as in a browser
 * without them.
 */
function withNonce(html: string, nonce: string): string {
  return html
    .replace('<head>', `<head>\n    <script nonce="${nonce}" src="/without-adopted-stylesheets.js"></script>`)
    .replace(/<link rel="stylesheet"/g, `<link rel="stylesheet" nonce="${nonce}"`);
}

export async function startCspServer(): Promise<CspServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'suite-csp-'));
  const db = await openDatabase({ memory: true });
  await Promise.all([buildPage(outDir), migrate(db).then(() => seedDemo(db, { users: 120 }))]);
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const reports: unknown[] = [];
  const waiters = new Set<{ matches: (report: unknown) => boolean; resolve: (report: unknown) => void }>();

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const api = getRequestListener(createApp(db, { ...configFromEnv({ LOG_LEVEL: 'silent' }, port) }).fetch);

  // Another origin (localhost, not 127.0.0.1) for the partner's selfcare, which allows only this portal to frame it.
  const selfcare = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1);
    if (name !== 'selfcare-sample.html' && name !== 'selfcare-sample.js') return void res.writeHead(404).end();
    void readFile(new URL(`../../elements/fixtures/${name}`, import.meta.url)).then((body) =>
      res
        .writeHead(200, { 'content-type': CONTENT_TYPES[extname(name)]!, 'content-security-policy': `frame-ancestors http://127.0.0.1:${port}` })
        .end(body),
    );
  });
  await new Promise<void>((resolve) => selfcare.listen(0, 'localhost', resolve));
  const selfcareOrigin = `http://localhost:${(selfcare.address() as AddressInfo).port}`;

  const sendFile = async (path: string, res: ServerResponse) => {
    // Scripts and styles ignore the header; the import worker is governed by it (a worker gets its own response's policy).
    res.setHeader('content-security-policy', `${STRICT_POLICY}; report-uri ${REPORT_PATH}`);
    const file = normalize(join(outDir, path));
    if (!file.startsWith(outDir)) return void res.writeHead(404).end();
    try {
      const body = path === '/without-adopted-stylesheets.js' ? await readFile(join(here, 'without-adopted-stylesheets.js')) : await readFile(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) return void api(req, res);
    if (path === REPORT_PATH && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const report: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        reports.push(report);
        for (const waiter of waiters) {
          if (!waiter.matches(report)) continue;
          waiters.delete(waiter);
          waiter.resolve(report);
        }
        res.writeHead(204).end();
      });
      return;
    }
    // The browser asks for it on its own: an answer without content, not a 404 in the console.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path in PAGES) {
      const page = PAGES[path as PagePath];
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, {
        'content-type': CONTENT_TYPES['.html'],
        'content-security-policy': `${page.policy(nonce, selfcareOrigin)}; report-uri ${REPORT_PATH}`,
        'cache-control': 'no-store',
      });
      return void res.end(page.nonce ? withNonce(html, nonce) : html);
    }
    void sendFile(path, res);
  });

  return {
    url: `http://127.0.0.1:${port}`,
    selfcareUrl: `${selfcareOrigin}/selfcare-sample.html?portal=${encodeURIComponent(`http://127.0.0.1:${port}`)}`,
    db,
    reports,
    clearReports: () => void reports.splice(0),
    waitForReport: (matches) =>
      new Promise((resolve) => {
        const found = reports.find(matches);
        if (found) resolve(found);
        else waiters.add({ matches, resolve });
      }),
    async close() {
      for (const each of [server, selfcare]) each.closeAllConnections();
      await Promise.all([server, selfcare].map((each) => new Promise<void>((resolve) => each.close(() => resolve()))));
      await db.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
