import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createHttpApi } from '../../src/api/http/http-api.js';
import { ProblemError } from '../../src/api/errors.js';
import { createApp } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { openPglite } from '../../server/db/database.js';
import type { Database } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrate.js';
import { BIG_CLIENT_ID, OVER_ALLOCATED_CLIENT_ID, seedDemo } from '../../server/seed.js';

// The reference backend on a real (embedded) PostgreSQL, reached over real HTTP by the kit's own client.
let db: Database;
let baseUrl: string;
const server = createServer();

before(async () => {
  db = await openPglite();
  const files = readdirSync(new URL('../../server/db/migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort();
  assert.deepEqual(await migrate(db), files, 'every migration runs, in order');
  assert.equal(await seedDemo(db), true);
  server.on('request', getRequestListener(createApp(db, configFromEnv({ LOG_LEVEL: 'silent' })).fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

after(async () => {
  server.close();
  await db.close();
});

const as = (token: string) => createHttpApi({ baseUrl, token, retryBaseDelayMs: 1 });

test('migrations and seed run once', async () => {
  assert.deepEqual(await migrate(db), []);
  assert.equal(await seedDemo(db), false);
});

test('GET /me answers each demo admin with its role and scope', async () => {
  const partner = await as('demo-partner').getMe();
  assert.equal(partner.role, 'partner_admin');
  assert.deepEqual(partner.scope, { kind: 'partner', partnerId: 'p-nordlys' });
  const agency = await as('demo-agency').getMe();
  assert.equal(agency.scope.kind, 'agencies');
  assert.deepEqual(agency.scope.kind === 'agencies' && agency.scope.agencyIds, [`${BIG_CLIENT_ID}-a1`, `${BIG_CLIENT_ID}-a2`]);
  assert.equal((await as('demo-super').getMe()).role, 'super_admin');
});

test('an unknown or missing token is a 401 problem', async () => {
  await assert.rejects(as('not-a-token').getMe(), (error: unknown) => error instanceof ProblemError && error.status === 401 && error.code === 'unauthenticated');
});

test('clients: the partner pages through its 40, a client admin sees only its own', async () => {
  const first = await as('demo-partner').listClients({ limit: 15 });
  assert.equal(first.total, 40);
  assert.equal(first.items.length, 15);
  const second = await as('demo-partner').listClients({ limit: 15, cursor: first.nextCursor! });
  assert.equal(second.items.length, 15);
  assert.equal(new Set([...first.items, ...second.items].map((c) => c.id)).size, 30, 'pages do not overlap');
  assert.deepEqual((await as('demo-partner').listClients({ q: 'lumière' })).items.map((c) => c.id), [BIG_CLIENT_ID]);
  assert.deepEqual((await as('demo-super').listClients()).items.map((c) => c.id), [BIG_CLIENT_ID]);
});

test('licence pools: over-allocation comes back as a negative remaining', async () => {
  const pools = await as('demo-partner').listLicencePools(OVER_ALLOCATED_CLIENT_ID);
  const core = pools.items.find((pool) => pool.key === 'core')!;
  assert.ok(core.remaining < 0, `remaining ${core.remaining}`);
  assert.equal(core.remaining, core.total - core.used);
});

test('another client is not found for a client-scoped admin (404, not 403)', async () => {
  await assert.rejects(as('demo-super').listLicencePools(OVER_ALLOCATED_CLIENT_ID), (error: unknown) => error instanceof ProblemError && error.status === 404);
  await assert.rejects(as('demo-agency').listLicencePools(OVER_ALLOCATED_CLIENT_ID), (error: unknown) => error instanceof ProblemError && error.status === 404);
  assert.ok((await as('demo-agency').listLicencePools(BIG_CLIENT_ID)).items.length > 0);
});
