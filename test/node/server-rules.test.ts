import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ProblemError } from '../../src/api/errors.js';
import type { SeatShortfall } from '../../src/api/schemas/problem.js';
import type { ReplaceNewcomer, User, UserCreate } from '../../src/api/schemas/user.js';
import type { Database } from '../../server/db/database.js';
import { openPostgres } from '../../server/db/postgres.js';
import { retryDelayMs, retryOutbox, startOutboxWorker, DEFAULT_OUTBOX_RETRY } from '../../server/domain/mailer.js';
import { lockPools } from '../../server/domain/seats.js';
import { checkedBody, withJson } from '../../server/http/contract-router.js';
import { scratchSchema, type ScratchSchema } from './support/scratch-schema.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// Rules of DOMAIN.md the reference backend enforces beyond the schemas: support management capped by the
// operator pool, a contact's owner kept right at the data level, modification prevention on invitation
// overrides, the outbox retrying what the relay refused, due suspensions never listed as active, and the
// seat epoch that lets a bulk send count a pool once. They run on PGlite, and on the real PostgreSQL server
// of DATABASE_URL when it is set (the `postgres` suite of scripts/test.mjs).
const C = 'c-001';
const SCOPE = ['c-001-a1', 'c-001-a2'];
let server: TestServer;

/** The demo seed on `db` (PGlite when absent), served over HTTP. */
async function startRulesServer(db?: Database): Promise<TestServer> {
  // The app's own outbox worker stays out of the way: the retry tests drive the passes (and the clock) themselves.
  const started = await startTestServer({ users: 300, config: { outboxRetry: { intervalMs: 2_000_000_000 } }, ...(db ? { db } : {}) });
  Object.assign(started.config, { rateLimits: { adminRequests: 100_000, recipientEmails: 100_000 } });
  return started;
}

const superApi = () => server.as('demo-super');
const agencyApi = () => server.as('demo-agency');

let counter = 0;
function person(overrides: Partial<UserCreate> = {}): UserCreate {
  counter++;
  const tag = `${randomUUID().slice(0, 6)}${counter}`;
  return { firstName: 'Rule', lastName: `Case${tag}`, email: `rule.${tag}@example.com`, login: `rule.case${tag}`, mailLanguage: 'en', agencyIds: [SCOPE[0]!], ...overrides };
}

/** A newcomer for replaceUser: a person with an email (ReplaceNewcomer requires it). */
function arrival(overrides: Partial<UserCreate> = {}): ReplaceNewcomer {
  const fields = person(overrides);
  return { ...fields, email: fields.email ?? `arrival.${randomUUID().slice(0, 8)}@example.com` };
}

async function refused(promise: Promise<unknown>, status: number, code: string, path?: string): Promise<ProblemError> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return error instanceof ProblemError && error.status === status && error.code === code && (path === undefined || error.fieldErrors.some((e) => e.path === path));
  });
  return caught as ProblemError;
}

const operatorPool = async () => {
  const pools = await superApi().listLicencePools(C);
  const pool = pools.items.find((p) => p.kind === 'operator');
  assert.ok(pool, 'the big client has an operator pool');
  return pool;
};

/** Makes the operator pool hold exactly `free` more seats than it uses now. */
async function operatorSeatsLeft(free: number): Promise<void> {
  const pool = await operatorPool();
  await server.db.query('update licence_pools set total = $2 where id = $1', [pool.id, pool.used + free]);
}

