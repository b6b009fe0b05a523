import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ProblemError } from '../../src/api/errors.js';
import { openPostgres } from '../../server/db/postgres.js';
import { sendBulk } from '../../server/domain/invitations.js';
import { retryOutbox } from '../../server/domain/mailer.js';
import { DEFAULT_RATE_LIMITS } from '../../server/domain/rate-limit.js';
import { scratchSchema, type ScratchSchema } from './support/scratch-schema.js';
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

/**
 * A bulk send counts a pool once and then trusts its own count chunk after
 * chunk while nobody else locked the pool (lockPools' seat epoch). Here single
 * invitations take seats of the same pool between its chunks: the pool must
 * still end exactly full, never past its total, with one email per success.
 */
async function bulkRace(server: TestServer): Promise<void> {
  Object.assign(server.config, { rateLimits: { adminRequests: 100_000, recipientEmails: 100_000 } });
  const api = server.as('demo-super');
  const SEATS = 40;
  const BULK = 60;
  const SINGLES = 20;
  const poolId = `${CLIENT}-bulk-${randomUUID().slice(0, 8)}`;
  await server.db.query("insert into licence_pools (id, client_id, key, name, kind, total) values ($1, $2, $1, 'Bulk race', 'user', $3)", [poolId, CLIENT, SEATS]);
  const tag = randomUUID().slice(0, 8);
  const created = await Promise.all(
    Array.from({ length: BULK + SINGLES }, (_, i) =>
      api.createUser(CLIENT, { firstName: 'Bulk', lastName: `Racer${i}`, email: `bulk.${tag}.${i}@example.com`, login: `bulk.racer${tag}${i}`, mailLanguage: 'en', licencePoolIds: [poolId] }),
    ),
  );
  const bulkIds = created.slice(0, BULK).map((u) => u.id);
  const singleIds = created.slice(BULK).map((u) => u.id);
  const admin = await api.getMe();
  const ctx = { config: server.config, admin, reach: { clientId: CLIENT, partnerId: admin.scope.partnerId, agencyIds: null }, clientName: 'Race', now: new Date(), limits: { ...DEFAULT_RATE_LIMITS, adminRequests: 100_000, recipientEmails: 100_000 } };

  // Half the single invitations run between the bulk's chunks (for sure, on either driver), the other half
  // concurrently with it (on PostgreSQL they really overlap its transactions).
  const between = singleIds.slice(0, SINGLES / 2);
  const betweenSettled: PromiseSettledResult<unknown>[] = [];
  const afterChunk = async () => {
    const userId = between.shift();
    if (userId) betweenSettled.push(...(await Promise.allSettled([api.inviteUser(CLIENT, userId)])));
  };
  const [bulk, ...concurrent] = await Promise.allSettled([
    sendBulk(server.db, ctx, { userIds: bulkIds }, { chunkSize: 5, afterChunk }),
    ...singleIds.slice(SINGLES / 2).map(async (userId, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 5));
      return api.inviteUser(CLIENT, userId);
    }),
  ]);
  const singles = [...concurrent, ...betweenSettled];
  assert.equal(between.length, 0, 'every in-between invitation ran');
  assert.equal(bulk.status, 'fulfilled', bulk.status === 'rejected' ? String(bulk.reason) : '');
  const bulkResult = (bulk as PromiseFulfilledResult<Awaited<ReturnType<typeof sendBulk>>>).value.result;
  const singleSuccesses = singles.filter((s) => s.status === 'fulfilled').length;
  const refusals = singles.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as unknown);
  assert.deepEqual(refusals.filter((r) => !(r instanceof ProblemError && r.code === 'seat_limit')).map(String), [], 'single refusals are seat_limit');
  assert.deepEqual(new Set(bulkResult.results.filter((r) => r.outcome !== 'sent').map((r) => r.code)), bulkResult.failed ? new Set(['seat_limit']) : new Set(), 'bulk failures are seat_limit');
  assert.equal(bulkResult.sent + singleSuccesses, SEATS, 'exactly the seats of the pool are handed out');

  const pool = (await api.listLicencePools(CLIENT)).items.find((p) => p.id === poolId)!;
  assert.equal(pool.used, SEATS);
  assert.equal(pool.remaining, 0, 'never past its total');
  const [mails] = await server.db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = any($1::text[])', [[...bulkIds, ...singleIds]]);
  assert.equal(mails!.n, SEATS, 'one email per invitation that got a seat');
}

