import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError } from '../../src/api/errors.js';
import { SUPERVISION_MAX_MINUTES } from '../../src/api/schemas/supervision.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// Supervision end to end: the refusals of DOMAIN.md, the session and its short-lived token, its end and expiry, the audit trail.
let server: TestServer;

/** Users of c-001 set up for each rule, by id. */
const u = {
  active: '',
  active2: '',
  agencyActive: '',
  self: '',
  otherAdmin: '',
  banned: '',
  closed: '',
  invited: '',
  pending: '',
  inactive: '',
  outsideAgencies: '',
  otherClient: '',
};

/** Plain users of one agency, so each can be given the status a rule needs. */
async function pickUsers(clientId: string, agencyIds: string[], count: number, exclude: string[]): Promise<string[]> {
  const rows = await server.db.query<{ id: string }>(
    `select id from users where client_id = $1 and agency_ids = $2::text[] and role = 'user' and account_type = 'user' and not (id = any($3::text[]))
      order by id limit $4`,
    [clientId, agencyIds, exclude, count],
  );
  assert.equal(rows.length, count, `the seed has ${count} users in ${agencyIds.join(',')}`);
  return rows.map((r) => r.id);
}

before(async () => {
  server = await startTestServer({ users: 200 });
  const db = server.db;
  const inA1 = ['active', 'active2', 'agencyActive', 'self', 'otherAdmin', 'banned', 'closed', 'invited', 'pending', 'inactive'] as const;
  const picked = await pickUsers('c-001', ['c-001-a1'], inA1.length, []);
  inA1.forEach((key, i) => (u[key] = picked[i]!));
  u.outsideAgencies = (await pickUsers('c-001', ['c-001-a3'], 1, []))[0]!;
  const [other] = await db.query<{ id: string }>("select id from users where client_id = 'c-002' and role = 'user' and account_type = 'user' order by id limit 1");
  u.otherClient = other!.id;
  const setStatus = (id: string, status: string) => db.query('update users set status = $2, suspension_date = null where id = $1', [id, status]);
  for (const id of [u.active, u.active2, u.agencyActive, u.self, u.otherAdmin, u.outsideAgencies, u.otherClient]) await setStatus(id, 'active');
  for (const status of ['banned', 'closed', 'invited', 'pending', 'inactive'] as const) await setStatus(u[status], status);
  await db.query("update users set role = 'admin' where id = $1", [u.otherAdmin]);
  // The super admin's own user record: same email as the admin, in another case (compared case-insensitively).
  await db.query("update users set email = null where lower(email) = 'sam@atelier-lumiere.example'");
  await db.query("update users set email = 'SAM@Atelier-Lumiere.example' where id = $1", [u.self]);
});

after(() => server?.close());

async function refused(promise: Promise<unknown>, status: number, code: string, detail?: RegExp): Promise<ProblemError> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof ProblemError, `expected a problem ${status}, got ${String(caught)}`);
  assert.equal(caught.status, status, caught.problem.detail);
  assert.equal(caught.code, code);
  if (detail) assert.match(caught.problem.detail ?? '', detail);
  return caught;
}

/** Starts a session; the start response is the one that carries the plain token. */
const start = async (token: string, userId: string, reason = 'Show how to set up voicemail', clientId = 'c-001') => {
  const session = await server.as(token).startSupervision(clientId, userId, { reason });
  assert.ok(session.token, 'the start response carries the token');
  return { ...session, token: session.token };
};

const auditOf = (sessionId: string) =>
  server.db.query<{ action: string; reason: string | null; details: Record<string, unknown>; subject_id: string; actor_id: string }>(
    'select action, reason, details, subject_id, actor_id from audit_events where supervision_session_id = $1 order by at, action',
    [sessionId],
  );

test('refused, each rule with its reason: self, another admin, banned, closed, not activated, inactive', async () => {
  const rule = async (userId: string, refusal: string, detail: RegExp) =>
    assert.equal((await refused(start('demo-super', userId), 403, 'supervision_refused', detail)).problem.refusal, refusal, refusal);
  await rule(u.self, 'self', /your own account/);
  await rule(u.otherAdmin, 'admin', /Administrators cannot be supervised/);
  await rule(u.banned, 'banned', /banned/);
  await rule(u.closed, 'closed', /closed/);
  await rule(u.invited, 'not_activated', /has not activated the account/);
  await rule(u.pending, 'not_activated', /has not activated the account/);
  await rule(u.inactive, 'inactive', /inactive/);
  const [{ n } = { n: -1 }] = await server.db.query<{ n: number }>("select count(*)::int as n from supervision_sessions where admin_id = 'adm-super'");
  assert.equal(n, 0, 'no refused start leaves a session behind');
});

