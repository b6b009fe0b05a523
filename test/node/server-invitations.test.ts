import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ProblemError } from '../../src/api/errors.js';
import type { ReplaceUser, UserCreate } from '../../src/api/schemas/user.js';
import type { ServerConfig } from '../../server/config.js';
import { tokenDigest as adminTokenDigest } from '../../server/seed.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

const CLIENT = 'c-001';
const CORE = 'c-001-core';
const PASSWORD = 'correct horse battery staple';

let server: TestServer;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Limits far above what this file does; the rate-limit tests set their own. */
const GENEROUS = { adminRequests: 100_000, recipientEmails: 100_000 };
const setLimits = (limits: ServerConfig['rateLimits']) => Object.assign(server.config, { rateLimits: { ...GENEROUS, ...limits } });

before(async () => {
  server = await startTestServer({ users: 400 });
  setLimits({});
});

after(async () => {
  await server.close();
});

const superApi = () => server.as('demo-super');
/** The invited user: no token at all (the accept route is public). */
const anonymous = () => server.as('');

let counter = 0;
/** A new user's fields, unique in the client. */
function newcomer(overrides: Partial<UserCreate> = {}): UserCreate {
  counter++;
  const tag = `${Date.now().toString(36)}${counter}`;
  return {
    firstName: 'Inès',
    lastName: `Test${tag}`,
    email: `ines.test${tag}@example.com`,
    login: `ines.test${tag}`,
    mailLanguage: 'fr',
    agencyIds: [`${CLIENT}-a1`],
    licencePoolIds: [CORE],
    ...overrides,
  };
}

async function problem(promise: Promise<unknown>, status: number, code: string): Promise<ProblemError> {
  let caught: unknown;
  await assert.rejects(promise, (error: unknown) => {
    caught = error;
    return error instanceof ProblemError && error.status === status && error.code === code;
  });
  return caught as ProblemError;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  mail_language: string;
  delivered_at: Date | null;
  delivery_error: string | null;
}

const outboxOf = (userId: string) =>
  server.db.query<OutboxRow>('select * from outbox where user_id = $1 order by created_at, id', [userId]);

const tokenIn = (mail: OutboxRow) => {
  const match = /accept\.html#token=([A-Za-z0-9_-]+)/.exec(mail.text_body);
  assert.ok(match, 'the email carries an accept link');
  return match[1]!;
};

async function latestToken(userId: string): Promise<string> {
  const mails = await outboxOf(userId);
  assert.ok(mails.length > 0, 'an email was written');
  return tokenIn(mails[mails.length - 1]!);
}

async function poolUsage(poolId: string) {
  const pools = await superApi().listLicencePools(CLIENT);
  const pool = pools.items.find((p) => p.id === poolId);
  assert.ok(pool, `pool ${poolId}`);
  return pool;
}

/** A pool of its own, so seat counts do not depend on the other tests. */
async function createPool(total: number): Promise<string> {
  const id = `${CLIENT}-t${randomUUID().slice(0, 8)}`;
  await server.db.query("insert into licence_pools (id, client_id, key, name, kind, total) values ($1, $2, $1, $3, 'user', $4)", [id, CLIENT, `Test pool ${id}`, total]);
  return id;
}

const auditCount = async (action: string, subjectId: string) =>
  (await server.db.query<{ n: number }>('select count(*)::int as n from audit_events where action = $1 and subject_id = $2', [action, subjectId]))[0]!.n;

