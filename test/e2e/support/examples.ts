/**
 * Harness for the framework examples (demo/examples/): the package built as a
 * partner installs it (`dist/`, reached through the exports map), the
 * reference backend in memory, and each example on its own origin with the
 * API beside it, as a partner's portal would proxy it. Plain HTML is served
 * as static files (no build step, the single-file bundle); React and Vue by
 * Vite with the example's own vite.config.ts.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { buildPackage } from '../../../scripts/build.js';
import { CHROME_FLAGS, findChrome } from '../../../scripts/chrome.mjs';
import { createApp } from '../../../server/app.js';
import { configFromEnv } from '../../../server/config.js';
import type { Database } from '../../../server/db/database.js';
import { migrate } from '../../../server/db/migrate.js';
import { openDatabase } from '../../../server/db/open.js';
import { seedDemo } from '../../../server/seed.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export type ExampleKind = 'plain' | 'react' | 'vue';

export interface Example {
  url: string;
  close(): Promise<void>;
}

/** What the plain page may fetch: itself, the built package and the themes; nothing else of the repository. */
const STATIC_ROOTS = ['demo/examples/plain/', 'dist/', 'themes/'];
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serveStatic(req: IncomingMessage, res: ServerResponse): void {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!STATIC_ROOTS.some((allowed) => path.startsWith(allowed)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

/** One example on its own port, /api/ answered by the reference backend on the shared database. */
export async function serveExample(kind: ExampleKind, db: Database): Promise<Example> {
  const server: Server = createHttpServer();
  let vite: ViteDevServer | undefined;
  if (kind !== 'plain') {
    const dir = join(root, 'demo/examples', kind);
    vite = await createViteServer({
      root: dir,
      configFile: join(dir, 'vite.config.ts'),
      appType: 'spa',
      logLevel: 'warn',
      // Its own dependency cache: the portal's tests optimise other dependencies at the same time.
      cacheDir: join(root, 'node_modules/.vite', `example-${kind}`),
      server: { middlewareMode: true, hmr: false },
    });
  }
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as AddressInfo).port;
  const api = getRequestListener(createApp(db, configFromEnv({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent' }, port)).fetch);
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/api/')) return void api(req, res);
    if (!vite) return serveStatic(req, res);
    vite.middlewares(req, res, () => res.writeHead(404).end('Not found'));
  });
  return {
    url: kind === 'plain' ? `http://localhost:${port}/demo/examples/plain/` : `http://localhost:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await vite?.close();
    },
  };
}

export interface ExamplesSession {
  db: Database;
  browser: Browser;
}

/**
 * Builds the package's JavaScript (about a second: the examples run what was just built, never a stale
 * dist/), starts the database and the browser; closes them after the file.
 */
export async function startExamples(): Promise<ExamplesSession & { close(): Promise<void> }> {
  const chrome = findChrome();
  if (!chrome.path) throw new Error(chrome.help);
  const [db, browser] = await Promise.all([
    (async () => {
      const database = await openDatabase({ memory: true });
      await migrate(database);
      await seedDemo(database, { users: 200 });
      return database;
    })(),
    chromium.launch({ executablePath: chrome.path, args: CHROME_FLAGS }),
    buildPackage({ types: false }),
  ]);
  return {
    db,
    browser,
    async close() {
      await browser.close();
      await db.close();
    },
  };
}

/** A fresh page that collects console errors and uncaught exceptions: a test ends by asserting there were none. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(url);
  return { page, pageErrors };
}