/**
 * Outbox retries on several instances: passes that run at once claim rows with
 * `for update skip locked`, so each due email is sent exactly once.
 */
async function outboxRace(server: TestServer): Promise<void> {
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  try {
    const tag = randomUUID().slice(0, 8);
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `race-${tag}-${i}`, to: `outbox.${tag}.${i}@example.com` }));
    await server.db.query(
      `insert into outbox (id, client_id, kind, to_address, subject, text_body, html_body, mail_language, delivery_status, attempts, next_attempt_at)
       select r.id, $2, 'invitation', r.to, 'Retry', 'Retry', '<p>Retry</p>', 'en', 'retrying', 1, now() - interval '1 minute'
         from jsonb_to_recordset($1::jsonb) as r(id text, "to" text)`,
      [JSON.stringify(rows), CLIENT],
    );
    // Rows never tried (their process died between the commit and the send): the same claim takes them once.
    // Each is the only email of its user (the worker sends only a user's newest invitation).
    const owners = await server.db.query<{ id: string }>(
      'select id from users u where client_id = $1 and not exists (select 1 from outbox o where o.user_id = u.id) order by id limit 15',
      [CLIENT],
    );
    const pending = owners.map((owner, i) => ({ id: `race-${tag}-p${i}`, to: `outbox.${tag}.p${i}@example.com`, user: owner.id }));
    await server.db.query(
      `insert into outbox (id, client_id, user_id, kind, to_address, subject, text_body, html_body, mail_language, created_at)
       select r.id, $2, r.user, 'invitation', r.to, 'Never sent', 'Never sent', '<p>Never sent</p>', 'en', now() - interval '10 minutes'
         from jsonb_to_recordset($1::jsonb) as r(id text, "to" text, "user" text)`,
      [JSON.stringify(pending), CLIENT],
    );
    // Attempts before the passes: one per retrying row, none per pending row.
    const attemptsBefore = rows.length;
    rows.push(...pending);
    // The window takes these pending rows, not the ones the races above left pending a moment ago (under 5 minutes old).
    const config = {
      ...server.config,
      smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      outboxRetry: { batchSize: 10, pendingGraceMs: 5 * 60_000, pendingMaxAgeMs: 15 * 60_000 },
    };
    const claimed = await Promise.all(Array.from({ length: 6 }, () => retryOutbox(server.db, config)));
    const [state] = await server.db.query<{ delivered: number; attempts: number }>(
      "select count(*) filter (where delivery_status = 'delivered')::int as delivered, sum(attempts)::int as attempts from outbox where id = any($1::text[])",
      [rows.map((r) => r.id)],
    );
    assert.ok(claimed.reduce((a, b) => a + b, 0) <= rows.length, 'no row claimed twice');
    assert.equal(received.length, new Set(received).size, 'no email sent twice');
    assert.equal(received.length, state!.delivered);
    assert.equal(state!.attempts, attemptsBefore + state!.delivered, 'one attempt counted per email sent');
    assert.ok(pending.some((row) => received.includes(row.to)), 'the pending rows are claimed too');
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
}

describe('seat race on PGlite', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ users: 120 });
  });
  after(() => server.close());

  test(`${INVITES} concurrent invites for ${SEATS_LEFT} seats: exactly ${SEATS_LEFT} succeed`, () => race(server));
  test('a bulk send in chunks racing with single invitations fills the pool exactly', () => bulkRace(server));
  test('outbox retry passes running at once send each due email once', () => outboxRace(server));
});

const databaseUrl = process.env.DATABASE_URL;

describe('seat race on PostgreSQL', { skip: databaseUrl ? false : 'set DATABASE_URL to run it on a real PostgreSQL server' }, () => {
  let server: TestServer;
  let schema: ScratchSchema | undefined;

  before(async () => {
    schema = await scratchSchema(databaseUrl!, 'seat_race');
    server = await startTestServer({ users: 120, db: await openPostgres(schema.url) });
  });

  after(async () => {
    await server?.close();
    await schema?.drop();
  });

  test(`${INVITES} concurrent invites for ${SEATS_LEFT} seats: exactly ${SEATS_LEFT} succeed`, () => race(server));
  test('a bulk send in chunks racing with single invitations fills the pool exactly', () => bulkRace(server));
  test('outbox retry passes running at once send each due email once', () => outboxRace(server));
});
