/**
 * The reference backend and the demo portal on one HTTP server: what
 * `npm start` runs, and what the end-to-end tests start on a throwaway
 * database, so both exercise exactly the same wiring.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { createApp } from '../server/app.js';
import { configFromEnv, type ServerConfig } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { openDatabase } from '../server/db/open.js';
import { seedDemo } from '../server/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface PortalOptions {
  /** 0 picks a free port. */
  port: number;
  /** A throwaway in-memory PGlite database (ignored when DATABASE_URL is set). */
  memory?: boolean;
  dataDir?: string;
  /** Users of the big demo client on first seed (default: the seed's own). */
  users?: number;
  /** Read for the configuration (PUBLIC_URL, SMTP_URL, LOG_LEVEL...); DATABASE_URL is always process.env's. */
  env?: NodeJS.ProcessEnv;
  /** Adjusts the configuration (tests set a quiet logger, a clock...). */
  configure?: (config: ServerConfig) => ServerConfig;
}

export interface Portal {
  url: string;
  port: number;
  db: Database;
  config: ServerConfig;
  /** What happened to the database at start: migrations applied, demo data seeded. */
  startup: { migrations: string[]; seeded: boolean };
  close(): Promise<void>;
}

export async function startPortal(options: PortalOptions): Promise<Portal> {
  const env = options.env ?? process.env;
  const db = await openDatabase({ memory: options.memory ?? false, dataDir: options.dataDir ?? `${root}.data/pglite` });
  const migrations = await migrate(db);
  const seeded = await seedDemo(db, options.users !== undefined ? { users: options.users } : {});

  const server: Server = createHttpServer();
  const vite = await createViteServer({
    root: `${root}demo`,
    configFile: false,
    appType: 'mpa',
    logLevel: 'warn',
    // The port is known only once listening; the public URL (invitation links) needs it.
    server: { middlewareMode: true, fs: { allow: [root] }, hmr: { server } },
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  const port = (server.address() as AddressInfo).port;
  const baseConfig = configFromEnv(env, port);
  const config = options.configure ? options.configure(baseConfig) : baseConfig;
  const api = getRequestListener(createApp(db, config).fetch);
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/api/')) return void api(req, res);
    vite.middlewares(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });

  return {
    url: `http://localhost:${port}/`,
    port,
    db,
    config,
    startup: { migrations, seeded },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await vite.close();
      await db.close();
    },
  };
}