describe('createUser', () => {
  test('without invite the user is pending, takes no seat and gets no email', async () => {
    const before = await poolUsage(CORE);
    const user = await superApi().createUser(CLIENT, newcomer());
    assert.equal(user.status, 'pending');
    assert.equal(user.invitedAt, null);
    assert.deepEqual(user.licencePoolIds, [CORE]);
    assert.equal((await outboxOf(user.id)).length, 0);
    assert.equal((await poolUsage(CORE)).used, before.used);
    assert.equal(await auditCount('user.created', user.id), 1);
    assert.equal(await auditCount('user.invited', user.id), 0);
  });

  test('with invite: true the user is invited at once: a seat, an email in its language, a hashed single-use token', async () => {
    const before = await poolUsage(CORE);
    const response = await server.fetch(`/clients/${CLIENT}/users`, { method: 'POST', token: 'demo-super', body: JSON.stringify({ ...newcomer(), invite: true }) });
    assert.equal(response.status, 201);
    const user = (await response.json()) as { id: string; status: string; invitedAt: string | null; email: string };
    assert.equal(user.status, 'invited');
    assert.ok(user.invitedAt);
    assert.equal((await poolUsage(CORE)).used, before.used + 1);

    const [mail, ...more] = await outboxOf(user.id);
    assert.equal(more.length, 0);
    assert.equal(mail!.to_address, user.email);
    assert.equal(mail!.mail_language, 'fr');
    assert.match(mail!.subject, /Votre invitation à rejoindre Atelier Lumière/);
    assert.match(mail!.html_body, /<html lang="fr">/);
    assert.match(mail!.text_body, /Bonjour Inès,/);
    const token = tokenIn(mail!);
    assert.ok(mail!.text_body.includes(`${server.config.publicUrl}/accept.html#token=${token}`));
    assert.equal(Buffer.from(token, 'base64url').length, 32);

    const [invitation] = await server.db.query<{ token_sha256: string; expires_at: Date; sent_at: Date }>('select * from invitations where user_id = $1', [user.id]);
    assert.equal(invitation!.token_sha256, sha256(token), 'only the digest is stored');
    assert.equal(new Date(invitation!.expires_at).getTime() - new Date(invitation!.sent_at).getTime(), 7 * 24 * 3600 * 1000);
    const [leak] = await server.db.query<{ n: number }>(
      "select count(*)::int as n from audit_events where details::text like '%' || $1 || '%'",
      [token],
    );
    assert.equal(leak!.n, 0, 'the token is in no audit event');
    assert.equal(await auditCount('user.created', user.id), 1);
    assert.equal(await auditCount('user.invited', user.id), 1);
  });

  test('invite: true without an email is a 400 on `email`, and nothing is created', async () => {
    const fields = newcomer({ email: null });
    const error = await problem(superApi().createUser(CLIENT, { ...fields, invite: true }), 400, 'validation_failed');
    assert.deepEqual(error.fieldErrors.map((e) => e.path), ['email']);
    const [row] = await server.db.query<{ n: number }>('select count(*)::int as n from users where login = $1', [fields.login]);
    assert.equal(row!.n, 0);
  });

  test('an agency admin creates only in its own agencies (403 otherwise) and cannot bulk-invite', async () => {
    const agency = server.as('demo-agency');
    await problem(agency.createUser(CLIENT, newcomer({ agencyIds: [`${CLIENT}-a3`] })), 403, 'forbidden');
    await problem(agency.createUser(CLIENT, newcomer({ agencyIds: [] })), 403, 'forbidden');
    const created = await agency.createUser(CLIENT, newcomer({ agencyIds: [`${CLIENT}-a2`] }));
    assert.deepEqual(created.agencyIds, [`${CLIENT}-a2`]);
    await problem(agency.previewBulkInvitation(CLIENT, { userIds: [created.id] }), 403, 'forbidden');
    await problem(agency.sendBulkInvitation(CLIENT, { userIds: [created.id] }), 403, 'forbidden');
  });

  test('another client is not found', async () => {
    await problem(superApi().createUser('c-002', newcomer()), 404, 'not_found');
  });
});

