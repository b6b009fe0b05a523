/**
 * `npm start`: the reference backend on embedded PostgreSQL (PGlite) with demo
 * data, and the demo portal, on one port.
 *
 *   npm start                   data kept in .data/pglite (SUITE_DATA_DIR to move it)
 *   npm start -- --memory       throwaway in-memory database
 *   DATABASE_URL=postgres://... npm start    a real PostgreSQL server instead
 *   PORT=9000 npm start         SMTP_URL=smtp://... to send invitations for real
 *   LOG_LEVEL=debug npm start   request logs are JSON lines on stdout (default level info;
 *                               `npm start | npx pino-pretty` to read them as text)
 */
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { createApp } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import { openDatabase } from '../server/db/open.js';
import { migrate } from '../server/db/migrate.js';
import { DEMO_TOKENS, seedDemo } from '../server/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const memory = process.argv.includes('--memory');
const dataDir = process.env.SUITE_DATA_DIR ?? `${root}.data/pglite`;

const db = await openDatabase({ memory, dataDir });
const migrations = await migrate(db);
const seeded = await seedDemo(db);
console.log(`database: ${db.description}${migrations.length ? `, migrated ${migrations.join(', ')}` : ''}${seeded ? ', demo data seeded' : ''}`);

const config = configFromEnv(process.env, port);
const api = getRequestListener(createApp(db, config).fetch);
const vite = await createViteServer({
  root: `${root}demo`,
  configFile: false,
  appType: 'mpa',
  logLevel: 'warn',
  server: { middlewareMode: true, fs: { allow: [root] } },
});

const server = createHttpServer((req, res) => {
  if (req.url?.startsWith('/api/')) return void api(req, res);
  vite.middlewares(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

server.listen(port, () => {
  console.log(`\nSuite Kit demo portal: http://localhost:${port}/`);
  console.log(`API:                   http://localhost:${port}/api/v1  (Authorization: Bearer <token>)`);
  console.log(`Emails:                ${config.smtpUrl ? 'sent through SMTP_URL and kept in the outbox table' : 'kept in the outbox table (set SMTP_URL to send them)'}`);
  console.log('Demo tokens:');
  for (const [token, who] of Object.entries(DEMO_TOKENS)) console.log(`  ${token.padEnd(13)} ${who}`);
  console.log(`Logs:                  one JSON line per API request below, level ${config.logger.level} (LOG_LEVEL; pipe through npx pino-pretty to read as text)\n`);
});

async function shutdown() {
  server.close();
  await vite.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
