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
import { fileURLToPath } from 'node:url';
import { DEMO_TOKENS } from '../server/seed.js';
import { startPortal } from './portal-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const portal = await startPortal({
  port: Number(process.env.PORT ?? 8080),
  memory: process.argv.includes('--memory'),
  dataDir: process.env.SUITE_DATA_DIR ?? `${root}.data/pglite`,
});
const { migrations, seeded } = portal.startup;
const { config } = portal;
console.log(`database: ${portal.db.description}${migrations.length ? `, migrated ${migrations.join(', ')}` : ''}${seeded ? ', demo data seeded' : ''}`);
console.log(`\nSuite Kit demo portal: ${portal.url}`);
console.log(`API:                   ${portal.url}api/v1  (Authorization: Bearer <token>)`);
console.log(`Emails:                ${config.smtpUrl ? 'sent through SMTP_URL and kept in the outbox table' : 'kept in the outbox table (set SMTP_URL to send them)'}`);
console.log(`Mailbox:               ${portal.url}mailbox.html  (the outbox: follow an invitation's link to activate the account)`);
console.log('Demo tokens:');
for (const [token, who] of Object.entries(DEMO_TOKENS)) console.log(`  ${token.padEnd(13)} ${who}`);
console.log(`Logs:                  one JSON line per API request below, level ${config.logger.level} (LOG_LEVEL; pipe through npx pino-pretty to read as text)\n`);

async function shutdown() {
  await portal.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