describe('emails', () => {
  test('names are escaped in the HTML; each language has its own text and lang attribute', async () => {
    const hostile = await superApi().createUser(CLIENT, newcomer({ firstName: '<script>alert("x")</script>', lastName: 'O\'Brien & <b>Co</b>', mailLanguage: 'en', invite: true }));
    const [mail] = await outboxOf(hostile.id);
    assert.ok(!mail!.html_body.includes('<script>'), 'no user-controlled markup');
    assert.ok(mail!.html_body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(mail!.text_body.includes('Hello <script>alert("x")</script>,'), 'plain text stays as typed');
    assert.match(mail!.html_body, /<html lang="en">/);

    const expected: Record<string, [string, RegExp]> = {
      de: ['de', /Ihre Einladung zu Atelier Lumière/],
      'pt-br': ['pt-BR', /Seu convite para Atelier Lumière/],
      ja: ['ja', /Atelier Lumière への招待/],
      th: ['th', /คำเชิญเข้าร่วม Atelier Lumière/],
    };
    for (const [language, [lang, subject]] of Object.entries(expected)) {
      const user = await superApi().createUser(CLIENT, newcomer({ mailLanguage: language as UserCreate['mailLanguage'], invite: true }));
      const [sent] = await outboxOf(user.id);
      assert.equal(sent!.mail_language, lang);
      assert.match(sent!.subject, subject);
      assert.ok(sent!.html_body.includes(`<html lang="${lang}">`), language);
    }
  });
});

describe('inviteUser and acceptInvitation', () => {
  test('a resend keeps one valid link and no second seat; accept activates once', async () => {
    const user = await superApi().createUser(CLIENT, newcomer());
    const before = await poolUsage(CORE);
    const first = await superApi().inviteUser(CLIENT, user.id);
    assert.equal(first.user.status, 'invited');
    assert.equal(first.invitation.userId, user.id);
    assert.equal(first.invitation.email, user.email);
    const firstToken = await latestToken(user.id);
    assert.equal((await poolUsage(CORE)).used, before.used + 1);

    const resent = await superApi().inviteUser(CLIENT, user.id);
    assert.notEqual(resent.invitation.id, first.invitation.id);
    const secondToken = await latestToken(user.id);
    assert.notEqual(secondToken, firstToken);
    assert.equal((await poolUsage(CORE)).used, before.used + 1, 'a resend takes no new seat');
    assert.equal((await outboxOf(user.id)).length, 2);

    const visitor = anonymous();
    await problem(visitor.acceptInvitation(firstToken, { password: PASSWORD }), 410, 'invitation_expired');
    const accepted = await visitor.acceptInvitation(secondToken, { password: PASSWORD });
    assert.deepEqual(accepted, { userId: user.id, status: 'active' });
    await problem(visitor.acceptInvitation(secondToken, { password: PASSWORD }), 410, 'invitation_expired');

    const now = await superApi().getUser(CLIENT, user.id);
    assert.equal(now.status, 'active');
    assert.ok(now.activatedAt);
    const [stored] = await server.db.query<{ password_hash: string }>('select password_hash from users where id = $1', [user.id]);
    assert.match(stored!.password_hash, /^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    assert.ok(!stored!.password_hash.includes(PASSWORD));
    const [event] = await server.db.query<{ actor_id: string }>("select actor_id from audit_events where action = 'invitation.accepted' and subject_id = $1", [user.id]);
    assert.equal(event!.actor_id, user.id, 'the user accepted, no admin');

    await problem(superApi().inviteUser(CLIENT, user.id), 409, 'invalid_transition');
  });

  test('the accept link is public (no token needed) and checks the password length', async () => {
    const user = await superApi().createUser(CLIENT, newcomer({ invite: true }));
    const token = await latestToken(user.id);
    const short = await server.fetch(`/invitations/${token}/accept`, { method: 'POST', body: JSON.stringify({ password: 'short' }) });
    assert.equal(short.status, 400);
    assert.equal(((await short.json()) as { errors: { path: string }[] }).errors[0]!.path, 'password');
    const ok = await server.fetch(`/invitations/${token}/accept`, { method: 'POST', body: JSON.stringify({ password: PASSWORD }) });
    assert.equal(ok.status, 200);
  });

  test('an unknown token is 404, an expired one 410, one whose user was deactivated 410', async () => {
    await problem(anonymous().acceptInvitation('A'.repeat(43), { password: PASSWORD }), 404, 'not_found');

    const user = await superApi().createUser(CLIENT, newcomer({ invite: true }));
    const token = await latestToken(user.id);
    await server.db.query("update invitations set expires_at = now() - interval '1 minute' where user_id = $1", [user.id]);
    await problem(anonymous().acceptInvitation(token, { password: PASSWORD }), 410, 'invitation_expired');

    const other = await superApi().createUser(CLIENT, newcomer({ invite: true }));
    const otherToken = await latestToken(other.id);
    await server.db.query("update users set status = 'inactive' where id = $1", [other.id]);
    await problem(anonymous().acceptInvitation(otherToken, { password: PASSWORD }), 410, 'invitation_expired');
  });

  test('overrides: another email replaces the account one (unique), role, agencies, pools, language', async () => {
    const user = await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [] }));
    const taken = await superApi().createUser(CLIENT, newcomer());
    const clash = await problem(superApi().inviteUser(CLIENT, user.id, { email: taken.email!.toUpperCase() }), 409, 'email_taken');
    assert.equal(clash.fieldErrors[0]?.path, 'email');

    const email = `Other.${randomUUID().slice(0, 6)}@Example.com`;
    const sent = await superApi().inviteUser(CLIENT, user.id, { email, mailLanguage: 'en', role: 'operator', agencyIds: [`${CLIENT}-a2`], licencePoolIds: [CORE] });
    assert.equal(sent.user.email, email, 'spelling kept');
    assert.equal(sent.user.mailLanguage, 'en');
    assert.equal(sent.user.role, 'operator');
    assert.deepEqual(sent.user.agencyIds, [`${CLIENT}-a2`]);
    assert.deepEqual(sent.user.licencePoolIds, [CORE]);
    assert.equal(sent.invitation.email, email);
    const [mail] = await outboxOf(user.id);
    assert.equal(mail!.to_address, email);
    assert.match(mail!.subject, /^Your invitation to/);
  });

  test('no email on the account and none given: 400 on `email`; with one given it goes out', async () => {
    const [row] = await server.db.query<{ id: string }>(
      "select id from users where client_id = $1 and id like 'c-001-u%' and status = 'pending' and email is null and account_type = 'user' order by id limit 1",
      [CLIENT],
    );
    assert.ok(row, 'the seed has pending users without email');
    const error = await problem(superApi().inviteUser(CLIENT, row.id), 400, 'validation_failed');
    assert.deepEqual(error.fieldErrors.map((e) => e.path), ['email']);
    const sent = await superApi().inviteUser(CLIENT, row.id, { email: `given.${randomUUID().slice(0, 6)}@example.com` });
    assert.equal(sent.user.status, 'invited');
  });

  test('active, banned and closed users cannot be invited (409 invalid_transition)', async () => {
    for (const status of ['active', 'banned', 'closed', 'inactive']) {
      const [row] = await server.db.query<{ id: string }>("select id from users where client_id = $1 and id like 'c-001-u%' and status = $2 and email is not null order by id limit 1", [CLIENT, status]);
      assert.ok(row, status);
      const error = await problem(superApi().inviteUser(CLIENT, row.id), 409, 'invalid_transition');
      if (status === 'active') assert.match(error.message, /already active/);
    }
  });

  test('a full pool refuses the invitation with 409 seat_limit naming it, and nothing changes', async () => {
    const pool = await createPool(1);
    const [a, b] = [await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool] })), await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool] }))];
    await superApi().inviteUser(CLIENT, a!.id);
    const error = await problem(superApi().inviteUser(CLIENT, b!.id), 409, 'seat_limit');
    assert.match(error.message, /Test pool/);
    assert.equal((await superApi().getUser(CLIENT, b!.id)).status, 'pending');
    assert.equal((await outboxOf(b!.id)).length, 0);
  });

  test('an agency admin cannot invite a user of another agency (404) but invites its own', async () => {
    const [outside] = await server.db.query<{ id: string }>(
      "select id from users where client_id = $1 and id like 'c-001-u%' and status = 'pending' and email is not null and not (agency_ids <@ array['c-001-a1', 'c-001-a2']) order by id limit 1",
      [CLIENT],
    );
    assert.ok(outside);
    await problem(server.as('demo-agency').inviteUser(CLIENT, outside.id), 404, 'not_found');
    assert.equal((await outboxOf(outside.id)).length, 0);

    const own = await superApi().createUser(CLIENT, newcomer({ agencyIds: [`${CLIENT}-a1`] }));
    await problem(server.as('demo-agency').inviteUser(CLIENT, own.id, { agencyIds: [`${CLIENT}-a3`] }), 403, 'forbidden');
    const sent = await server.as('demo-agency').inviteUser(CLIENT, own.id);
    assert.equal(sent.user.status, 'invited');
  });
});

