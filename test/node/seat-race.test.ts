import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ProblemError } from '../../src/api/errors.js';
import { openPostgres } from '../../server/db/postgres.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

/**
 * The acceptance case: "with 5 seats left, 50 concurrent invites on a
 * real PostgreSQL server give exactly 5 successes". PGlite runs one
 * transaction at a time, so there it checks the arithmetic; on PostgreSQL
 * (`DATABASE_URL` set) the 50 transactions really overlap and only the pool
 * row lock in reserveSeats keeps the count right.
 */
const CLIENT = 'c-001';
const SEATS_LEFT = 5;
const INVITES = 50;

async function race(server: TestServer): Promise<void> {
  Object.assign(server.config, { rateLimits: { adminRequests: 100_000, recipientEmails: 100_000 } });
  const api = server.as('demo-super');

  // A pool with some seats already used and exactly five left.
  const poolId = `${CLIENT}-race-${randomUUID().slice(0, 8)}`;
  const holders = await server.db.query<{ id: string }>("select id from users where client_id = $1 and status = 'active' order by id limit 7", [CLIENT]);
  await server.db.query("insert into licence_pools (id, client_id, key, name, kind, total) values ($1, $2, $1, 'Race', 'user', $3)", [poolId, CLIENT, holders.length + SEATS_LEFT]);
  await server.db.query('insert into user_licence_pools (user_id, pool_id) select u, $2 from unnest($1::text[]) as u', [holders.map((h) => h.id), poolId]);

  const tag = randomUUID().slice(0, 8);
  const created = await Promise.all(
    Array.from({ length: INVITES }, (_, i) =>
      api.createUser(CLIENT, {
        firstName: 'Race',
        lastName: `Runner${i}`,
        email: `race.${tag}.${i}@example.com`,
        login: `race.runner${tag}${i}`,
        mailLanguage: 'en',
        licencePoolIds: [poolId],
      }),
    ),
  );
  const pending = created.map((user) => user.id);
  assert.ok(created.every((user) => user.status === 'pending'));
  const before = (await api.listLicencePools(CLIENT)).items.find((p) => p.id === poolId)!;
  assert.equal(before.remaining, SEATS_LEFT);

  // Every request its own key (the kit makes one per call), all in flight at once.
  const outcomes = await Promise.allSettled(pending.map((userId) => api.inviteUser(CLIENT, userId)));
  const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length;
  const refusals = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
  const unexpected = refusals.filter((r) => !(r instanceof ProblemError && r.status === 409 && r.code === 'seat_limit'));
  assert.deepEqual(unexpected.map(String), [], 'every refusal is a 409 seat_limit');
  assert.equal(succeeded, SEATS_LEFT, 'exactly the seats left');
  assert.equal(refusals.length, INVITES - SEATS_LEFT);

  const afterRace = (await api.listLicencePools(CLIENT)).items.find((p) => p.id === poolId)!;
  assert.equal(afterRace.used, afterRace.total);
  assert.equal(afterRace.remaining, 0);
  const [invited] = await server.db.query<{ n: number; mails: number }>(
    `select count(*)::int as n, (select count(*) from outbox where user_id = any($1::text[]))::int as mails
       from users where id = any($1::text[]) and status = 'invited'`,
    [pending],
  );
  assert.deepEqual(invited, { n: SEATS_LEFT, mails: SEATS_LEFT }, 'one email per success, none for a refusal');
}

describe('seat race on PGlite', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ users: 120 });
  });
  after(() => server.close());

  test(`${INVITES} concurrent invites for ${SEATS_LEFT} seats: exactly ${SEATS_LEFT} succeed`, () => race(server));
});

const databaseUrl = process.env.DATABASE_URL;

describe('seat race on PostgreSQL', { skip: databaseUrl ? false : 'set DATABASE_URL to run it on a real PostgreSQL server' }, () => {
  let server: TestServer;
  // A schema of its own per run, dropped afterwards, so the test reruns on a shared database.
  const schema = `seat_race_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = () => new pg.Client({ connectionString: databaseUrl });

  before(async () => {
    const client = admin();
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const url = new URL(databaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    server = await startTestServer({ users: 120, db: await openPostgres(url.toString()) });
  });

  after(async () => {
    await server?.close();
    const client = admin();
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  test(`${INVITES} concurrent invites for ${SEATS_LEFT} seats: exactly ${SEATS_LEFT} succeed`, () => race(server));
});