test('out of scope is 404: another agency for an agency admin, another client for a client admin', async () => {
  await refused(start('demo-agency', u.outsideAgencies), 404, 'not_found');
  await refused(start('demo-super', u.otherClient, 'x', 'c-002'), 404, 'not_found');
  await refused(start('demo-super', 'no-such-user'), 404, 'not_found');
});

test('a reason is required', async () => {
  const response = await server.fetch(`/clients/c-001/users/${u.active}/supervision`, { method: 'POST', token: 'demo-super', body: JSON.stringify({ reason: '   ' }) });
  assert.equal(response.status, 400);
  const problem = (await response.json()) as { code: string; errors: { path: string }[] };
  assert.equal(problem.code, 'validation_failed');
  assert.deepEqual(problem.errors.map((e) => e.path), ['reason']);
});

test('start: a token and a 30-minute limit; the token signs in as the supervising admin; end once, end twice', async () => {
  const before = Date.now();
  const session = await start('demo-super', u.active, 'Help with call forwarding');
  assert.equal(session.userId, u.active);
  assert.equal(session.clientId, 'c-001');
  assert.equal(session.adminId, 'adm-super');
  assert.equal(session.reason, 'Help with call forwarding');
  assert.equal(session.endedAt, null);
  assert.ok(session.token.length >= 40, 'a 32-byte random token');
  const minutes = (Date.parse(session.expiresAt) - Date.parse(session.startedAt)) / 60_000;
  assert.equal(minutes, SUPERVISION_MAX_MINUTES);
  assert.ok(Date.parse(session.startedAt) >= before - 1000 && Date.parse(session.startedAt) <= Date.now() + 1000);

  const [stored] = await server.db.query<{ token_sha256: string }>('select token_sha256 from supervision_sessions where id = $1', [session.id]);
  assert.match(stored!.token_sha256, /^[0-9a-f]{64}$/);
  assert.notEqual(stored!.token_sha256, session.token, 'only the digest is stored');

  const me = await server.as(session.token).getMe();
  assert.equal(me.id, 'adm-super');
  assert.equal(me.supervisionSessionId, session.id);
  assert.ok(!me.permissions.includes('users.supervise'));

  // While it runs: no second session for the same admin, and none from inside this one.
  const already = await refused(start('demo-super', u.active2), 409, 'supervision_refused', /already supervising/);
  assert.equal(already.problem.refusal, 'already_supervising');
  assert.equal(already.problem.openSessionId, session.id, 'the open session is named, so the admin can end it');
  assert.equal((await refused(start(session.token, u.active2), 403, 'supervision_refused', /supervising/)).problem.refusal, 'nested');
  // Another admin's session is not there for them.
  await refused(server.as('demo-partner').endSupervision(session.id), 404, 'not_found');
  await refused(server.as('demo-agency').endSupervision(session.id), 404, 'not_found');

  const ended = await server.as(session.token).endSupervision(session.id);
  assert.ok(ended.endedAt, 'ended');
  assert.equal(ended.token, null, 'the plain token is shown only at start');
  await refused(server.as(session.token).getMe(), 401, 'unauthenticated');

  const again = await server.as('demo-super').endSupervision(session.id);
  assert.equal(again.endedAt, ended.endedAt, 'ending an ended session changes nothing');

  const trail = await auditOf(session.id);
  assert.deepEqual(trail.map((e) => e.action), ['supervision.started', 'supervision.ended'], 'one start, one end (the second end records nothing)');
  assert.equal(trail[0]!.reason, 'Help with call forwarding');
  assert.equal(trail[0]!.subject_id, u.active);
  assert.equal(trail[1]!.reason, 'Help with call forwarding');
  assert.equal(typeof trail[1]!.details.durationSeconds, 'number');
  assert.equal(trail[1]!.details.expired, false);

  // Ended: the admin may start again.
  const next = await start('demo-super', u.active2);
  await server.as('demo-super').endSupervision(next.id);
});