describe('idempotency (the router replays; no second email)', () => {
  const post = (path: string, body: unknown, key?: string) =>
    server.fetch(path, { method: 'POST', token: 'demo-super', body: JSON.stringify(body), headers: key ? { 'idempotency-key': key } : {} });

  test('inviteUser: same key twice is one email and a replay; same key with another body is 422; no key still works', async () => {
    const user = await superApi().createUser(CLIENT, newcomer());
    const path = `/clients/${CLIENT}/users/${user.id}/invitation`;
    const key = `test-${randomUUID()}`;
    const first = await post(path, {}, key);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const firstBody = await first.text();
    const second = await post(path, {}, key);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await second.text(), firstBody, 'the stored response, byte for byte');
    assert.equal((await outboxOf(user.id)).length, 1, 'one email for one click');

    const reused = await post(path, { mailLanguage: 'en' }, key);
    assert.equal(reused.status, 422);
    assert.equal(((await reused.json()) as { code: string }).code, 'idempotency_key_reused');

    const unkeyed = await post(path, {});
    assert.equal(unkeyed.status, 200);
    assert.equal((await outboxOf(user.id)).length, 2);
  });

  test('createUser with invite: a retried key creates one user and sends one email', async () => {
    const fields = { ...newcomer(), invite: true };
    const key = `test-${randomUUID()}`;
    const first = await post(`/clients/${CLIENT}/users`, fields, key);
    assert.equal(first.status, 201);
    const again = await post(`/clients/${CLIENT}/users`, fields, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const rows = await server.db.query<{ id: string }>('select id from users where login = $1', [fields.login]);
    assert.equal(rows.length, 1);
    assert.equal((await outboxOf(rows[0]!.id)).length, 1);
  });
});

