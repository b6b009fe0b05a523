/**
 * The reference backend and the demo portal on one HTTP server: what
 * `npm start` runs, and what the end-to-end tests start on a throwaway
 * database, so both exercise exactly the same wiring.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

/** The demo mailbox's source (demo/mailbox.html). */
export const OUTBOX_PATH = '/demo/outbox';

/** One email of the outbox as the demo mailbox shows it. */
export interface DemoOutboxMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  /** BCP 47 tag of the language the email is written in. */
  language: string;
  /** pending (no SMTP_URL: kept here only), sending, delivered, retrying, failed. */
  deliveryStatus: string;
  createdAt: string;
  text: string;
  /** The invitation's accept link, found in the text body (null for other kinds of email). */
  acceptUrl: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * GET /demo/outbox: the newest emails the backend "sent", for the demo mailbox.
 * It reads every client's emails (and their single-use accept links) with no
 * token, so it lives here and not in server/app: this server is the local demo
 * on seeded fake people, never a partner's deployment, and the route is no part
 * of the kit's HTTP contract (a real backend hands emails to a relay instead).
 */
async function serveOutbox(db: Database, config: ServerConfig, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET') {
    res.writeHead(405, { allow: 'GET' }).end();
    return;
  }
  try {
    const rows = await db.query<{ id: string; kind: string; to_address: string; subject: string; mail_language: string; delivery_status: string; created_at: Date | string; text_body: string }>(
      `select id, kind, to_address, subject, mail_language, delivery_status, created_at, text_body
         from outbox order by created_at desc, id desc limit 100`,
    );
    // The link renderInvitation writes on a line of its own: publicUrl/accept.html#token=<base64url>.
    const acceptLink = new RegExp(`^${escapeRegExp(config.publicUrl)}/accept\\.html#token=[\\w-]+$`, 'm');
    const mails: DemoOutboxMail[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      to: row.to_address,
      subject: row.subject,
      language: row.mail_language,
      deliveryStatus: row.delivery_status,
      createdAt: new Date(row.created_at).toISOString(),
      text: row.text_body,
      acceptUrl: acceptLink.exec(row.text_body)?.[0] ?? null,
    }));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(mails));
  } catch (error) {
    config.logger.error({ err: error }, 'demo outbox read failed');
    res.writeHead(500).end();
  }
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
    if (req.url?.split('?')[0] === OUTBOX_PATH) return void serveOutbox(db, config, req, res);
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
