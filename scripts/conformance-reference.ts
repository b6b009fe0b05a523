/**
 * Runs the conformance suite against the reference backend itself: a fresh
 * database (PGlite in memory, or the PostgreSQL server of `DATABASE_URL`, whose
 * public schema is emptied first), migrated and seeded, served on a free port.
 * `npm test` runs it; CI runs it on both drivers.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import { openDatabase } from '../server/db/open.js';
import { migrate } from '../server/db/migrate.js';
import { seedDemo } from '../server/seed.js';

const db = await openDatabase({ memory: true });
if (process.env.DATABASE_URL) await db.exec('drop schema if exists public cascade; create schema public;');
await migrate(db);
await seedDemo(db, { users: 600 });
console.log(`conformance: reference backend on ${db.description}`);

const server = createServer(getRequestListener(createApp(db, configFromEnv({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' })).fetch));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

// The suite runs in its own process, as it would against a partner's backend;
// asynchronously, since this process serves its requests meanwhile.
const result = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/conformance/conformance.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CONFORMANCE_BASE_URL: baseUrl, CONFORMANCE_TOKEN: 'demo-super', CONFORMANCE_TOKEN_SCOPED: 'demo-agency' },
  });
  child.on('close', (code) => resolve(code ?? 1));
});
server.close();
await db.close();
process.exit(result);