describe('bulk invitations', () => {
  test('preview counts on c-001 match the data, within reach', async () => {
    const preview = await superApi().previewBulkInvitation(CLIENT, { filter: {} });
    const [expected] = await server.db.query<{ to_invite: number; without_email: number; skipped: number }>(
      `select count(*) filter (where status in ('pending', 'invited') and email is not null)::int as to_invite,
              count(*) filter (where status in ('pending', 'invited') and email is null)::int as without_email,
              count(*) filter (where status not in ('pending', 'invited'))::int as skipped
         from users where client_id = $1`,
      [CLIENT],
    );
    assert.equal(preview.toInvite, expected!.to_invite);
    assert.equal(preview.withoutEmail.total, expected!.without_email);
    assert.ok(preview.withoutEmail.total > 0, 'the seed has users without email');
    assert.equal(preview.withoutEmail.items.length, Math.min(100, expected!.without_email));
    assert.equal(preview.skipped, expected!.skipped);
    assert.ok(preview.toInvite > 0 && preview.skipped > 0);

    const [core] = await server.db.query<{ needed: number; remaining: number }>(
      `select (select count(*) from user_licence_pools up join users u on u.id = up.user_id where up.pool_id = p.id and u.status = 'pending' and u.email is not null)::int as needed,
              p.total - (select count(*) from user_licence_pools up join users u on u.id = up.user_id where up.pool_id = p.id and u.status in ('invited', 'active'))::int as remaining
         from licence_pools p where p.id = $1`,
      [CORE],
    );
    const shortfall = preview.seatShortfalls.find((s) => s.poolId === CORE);
    if (core!.needed > core!.remaining) assert.deepEqual(shortfall, { poolId: CORE, poolName: 'Core', needed: core!.needed, remaining: core!.remaining });
    else assert.equal(shortfall, undefined);

    const pendingOnly = await superApi().previewBulkInvitation(CLIENT, { filter: { status: ['active'] } });
    assert.equal(pendingOnly.toInvite, 0);
    assert.ok(pendingOnly.skipped > 0);

    // The partner admin sees the same client; ids of another client are silently left out.
    const [foreign] = await server.db.query<{ id: string }>("select id from users where client_id = 'c-002' limit 1");
    const byIds = await server.as('demo-partner').previewBulkInvitation(CLIENT, { userIds: [foreign!.id] });
    assert.deepEqual(byIds, { toInvite: 0, withoutEmail: { total: 0, items: [] }, skipped: 0, seatShortfalls: [] });
  });

  test('send: per-user results in list order, seat_limit when the pool runs out, skips with codes, no double email on retry', async () => {
    const pool = await createPool(3);
    const make = (last: string, extra: Partial<UserCreate> = {}) => superApi().createUser(CLIENT, newcomer({ lastName: last, licencePoolIds: [pool], ...extra }));
    // Last names fix the order: the first three by name fit, the next two do not.
    const fits = [await make('Aabulk-1'), await make('Aabulk-2'), await make('Aabulk-3')];
    const over = [await make('Aabulk-4'), await make('Aabulk-5')];
    const noEmail = await make('Aabulk-0', { email: null });
    const [active] = await server.db.query<{ id: string }>("select id from users where client_id = $1 and id like 'c-001-u%' and status = 'active' order by id limit 1", [CLIENT]);
    const [banned] = await server.db.query<{ id: string }>("select id from users where client_id = $1 and id like 'c-001-u%' and status = 'banned' order by id limit 1", [CLIENT]);
    const ids = [...over, ...fits, noEmail].map((u) => u.id).concat(active!.id, banned!.id);

    const preview = await superApi().previewBulkInvitation(CLIENT, { userIds: ids });
    assert.equal(preview.toInvite, 5);
    assert.equal(preview.withoutEmail.total, 1);
    assert.equal(preview.skipped, 2);
    assert.deepEqual(preview.seatShortfalls.find((s) => s.poolId === pool), { poolId: pool, poolName: `Test pool ${pool}`, needed: 5, remaining: 3 });

    const key = `bulk-${randomUUID()}`;
    const result = await superApi().sendBulkInvitation(CLIENT, { userIds: ids }, { idempotencyKey: key });
    assert.deepEqual({ sent: result.sent, skipped: result.skipped, failed: result.failed }, { sent: 3, skipped: 3, failed: 2 });
    const outcome = new Map(result.results.map((r) => [r.userId, r]));
    for (const user of fits) assert.equal(outcome.get(user.id)?.outcome, 'sent');
    for (const user of over) assert.deepEqual([outcome.get(user.id)?.outcome, outcome.get(user.id)?.code], ['failed', 'seat_limit']);
    assert.equal(outcome.get(noEmail.id)?.code, 'no_email');
    assert.equal(outcome.get(active!.id)?.code, 'already_active');
    assert.equal(outcome.get(banned!.id)?.code, 'invalid_status');
    const order = result.results.map((r) => r.userId);
    assert.deepEqual(order.filter((id) => [noEmail, ...fits, ...over].some((u) => u.id === id)), [noEmail, ...fits, ...over].map((u) => u.id), 'list order');
    const usage = await poolUsage(pool);
    assert.equal(usage.used, usage.total, 'filled, never past the total');

    const outboxCount = async () => (await server.db.query<{ n: number }>('select count(*)::int as n from outbox where user_id = any($1::text[])', [ids]))[0]!.n;
    assert.equal(await outboxCount(), 3);
    // The kit's retry after a lost answer: same key, same body.
    const replay = await server.fetch(`/clients/${CLIENT}/invitations/bulk`, {
      method: 'POST',
      token: 'demo-super',
      body: JSON.stringify({ userIds: ids }),
      headers: { 'idempotency-key': key },
    });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await replay.json(), result);
    assert.equal(await outboxCount(), 3, 'no second email');

    const [bulkEvent] = await server.db.query<{ details: { sent: number; failed: number; skipped: number } }>(
      "select details from audit_events where action = 'invitation.bulk_sent' and actor_id = 'adm-super' order by at desc limit 1",
    );
    assert.deepEqual([bulkEvent!.details.sent, bulkEvent!.details.skipped, bulkEvent!.details.failed], [3, 3, 2]);
    for (const user of fits) assert.equal(await auditCount('user.invited', user.id), 1);
    // Each sent user has a working link.
    const accepted = await anonymous().acceptInvitation(await latestToken(fits[0]!.id), { password: PASSWORD });
    assert.equal(accepted.status, 'active');
  });

  test('send by filter on the seed: the totals agree with the preview', async () => {
    const selection = { filter: { status: ['pending' as const], agency: [`${CLIENT}-a4`] } };
    const before = await poolUsage(CORE);
    const preview = await superApi().previewBulkInvitation(CLIENT, selection);
    const result = await superApi().sendBulkInvitation(CLIENT, selection);
    assert.ok(result.sent > 0);
    assert.equal(result.sent + result.failed, preview.toInvite);
    assert.equal(result.skipped, preview.withoutEmail.total + preview.skipped);
    assert.equal(result.results.length, result.sent + result.failed + result.skipped);
    assert.ok(result.results.filter((r) => r.outcome === 'failed').every((r) => r.code === 'seat_limit'));
    if (preview.seatShortfalls.length === 0) assert.equal(result.failed, 0);
    const after = await poolUsage(CORE);
    assert.ok(after.used <= after.total, 'never past the total');
    assert.ok(after.used - before.used <= result.sent);
  });
});