test('an expired token stops working, no longer blocks a new session, and ends at its expiry', async () => {
  const session = await start('demo-partner', u.active, 'Walk through the documents module');
  assert.equal((await server.as(session.token).getMe()).supervisionSessionId, session.id);
  await server.db.query("update supervision_sessions set started_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute' where id = $1", [session.id]);
  await refused(server.as(session.token).getMe(), 401, 'unauthenticated');

  const fresh = await start('demo-partner', u.active2, 'Second try');
  const ended = await server.as('demo-partner').endSupervision(session.id);
  const [row] = await server.db.query<{ expires_at: Date }>('select expires_at from supervision_sessions where id = $1', [session.id]);
  assert.equal(ended.endedAt, row!.expires_at.toISOString(), 'an expired session ended when it expired');
  const trail = await auditOf(session.id);
  assert.equal(trail.at(-1)!.action, 'supervision.ended');
  assert.equal(trail.at(-1)!.details.expired, true);
  assert.equal(trail.at(-1)!.details.durationSeconds, 30 * 60);
  await server.as('demo-partner').endSupervision(fresh.id);
});

test('what is done with a supervision token is in the audit with the session id, and reaches only the supervised user', async () => {
  const session = await start('demo-super', u.active, 'Share the sales address book');
  const supervised = server.as(session.token);
  const group = await server.as('demo-super').createAddressBookGroup('c-001', { name: 'Supervision test group' });
  await server.as('demo-super').shareAddressBookGroup('c-001', group.id, u.active2, { permission: 'write' });
  await supervised.shareAddressBookGroup('c-001', group.id, u.active, { permission: 'read' });
  // While supervising only the supervised user exists: no share with anyone else, none of theirs shown, no new group.
  const toOther = await refused(supervised.shareAddressBookGroup('c-001', group.id, u.active2, { permission: 'read' }), 400, 'validation_failed');
  assert.deepEqual(toOther.fieldErrors.map((e) => e.path), ['userId']);
  const seen = (await supervised.listAddressBookGroups('c-001')).items.find((g) => g.id === group.id)!;
  assert.deepEqual(seen.shares.map((share) => share.userId), [u.active]);
  await refused(supervised.createAddressBookGroup('c-001', { name: 'From inside' }), 403, 'supervision_forbidden_action');
  await supervised.endSupervision(session.id);
  const trail = await auditOf(session.id);
  assert.deepEqual(trail.map((e) => e.action).sort(), ['address_book.shared', 'supervision.ended', 'supervision.started']);
  const shared = trail.find((e) => e.action === 'address_book.shared')!;
  assert.equal(shared.actor_id, 'adm-super', 'the supervising admin is the actor');
  const listed = await server.as('demo-super').listAuditEvents({ action: ['address_book.shared'], userId: u.active });
  assert.equal(listed.items[0]!.supervisionSessionId, session.id);
});

test('another session id with a supervision token is not found', async () => {
  const mine = await start('demo-super', u.active);
  const other = await start('demo-partner', u.active2);
  await refused(server.as(mine.token).endSupervision(other.id), 404, 'not_found');
  await server.as('demo-super').endSupervision(mine.id);
  await server.as('demo-partner').endSupervision(other.id);
});

test('while supervising, deleting the user is refused (403)', async () => {
  const session = await start('demo-super', u.active, 'Delete check');
  try {
    const response = await server.fetch(`/clients/c-001/users/${u.active}`, { method: 'DELETE', token: session.token });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { code: string }).code, 'supervision_forbidden_action');
    assert.equal((await server.db.query('select 1 from users where id = $1', [u.active])).length, 1, 'the user is still there');
  } finally {
    await server.as('demo-super').endSupervision(session.id);
  }
});

test('an agency admin supervising keeps its agency scope', async () => {
  const session = await start('demo-agency', u.agencyActive, 'Scope check');
  try {
    const me = await server.as(session.token).getMe();
    assert.equal(me.scope.kind, 'agencies');
  } finally {
    await server.as('demo-agency').endSupervision(session.id);
  }
});