/** Every rule, against `server` (set by the describe that runs them). */
function rules(): void {
  describe('support management makes the user an operator, capped by the operator pool', () => {
    test('on: the operator pool is assigned, a seat taken for an active user, the role becomes operator; off frees it', async () => {
      await operatorSeatsLeft(1);
      const pool = await operatorPool();
      const user = await superApi().createUser(C, person({ invite: true }));
      await server.db.query("update users set status = 'active', activated_at = now() where id = $1", [user.id]);

      const on = await superApi().updateUser(C, user.id, { capabilities: { remoteManagement: false, supportManagement: true } });
      assert.equal(on.capabilities.supportManagement, true);
      assert.ok(on.licencePoolIds.includes(pool.id), 'the operator pool is assigned');
      assert.equal(on.role, 'operator');
      assert.equal((await operatorPool()).used, pool.used + 1);
      assert.equal((await operatorPool()).remaining, 0);

      const off = await superApi().updateUser(C, user.id, { capabilities: { remoteManagement: false, supportManagement: false } });
      assert.ok(!off.licencePoolIds.includes(pool.id), 'the operator pool is left');
      assert.equal(off.role, 'user');
      assert.equal((await operatorPool()).used, pool.used, 'the seat is freed');
    });

    test('a full operator pool refuses support with 409 seat_limit naming the pool, and nothing changes', async () => {
      await operatorSeatsLeft(0);
      const pool = await operatorPool();
      const user = await superApi().createUser(C, person({ invite: true }));
      const problem = await refused(superApi().updateUser(C, user.id, { capabilities: { remoteManagement: true, supportManagement: true } }), 409, 'seat_limit', 'licencePoolIds');
      assert.match(problem.message + problem.fieldErrors.map((e) => e.message).join(' '), new RegExp(pool.name));
      const after = await superApi().getUser(C, user.id);
      assert.equal(after.capabilities.supportManagement, false);
      assert.equal(after.role, 'user');
      assert.equal((await operatorPool()).used, pool.used);
    });

    test('a pending user gets the pool without a seat; the invitation takes it (or is refused when the pool is full)', async () => {
      await operatorSeatsLeft(0);
      const pool = await operatorPool();
      const created = await superApi().createUser(C, person({ capabilities: { remoteManagement: false, supportManagement: true } }));
      assert.ok(created.licencePoolIds.includes(pool.id), 'created with support: assigned the operator pool');
      assert.equal(created.role, 'operator');
      assert.equal((await operatorPool()).used, pool.used, 'pending: no seat yet');
      await refused(superApi().inviteUser(C, created.id), 409, 'seat_limit');
      // Naming other pools in the invitation does not shed the operator pool.
      await operatorSeatsLeft(1);
      const sent = await superApi().inviteUser(C, created.id, { licencePoolIds: ['c-001-core'] });
      assert.deepEqual([...sent.user.licencePoolIds].sort(), ['c-001-core', pool.id].sort());
      assert.equal((await operatorPool()).remaining, 0);
    });
  });

  describe("a contact's owner reference", () => {
    async function ownerAndContact() {
      const owner = await superApi().createUser(C, person());
      const contact = await superApi().createUser(C, person({ accountType: 'contact', ownerLogin: owner.login.toUpperCase(), email: null }));
      return { owner, contact };
    }

    test('is stored as the owner spells its login, and follows when the owner login changes', async () => {
      const { owner, contact } = await ownerAndContact();
      assert.equal(contact.ownerLogin, owner.login, 'the owner spelling, not the one typed');
      const renamed = await superApi().updateUser(C, owner.id, { login: `renamed.${owner.login.split(".")[1]}` });
      assert.equal((await superApi().getUser(C, contact.id)).ownerLogin, renamed.login);
      const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from users where owner_login = $1', [owner.login]);
      assert.equal(row!.n, 0, 'no contact points at the old login');
    });

    test('an owner with contacts cannot be deleted (409 naming them); once they are gone it can', async () => {
      const { owner, contact } = await ownerAndContact();
      await refused(superApi().deleteUser(C, owner.id), 409, 'conflict', 'userId');
      assert.equal((await superApi().getUser(C, contact.id)).ownerLogin, owner.login, 'the contact keeps its owner');
      // The database refuses it too, whoever writes.
      await assert.rejects(server.db.query('delete from users where id = $1', [owner.id]), /foreign key|violates/i);
      await superApi().deleteUser(C, contact.id);
      await superApi().deleteUser(C, owner.id);
      await refused(superApi().getUser(C, owner.id), 404, 'not_found');
    });

    test('an owner cannot become a contact; a contact that becomes a user has no owner', async () => {
      const { owner, contact } = await ownerAndContact();
      const other = await superApi().createUser(C, person());
      await refused(superApi().updateUser(C, owner.id, { accountType: 'contact', ownerLogin: other.login }), 409, 'conflict', 'accountType');
      const promoted = await superApi().updateUser(C, contact.id, { accountType: 'user' });
      assert.equal(promoted.ownerLogin, null);
      await superApi().deleteUser(C, owner.id);
    });
  });

  describe('modification prevention on invitation overrides', () => {
    async function protectedUser() {
      return superApi().createUser(C, person({ modificationPrevention: true }));
    }

    test('an admin invites a protected user as it is, but may not override its record (403 naming the fields)', async () => {
      const user = await protectedUser();
      const problem = await refused(agencyApi().inviteUser(C, user.id, { email: `other.${randomUUID().slice(0, 8)}@example.com`, mailLanguage: 'fr' }), 403, 'forbidden', 'email');
      assert.ok(problem.fieldErrors.some((e) => e.path === 'mailLanguage'));
      const unchanged = await superApi().getUser(C, user.id);
      assert.equal(unchanged.status, 'pending');
      assert.equal(unchanged.email, user.email);
      const [mails] = await server.db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = $1', [user.id]);
      assert.equal(mails!.n, 0, 'no email for a refused invitation');
      // The same values as the record are no change; no overrides at all is a plain invitation.
      const sent = await agencyApi().inviteUser(C, user.id, { email: user.email!, mailLanguage: user.mailLanguage });
      assert.equal(sent.user.status, 'invited');
    });

    test('the super admin may override a protected record', async () => {
      const user = await protectedUser();
      const email = `super.${randomUUID().slice(0, 8)}@example.com`;
      const sent = await superApi().inviteUser(C, user.id, { email });
      assert.equal(sent.user.email, email);
    });

    test('an admin cannot replace a protected leaver (its deactivation is a change)', async () => {
      const leaver = await superApi().createUser(C, person({ modificationPrevention: true, invite: true }));
      await refused(agencyApi().replaceUser(C, leaver.id, { newcomer: arrival() }), 403, 'forbidden');
      assert.equal((await superApi().getUser(C, leaver.id)).status, 'invited');
    });
  });

  describe('outbox retries', () => {
    /** A relay that refuses (451, temporary) the first `refusals` messages, then accepts. */
    async function flakyRelay(refusals: number) {
      const accepted: string[] = [];
      let seen = 0;
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          stream.on('data', () => {});
          stream.on('end', () => {
            seen++;
            if (seen <= refusals) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
            accepted.push(session.envelope.rcptTo.map((r) => r.address).join(','));
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      return { accepted, url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
    }

    interface OutboxRow {
      delivery_status: string;
      attempts: number;
      next_attempt_at: Date | null;
      delivered_at: Date | null;
      delivery_error: string | null;
    }
    const outboxOf = async (userId: string) =>
      (await server.db.query<OutboxRow>('select delivery_status, attempts, next_attempt_at, delivered_at, delivery_error from outbox where user_id = $1', [userId]))[0]!;

    /**
     * Runs `work` with SMTP set and a clock that the test moves. The retry tests follow one row each: rows the
     * other tests left `pending` (written without SMTP) are kept out (`pendingMaxAgeMs: 0`) unless `policy` asks.
     */
    async function withRelay(
      refusals: number,
      work: (relay: Awaited<ReturnType<typeof flakyRelay>>, clock: { at: number }) => Promise<void>,
      policy: Partial<typeof DEFAULT_OUTBOX_RETRY> = { pendingMaxAgeMs: 0 },
    ) {
      const relay = await flakyRelay(refusals);
      const clock = { at: Date.now() };
      const saved = { smtpUrl: server.config.smtpUrl, now: server.config.now, outboxRetry: server.config.outboxRetry };
      Object.assign(server.config, {
        smtpUrl: relay.url,
        now: () => new Date(clock.at),
        outboxRetry: { ...saved.outboxRetry, baseDelayMs: 60_000, maxAttempts: 3, ...policy },
      });
      try {
        await work(relay, clock);
      } finally {
        Object.assign(server.config, saved);
        await relay.close();
      }
    }

    test('a refused email is retried after its backoff, counted, and delivered; the status is in the outbox', async () => {
      await withRelay(1, async (relay, clock) => {
        const user = await superApi().createUser(C, person({ invite: true }));
        let row = await outboxOf(user.id);
        assert.equal(row.delivery_status, 'retrying');
        assert.equal(row.attempts, 1);
        assert.match(row.delivery_error ?? '', /451|try again/);
        const wait = new Date(row.next_attempt_at!).getTime() - clock.at;
        assert.ok(wait >= 60_000 && wait <= 72_000, `first backoff about 60 s (got ${wait} ms)`);

        assert.equal(await retryOutbox(server.db, server.config), 0, 'not due yet: nothing is sent');
        clock.at += 73_000;
        assert.equal(await retryOutbox(server.db, server.config), 1);
        row = await outboxOf(user.id);
        assert.equal(row.delivery_status, 'delivered');
        assert.equal(row.attempts, 2);
        assert.ok(row.delivered_at);
        assert.equal(row.delivery_error, null);
        assert.deepEqual(relay.accepted, [user.email]);
        assert.equal(await retryOutbox(server.db, server.config), 0, 'a delivered email is never sent again');
      });
    });

    test('after maxAttempts the row is failed and left alone; backoff doubles up to its cap', async () => {
      await withRelay(100, async (relay, clock) => {
        const user = await superApi().createUser(C, person({ invite: true }));
        for (let attempt = 2; attempt <= 3; attempt++) {
          clock.at += 10 * 60_000;
          assert.equal(await retryOutbox(server.db, server.config), 1);
        }
        const row = await outboxOf(user.id);
        assert.equal(row.delivery_status, 'failed');
        assert.equal(row.attempts, 3);
        assert.equal(row.next_attempt_at, null);
        clock.at += 24 * 60 * 60_000;
        assert.equal(await retryOutbox(server.db, server.config), 0);
        assert.deepEqual(relay.accepted, []);
      });
      const policy = { ...DEFAULT_OUTBOX_RETRY, baseDelayMs: 1000, maxDelayMs: 5000 };
      assert.deepEqual([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(policy, attempts, () => 0)), [1000, 2000, 4000, 5000, 5000]);
    });

    test('a row left pending (the process died before its first send) is sent by the worker after the grace period, once', async () => {
      // Written without SMTP: the row stays `pending`, exactly as when the process dies between the commit and the send.
      const user = await superApi().createUser(C, person({ invite: true }));
      assert.equal((await outboxOf(user.id)).delivery_status, 'pending');
      // Older than the accept link's lifetime: never sent, whenever SMTP comes.
      const stale = `stale-${randomUUID()}`;
      await server.db.query(
        `insert into outbox (id, client_id, kind, to_address, subject, text_body, html_body, mail_language, created_at)
         values ($1, $2, 'invitation', $3, 'Old', 'Old', '<p>Old</p>', 'en', now() - interval '8 days')`,
        [stale, C, `${stale}@example.com`],
      );
      await withRelay(
        0,
        async (relay, clock) => {
          const sentTo = (address: string) => relay.accepted.filter((to) => to === address).length;
          const start = Date.now();
          clock.at = start + 60_000;
          await retryOutbox(server.db, server.config);
          assert.equal((await outboxOf(user.id)).delivery_status, 'pending', 'within the grace period the row is left to the sender that wrote it');
          clock.at = start + DEFAULT_OUTBOX_RETRY.pendingGraceMs + 60_000;
          // Two instances' workers at once: the same claim as retries, so one email.
          await Promise.all([retryOutbox(server.db, server.config), retryOutbox(server.db, server.config), retryOutbox(server.db, server.config)]);
          const row = await outboxOf(user.id);
          assert.equal(row.delivery_status, 'delivered');
          assert.equal(row.attempts, 1);
          assert.equal(sentTo(user.email!), 1);
          clock.at += 60 * 60_000;
          await retryOutbox(server.db, server.config);
          assert.equal(sentTo(user.email!), 1, 'a delivered row is never sent again');
          const [old] = await server.db.query<{ delivery_status: string }>('select delivery_status from outbox where id = $1', [stale]);
          assert.equal(old!.delivery_status, 'pending', 'a row older than pendingMaxAgeMs is left alone');
          assert.equal(sentTo(`${stale}@example.com`), 0);
        },
        {},
      );
    });

    test('of two emails left pending for one user (invited, then re-invited), only the newest goes out', async () => {
      const user = await superApi().createUser(C, person({ invite: true }));
      await superApi().inviteUser(C, user.id);
      const rows = await server.db.query<{ id: string }>('select id from outbox where user_id = $1 order by created_at', [user.id]);
      assert.equal(rows.length, 2);
      await withRelay(
        0,
        async (relay, clock) => {
          clock.at = Date.now() + DEFAULT_OUTBOX_RETRY.pendingGraceMs + 60_000;
          await retryOutbox(server.db, server.config);
          assert.deepEqual(relay.accepted.filter((to) => to === user.email), [user.email], 'one email, not two');
          const statuses = await server.db.query<{ id: string; delivery_status: string }>('select id, delivery_status from outbox where user_id = $1', [user.id]);
          const newest = statuses.find((row) => row.id === rows[1]!.id);
          assert.equal(newest?.delivery_status, 'delivered', 'the newest link is the one sent');
        },
        {},
      );
    });

    test('the background worker of the app makes the retry by itself', async () => {
      await withRelay(1, async (relay, clock) => {
        const user = await superApi().createUser(C, person({ invite: true }));
        assert.equal((await outboxOf(user.id)).delivery_status, 'retrying');
        clock.at += 73_000;
        const worker = startOutboxWorker(server.db, { ...server.config, outboxRetry: { intervalMs: 20 } });
        try {
          for (let i = 0; i < 100 && (await outboxOf(user.id)).delivery_status !== 'delivered'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        } finally {
          worker.stop();
        }
        assert.equal((await outboxOf(user.id)).delivery_status, 'delivered');
        assert.deepEqual(relay.accepted, [user.email]);
      });
    });
  });

  describe('due suspensions in the list', () => {
    test('a user whose suspension date has passed is never listed as active, and the total agrees', async () => {
      const user = await superApi().createUser(C, person({ invite: true, lastName: `Suspended${randomUUID().slice(0, 6)}` }));
      await server.db.query("update users set status = 'active', activated_at = now(), suspension_date = now() - interval '1 second' where id = $1", [user.id]);
      const query = { q: user.lastName, status: ['active' as const] };
      const active = await superApi().listUsers(C, query);
      assert.deepEqual(active.items.map((u) => u.id), [], 'not listed as active');
      assert.equal(active.total, 0);
      const inactive = await superApi().listUsers(C, { q: user.lastName, status: ['inactive'] });
      assert.deepEqual(inactive.items.map((u) => u.id), [user.id]);
      assert.equal(inactive.items[0]!.status, 'inactive');
    });
  });

  describe('seat epochs', () => {
    test('lockPools reuses a known count only when nobody locked the pool since', async () => {
      const poolId = `${C}-epoch-${randomUUID().slice(0, 8)}`;
      await server.db.query("insert into licence_pools (id, client_id, key, name, kind, total) values ($1, $2, $1, 'Epoch', 'user', 10)", [poolId, C]);
      const [holder] = await server.db.query<{ id: string }>("select id from users where client_id = $1 and status = 'active' limit 1", [C]);
      await server.db.query('insert into user_licence_pools (user_id, pool_id) values ($1, $2)', [holder!.id, poolId]);

      const first = await server.db.transaction((tx) => lockPools(tx, C, [poolId]));
      assert.equal(first[0]!.used, 1, 'counted');
      // A made-up count shows whether the next lock counted again or trusted it.
      const known = new Map([[poolId, { epoch: first[0]!.epoch, used: 7 }]]);
      const reused = await server.db.transaction((tx) => lockPools(tx, C, [poolId], known));
      assert.equal(reused[0]!.used, 7, 'same epoch: the known count is reused');
      assert.equal(reused[0]!.epoch, first[0]!.epoch + 1, 'every lock bumps the epoch');
      // Someone else locks in between: the epoch moves past what the caller knows, so it counts again.
      await server.db.transaction((tx) => lockPools(tx, C, [poolId]));
      const stale = new Map([[poolId, { epoch: reused[0]!.epoch, used: 7 }]]);
      const recounted = await server.db.transaction((tx) => lockPools(tx, C, [poolId], stale));
      assert.equal(recounted[0]!.used, 1, 'another lock since: counted again');
    });
  });

  describe('the list checks its page against the contract while the total is counted', () => {
    test('a page that breaks the contract is a 500, never sent; the valid page is sent with its total', async () => {
      const user = await superApi().createUser(C, person({ lastName: `Contract${randomUUID().slice(0, 6)}` }));
      const list = () => server.fetch(`/clients/${C}/users?q=${encodeURIComponent(user.lastName)}`, { token: 'demo-super' });
      const good = await list();
      assert.equal(good.status, 200);
      const body = (await good.json()) as { items: { id: string }[]; total: number; nextCursor: string | null };
      assert.deepEqual([body.items.map((u) => u.id), body.total, body.nextCursor], [[user.id], 1, null]);

      await server.db.query("update users set email = 'not-an-email' where id = $1", [user.id]);
      try {
        const bad = await list();
        assert.equal(bad.status, 500);
        const problem = (await bad.json()) as { code: string };
        assert.equal(problem.code, 'internal');
      } finally {
        await server.db.query('update users set email = $2 where id = $1', [user.id, user.email]);
      }
    });
  });


  test('offset (in the contract for grids) skips matches in the sort order, and its cursor continues from there', async () => {
    const api = superApi();
    const pages: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await api.listUsers(C, { sort: '-lastName', limit: 7, ...(cursor ? { cursor } : {}) });
      pages.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    }
    const jumped = await api.listUsers(C, { sort: '-lastName', limit: 7, offset: 7 });
    assert.deepEqual(jumped.items.map((u) => u.id), pages.slice(7, 14));
    const next = await api.listUsers(C, { sort: '-lastName', limit: 7, cursor: jumped.nextCursor! });
    assert.deepEqual(next.items.map((u) => u.id), pages.slice(14, 21));
    assert.equal(jumped.total, (await api.listUsers(C, { limit: 1 })).total, 'the total counts every match, whatever the offset');
  });

  describe('seat_limit problems name each short pool by id and key (seatShortfalls)', () => {
    /** A pool of the big client with `total` seats and `holders` active users in it (more holders than seats: over-allocated). */
    async function pool(total: number, holders = 0) {
      const tag = randomUUID().slice(0, 8);
      const id = `${C}-short-${tag}`;
      await server.db.query("insert into licence_pools (id, client_id, key, name, kind, total) values ($1, $2, $3, $4, 'user', $5)", [id, C, `short-${tag}`, `Short ${tag}`, total]);
      if (holders > 0) {
        await server.db.query(
          "insert into user_licence_pools (user_id, pool_id) select id, $2 from users where client_id = $1 and status = 'active' order by id limit $3",
          [C, id, holders],
        );
      }
      return { id, key: `short-${tag}`, name: `Short ${tag}` };
    }
    const shortfall = (p: { id: string; key: string; name: string }, remaining: number, needed = 1): SeatShortfall => ({ poolId: p.id, poolKey: p.key, poolName: p.name, needed, remaining });
    const shortfallsOf = (problem: ProblemError) => [...(problem.problem.seatShortfalls ?? [])].sort((a, b) => a.poolId.localeCompare(b.poolId));
    const byId = (list: SeatShortfall[]) => [...list].sort((a, b) => a.poolId.localeCompare(b.poolId));

    test('create with invite, and invite: every short pool, full or over-allocated, by id, key, name, needed and remaining', async () => {
      const full = await pool(0);
      const over = await pool(1, 2);
      const created = await refused(superApi().createUser(C, person({ invite: true, licencePoolIds: [full.id] })), 409, 'seat_limit', 'licencePoolIds');
      assert.deepEqual(shortfallsOf(created), [shortfall(full, 0)]);
      const user = await superApi().createUser(C, person({ licencePoolIds: [full.id, over.id, 'c-001-core'] }));
      const invited = await refused(superApi().inviteUser(C, user.id), 409, 'seat_limit');
      assert.deepEqual(shortfallsOf(invited), byId([shortfall(full, 0), shortfall(over, -1)]), 'both short pools, not only the first; core has room');
      assert.equal(invited.fieldErrors.length, 2, 'one field error per short pool');
    });

    test('reactivation, a PATCH of pools, support management and replace name the pool too', async () => {
      const room = await pool(1);
      const user = await superApi().createUser(C, person({ invite: true, licencePoolIds: [room.id] }));
      await superApi().changeUserStatus(C, user.id, { status: 'inactive' });
      await server.db.query('update licence_pools set total = 0 where id = $1', [room.id]);
      const reactivation = await refused(superApi().changeUserStatus(C, user.id, { status: 'active' }), 409, 'seat_limit');
      assert.deepEqual(shortfallsOf(reactivation), [shortfall(room, 0)]);

      const full = await pool(0);
      const invitedUser = await superApi().createUser(C, person({ invite: true }));
      const patch = await refused(superApi().updateUser(C, invitedUser.id, { licencePoolIds: [...invitedUser.licencePoolIds, full.id] }), 409, 'seat_limit');
      assert.deepEqual(shortfallsOf(patch), [shortfall(full, 0)]);

      await operatorSeatsLeft(0);
      const operators = await operatorPool();
      const support = await refused(superApi().updateUser(C, invitedUser.id, { capabilities: { remoteManagement: false, supportManagement: true } }), 409, 'seat_limit');
      assert.deepEqual(shortfallsOf(support), [{ poolId: operators.id, poolKey: operators.key, poolName: operators.name, needed: 1, remaining: 0 }]);

      // The leaver's seats move to the newcomer; a pool of the newcomer's own that is full refuses the replacement.
      const waiting = await superApi().createUser(C, person({ licencePoolIds: [full.id] }));
      const replace = await refused(superApi().replaceUser(C, invitedUser.id, { newcomerId: waiting.id }), 409, 'seat_limit');
      assert.deepEqual(shortfallsOf(replace), [shortfall(full, 0)]);
      assert.equal((await superApi().getUser(C, invitedUser.id)).status, 'invited', 'nothing changed');
    });

    test('bulk results name each user (UserSummary) and, on seat_limit, the pool', async () => {
      const one = await pool(1);
      const users: User[] = [];
      for (let i = 0; i < 3; i++) users.push(await superApi().createUser(C, person({ lastName: `Bulk${i}${randomUUID().slice(0, 6)}`, licencePoolIds: [one.id] })));
      const noEmail = await superApi().createUser(C, person({ email: null }));
      const result = await superApi().sendBulkInvitation(C, { userIds: [...users, noEmail].map((u) => u.id) });
      assert.deepEqual([result.sent, result.failed, result.skipped], [1, 2, 1]);
      for (const line of result.results) {
        const user: User = [...users, noEmail].find((u) => u.id === line.userId)!;
        assert.deepEqual(line.user, { id: user.id, firstName: user.firstName, lastName: user.lastName, login: user.login, userCode: user.userCode });
        if (line.code === 'seat_limit') assert.equal(line.poolId, one.id);
        else assert.equal(line.poolId, undefined);
      }
      assert.equal(result.results.filter((r) => r.poolId === one.id).length, 2);
    });
  });

  describe('only a super admin grants or removes the super admin role, on every route that sets a role', () => {
    const noMail = async (userId: string) => {
      const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = $1', [userId]);
      assert.equal(row!.n, 0, 'no email for a refused request');
    };

    test('an invitation by a plain admin cannot make (or unmake) a super admin: 403 naming role, nothing sent', async () => {
      const user = await superApi().createUser(C, person());
      const problem = await refused(agencyApi().inviteUser(C, user.id, { role: 'super_admin' }), 403, 'forbidden', 'role');
      assert.match(problem.message, /role/);
      const after = await superApi().getUser(C, user.id);
      assert.deepEqual([after.role, after.status], ['user', 'pending']);
      await noMail(user.id);

      const boss = await superApi().createUser(C, person({ role: 'super_admin' }));
      await refused(agencyApi().inviteUser(C, boss.id, { role: 'admin' }), 403, 'forbidden', 'role');
      assert.equal((await superApi().getUser(C, boss.id)).role, 'super_admin');
      // The same admin may still invite with a role it may give, and the super admin may give this one.
      assert.equal((await agencyApi().inviteUser(C, user.id, { role: 'admin' })).user.role, 'admin');
      assert.equal((await superApi().inviteUser(C, user.id, { role: 'super_admin' })).user.role, 'super_admin');
    });

    test('create and the newcomer of a replacement: 403 naming the field, nothing written', async () => {
      const fields = person({ role: 'super_admin' });
      await refused(agencyApi().createUser(C, fields), 403, 'forbidden', 'role');
      const [created] = await server.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1 and login = $2', [C, fields.login]);
      assert.equal(created!.n, 0);

      const leaver = await superApi().createUser(C, person({ invite: true }));
      const newcomer = arrival({ role: 'super_admin' });
      await refused(agencyApi().replaceUser(C, leaver.id, { newcomer }), 403, 'forbidden', 'newcomer.role');
      assert.equal((await superApi().getUser(C, leaver.id)).status, 'invited');
      const [arrived] = await server.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1 and login = $2', [C, newcomer.login]);
      assert.equal(arrived!.n, 0);
    });

    test('import rows cannot name super admins, whoever imports', async () => {
      for (const api of [agencyApi(), superApi()]) {
        const tag = randomUUID().slice(0, 6);
        const job = await api.validateImport(C, {
          kind: 'users',
          fileName: 'roles.csv',
          rows: [{ row: 2, cells: { LASTNAME: 'Boss', FIRSTNAME: 'Big', EMAIL: `big.boss${tag}@example.com`, LOGIN: `big.boss${tag}`, MAIL_LANGUAGE: 'en', ROLE: 'super_admin', AGENCIES: 'c-001-a1' } }],
        });
        assert.equal(job.status, 'invalid');
        assert.ok(job.errors.some((e) => e.column === 'ROLE' && e.code === 'invalid_enum'), JSON.stringify(job.errors));
      }
    });
  });

  describe('list filters: ids and capability', () => {
    test('ids: exactly the named users within reach, total included; capped at 500', async () => {
      const named = [await superApi().createUser(C, person()), await superApi().createUser(C, person()), await superApi().createUser(C, person({ agencyIds: ['c-001-a3'] }))];
      const ids = named.map((u) => u.id);
      const page = await superApi().listUsers(C, { ids, limit: 10 });
      assert.deepEqual(new Set(page.items.map((u) => u.id)), new Set(ids));
      assert.equal(page.total, 3);
      // An agency-scoped admin: the user of another agency is left out of the page and the total.
      const scoped = await agencyApi().listUsers(C, { ids, limit: 10 });
      assert.deepEqual(new Set(scoped.items.map((u) => u.id)), new Set(ids.slice(0, 2)));
      assert.equal(scoped.total, 2);
      // Combined with the other filters (AND).
      assert.equal((await superApi().listUsers(C, { ids, status: ['active'] })).total, 0);

      const seeded = Array.from({ length: 500 }, (_, i) => `${C}-u${i + 1}`);
      const many = await server.fetch(`/clients/${C}/users?limit=500&${seeded.map((id) => `ids=${id}`).join('&')}`, { token: 'demo-super' });
      assert.equal(many.status, 200);
      const [existing] = await server.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1 and id = any($2::text[])', [C, seeded]);
      assert.equal(((await many.json()) as { total: number }).total, existing!.n);
      const tooMany = await server.fetch(`/clients/${C}/users?${[...seeded, `${C}-u501`].map((id) => `ids=${id}`).join('&')}`, { token: 'demo-super' });
      assert.equal(tooMany.status, 400);
      assert.ok(((await tooMany.json()) as { errors: { path: string }[] }).errors.some((e) => e.path === 'ids'));
    });

    test('capability: users with any of the capabilities asked for, counted like every filter', async () => {
      const tag = `Cap${randomUUID().slice(0, 6)}`;
      const remote = await superApi().createUser(C, person({ lastName: `${tag}a`, capabilities: { remoteManagement: true, supportManagement: false } }));
      const support = await superApi().createUser(C, person({ lastName: `${tag}b`, capabilities: { remoteManagement: false, supportManagement: true } }));
      await superApi().createUser(C, person({ lastName: `${tag}c` }));
      const ids = (page: { items: { id: string }[] }) => page.items.map((u) => u.id).sort();
      assert.deepEqual(ids(await superApi().listUsers(C, { q: tag, capability: ['supportManagement'] })), [support.id]);
      assert.deepEqual(ids(await superApi().listUsers(C, { q: tag, capability: ['remoteManagement'] })), [remote.id]);
      assert.deepEqual(ids(await superApi().listUsers(C, { q: tag, capability: ['remoteManagement', 'supportManagement'] })), [remote.id, support.id].sort());
      const operators = await superApi().listUsers(C, { capability: ['supportManagement'], limit: 1 });
      const [count] = await server.db.query<{ n: number }>('select count(*)::int as n from users where client_id = $1 and support_management', [C]);
      assert.equal(operators.total, count!.n, 'the operators counter');
      const bad = await server.fetch(`/clients/${C}/users?capability=admin`, { token: 'demo-super' });
      assert.equal(bad.status, 400);
    });

    test('the same filters work where UserFilter is shared: export and bulk selection', async () => {
      const named = [await superApi().createUser(C, person()), await superApi().createUser(C, person())];
      const other = await superApi().createUser(C, person());
      const csv = await server.fetch(`/clients/${C}/users/export?format=csv&${named.map((u) => `ids=${u.id}`).join('&')}`, { token: 'demo-super' });
      assert.equal(csv.status, 200);
      const text = await csv.text();
      for (const user of named) assert.ok(text.includes(user.login), 'a named user is exported');
      assert.ok(!text.includes(other.login), 'only the named users');
      assert.equal(text.trim().split(/\r?\n/).length, 1 + named.length);
      const preview = await superApi().previewBulkInvitation(C, { filter: { ids: named.map((u) => u.id) } });
      assert.equal(preview.toInvite, 2);
    });
  });
}

test('withJson writes exactly the JSON the router would, or leaves the body to the router', () => {
  const items = [{ ...JSON.parse('{"a":1}'), b: 'é"\u2028' }];
  const checked = checkedBody({} as never, 'getMe', {
    id: 'adm-1', displayName: 'A', email: null, role: 'super_admin', scope: { kind: 'client', partnerId: 'p', clientId: 'c' }, permissions: [], supervisionSessionId: null,
  });
  // A body whose first member is an array: the spliced text is JSON.stringify's, byte for byte.
  const page = { ...checked, data: { items, total: 3, nextCursor: 'x"y' } } as unknown as typeof checked;
  assert.equal(withJson(page, 'items', JSON.stringify(items)).json, JSON.stringify(page.data));
  // Not the first member: nothing is spliced.
  assert.equal(withJson(page, 'total', '[]').json, undefined);
});

describe('server rules on PGlite', () => {
  before(async () => {
    server = await startRulesServer();
  });
  after(() => server.close());
  rules();
});

const databaseUrl = process.env.DATABASE_URL;

describe('server rules on PostgreSQL', { skip: databaseUrl ? false : 'set DATABASE_URL to run them on a real PostgreSQL server' }, () => {
  let schema: ScratchSchema | undefined;
  before(async () => {
    schema = await scratchSchema(databaseUrl!, 'server_rules');
    server = await startRulesServer(await openPostgres(schema.url));
  });
  after(async () => {
    await server?.close();
    await schema?.drop();
  });
  rules();
});