describe('replaceUser', () => {
  test('the leaver becomes inactive and the newcomer (created) is invited into the same full pool', async () => {
    const pool = await createPool(1);
    const leaver = await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool], invite: true }));
    assert.equal((await poolUsage(pool)).remaining, 0, 'the pool is full');
    const incoming = { ...newcomer({ firstName: 'Hugo', lastName: 'Remplaçant', licencePoolIds: [] }), email: `hugo.${randomUUID().slice(0, 8)}@example.com` };
    const { leaver: left, newcomer: arrived } = await superApi().replaceUser(CLIENT, leaver.id, { newcomer: incoming });
    assert.equal(left.status, 'inactive');
    assert.equal(left.statusReason, 'replaced by Hugo Remplaçant');
    assert.equal(arrived.status, 'invited');
    assert.deepEqual(arrived.licencePoolIds, [pool]);
    const usage = await poolUsage(pool);
    assert.equal(usage.used, 1, 'the seat moved');
    assert.equal((await outboxOf(arrived.id)).length, 1);
    assert.equal(await auditCount('user.replaced', leaver.id), 1);
    // The leaver's link no longer works.
    await problem(anonymous().acceptInvitation(await latestToken(leaver.id), { password: PASSWORD }), 410, 'invitation_expired');
  });

  test('with an existing pending newcomer; refused for a pending leaver or an active newcomer', async () => {
    const pool = await createPool(1);
    const leaver = await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool], invite: true }));
    await anonymous().acceptInvitation(await latestToken(leaver.id), { password: PASSWORD });
    const waiting = await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [] }));
    const [active] = await server.db.query<{ id: string }>("select id from users where client_id = $1 and id like 'c-001-u%' and status = 'active' and id <> $2 order by id limit 1", [CLIENT, leaver.id]);
    await problem(superApi().replaceUser(CLIENT, leaver.id, { newcomerId: active!.id }), 409, 'invalid_transition');
    await problem(superApi().replaceUser(CLIENT, waiting.id, { newcomerId: leaver.id }), 409, 'invalid_transition');
    await problem(superApi().replaceUser(CLIENT, leaver.id, { newcomerId: leaver.id }), 400, 'validation_failed');

    const { leaver: left, newcomer: arrived } = await superApi().replaceUser(CLIENT, leaver.id, { newcomerId: waiting.id });
    assert.equal(left.status, 'inactive');
    assert.equal(arrived.id, waiting.id);
    assert.equal(arrived.status, 'invited');
    assert.equal((await poolUsage(pool)).used, 1);
  });

  test('a newcomer without email is refused by the contract: the client does not send it, the server answers 400 on newcomer.email', async () => {
    const leaver = await superApi().createUser(CLIENT, newcomer({ invite: true }));
    const body = { newcomer: { ...newcomer(), email: null } };
    // The kit validates with the contract's ReplaceUser (email required), so the request never leaves.
    const local = await problem(superApi().replaceUser(CLIENT, leaver.id, body as unknown as ReplaceUser), 400, 'validation_failed');
    assert.match(local.message, /not sent/);
    // A client that sends it anyway: the server refuses it with the same field, and nothing changes.
    const response = await server.fetch(`/clients/${CLIENT}/users/${leaver.id}/replace`, { method: 'POST', token: 'demo-super', body: JSON.stringify(body) });
    assert.equal(response.status, 400);
    const refused = (await response.json()) as { code: string; errors: { path: string; code: string }[] };
    assert.equal(refused.code, 'validation_failed');
    // Refused by the request schema itself (a type issue), before any write: not by a check deep in the invitation.
    assert.deepEqual(refused.errors.map((e) => [e.path, e.code]), [['newcomer.email', 'invalid_type']]);
    assert.equal((await superApi().getUser(CLIENT, leaver.id)).status, 'invited');
  });
});

describe('rate limits', () => {
  let token: string;
  before(async () => {
    // An admin of its own, so the counts of the other tests do not matter.
    token = `rate-${randomUUID()}`;
    await server.db.query("insert into admins (id, partner_id, client_id, role, display_name, email) values ('adm-rate', 'p-nordlys', $1, 'super_admin', 'Rita Rate', null)", [CLIENT]);
    await server.db.query('insert into admin_tokens (token_sha256, admin_id) values ($1, $2)', [adminTokenDigest(token), 'adm-rate']);
  });
  after(() => setLimits({}));

  const invite = (userId: string, key?: string) =>
    server.fetch(`/clients/${CLIENT}/users/${userId}/invitation`, { method: 'POST', token, body: '{}', headers: key ? { 'idempotency-key': key } : {} });

  test('per admin: beyond the limit a 429 with Retry-After (seconds to the end of the window)', async () => {
    setLimits({ adminRequests: 2, adminWindowSeconds: 60 });
    const users = [await superApi().createUser(CLIENT, newcomer()), await superApi().createUser(CLIENT, newcomer()), await superApi().createUser(CLIENT, newcomer())];
    const key = `rate-${randomUUID()}`;
    assert.equal((await invite(users[0]!.id, key)).status, 200);
    assert.equal((await invite(users[1]!.id)).status, 200);
    // A replay sends nothing: it is answered even when the admin is at the limit.
    const replay = await invite(users[0]!.id, key);
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const limited = await invite(users[2]!.id);
    assert.equal(limited.status, 429);
    assert.equal(((await limited.json()) as { code: string }).code, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal((await superApi().getUser(CLIENT, users[2]!.id)).status, 'pending', 'nothing sent');
    assert.equal((await outboxOf(users[2]!.id)).length, 0);
  });

  test('per recipient: at most N emails per address per window; the 429 is not stored under the key', async () => {
    setLimits({ recipientEmails: 2, recipientWindowSeconds: 3600 });
    const user = await superApi().createUser(CLIENT, newcomer());
    assert.equal((await invite(user.id)).status, 200);
    assert.equal((await invite(user.id)).status, 200);
    const key = `rate-${randomUUID()}`;
    const limited = await invite(user.id, key);
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    assert.equal((await outboxOf(user.id)).length, 2);

    // The kit retries a 429 with the same key once the window allows: it gets a real answer, not the 429 again.
    setLimits({ recipientEmails: 3 });
    const retried = await invite(user.id, key);
    assert.equal(retried.status, 200);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
    assert.equal((await outboxOf(user.id)).length, 3);
  });

  test('a bulk send counts once per admin and skips recipients who had their share', async () => {
    setLimits({ recipientEmails: 1 });
    const pool = await createPool(10);
    const users = [await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool] })), await superApi().createUser(CLIENT, newcomer({ licencePoolIds: [pool] }))];
    await superApi().inviteUser(CLIENT, users[0]!.id);
    const result = await superApi().sendBulkInvitation(CLIENT, { userIds: users.map((u) => u.id) });
    const byUser = new Map(result.results.map((r) => [r.userId, r]));
    assert.equal(byUser.get(users[0]!.id)?.code, 'rate_limited');
    assert.equal(byUser.get(users[1]!.id)?.outcome, 'sent');
  });
});

describe('SMTP delivery', () => {
  test('with SMTP_URL the email reaches the relay with the right recipient and link; delivered_at is recorded', async () => {
    const received: { to: string[]; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    server.config.smtpUrl = `smtp://127.0.0.1:${port}`;
    try {
      const user = await superApi().createUser(CLIENT, newcomer({ invite: true }));
      const [row] = await outboxOf(user.id);
      assert.ok(row!.delivered_at, `delivered (error: ${row!.delivery_error})`);
      assert.equal(row!.delivery_error, null);
      assert.equal(received.length, 1);
      assert.deepEqual(received[0]!.to, [user.email]);
      // Quoted-printable folds long lines and escapes `=`.
      const body = received[0]!.raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
      assert.ok(body.includes(`accept.html#token=${tokenIn(row!)}`), 'the link arrived');
      assert.match(received[0]!.raw, /Content-Language: fr/i);
    } finally {
      server.config.smtpUrl = null;
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  test('a dead relay leaves the invitation in place with delivery_error on the outbox row', async () => {
    const smtp = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => smtp.close(() => resolve())); // nothing listens there now
    server.config.smtpUrl = `smtp://user:secret@127.0.0.1:${port}`;
    try {
      const user = await superApi().createUser(CLIENT, newcomer());
      const sent = await superApi().inviteUser(CLIENT, user.id);
      assert.equal(sent.user.status, 'invited');
      const [row] = await outboxOf(user.id);
      assert.equal(row!.delivered_at, null);
      assert.match(row!.delivery_error ?? '', /ECONNREFUSED|ESOCKET|connect/i);
      assert.ok(!row!.delivery_error!.includes('secret'), 'no credentials in the error');
      assert.equal((await superApi().getUser(CLIENT, user.id)).status, 'invited');
    } finally {
      server.config.smtpUrl = null;
    }
  });
});
