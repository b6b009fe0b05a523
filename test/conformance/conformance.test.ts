/**
 * The contract's checks, against ANY backend: every response validated by its
 * schema (through the kit's own client), status codes, pagination and totals,
 * ETags, idempotency replays and scope. Run it with
 *
 *   npm run conformance -- --base-url https://backend.example/api/v1 --token ADMIN [--token-scoped AGENCY_ADMIN]
 *
 * ADMIN must be a super admin of one client (or a partner admin); AGENCY_ADMIN an
 * admin of the same client scoped to some of its agencies. The suite creates a
 * few users (named "Conformance ...") and changes branding: point it at a test
 * tenant, not production.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHttpApi } from '../../src/api/http/http-api.js';
import { ConflictError, IncompatibleBackendError, ProblemError } from '../../src/api/errors.js';
import type { SuiteApi } from '../../src/api/suite-api.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { User } from '../../src/api/schemas/user.js';

const baseUrl = process.env.CONFORMANCE_BASE_URL;
const token = process.env.CONFORMANCE_TOKEN;
const scopedToken = process.env.CONFORMANCE_TOKEN_SCOPED;
if (!baseUrl || !token) throw new Error('CONFORMANCE_BASE_URL and CONFORMANCE_TOKEN are required (see scripts/conformance.ts)');

const api: SuiteApi = createHttpApi({ baseUrl, token, retryBaseDelayMs: 50 });
const scoped: SuiteApi | null = scopedToken ? createHttpApi({ baseUrl, token: scopedToken, retryBaseDelayMs: 50 }) : null;
const raw = (path: string, init: RequestInit & { auth?: string | null } = {}) => {
  const { auth = token, headers, ...rest } = init;
  return fetch(`${baseUrl}${path}`, {
    ...rest,
    headers: { ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...(rest.body ? { 'content-type': 'application/json' } : {}), ...headers },
  });
};
const isProblem = (status: number, code?: string) => (error: unknown) =>
  error instanceof ProblemError && error.status === status && (code === undefined || error.code === code);

let me: Me;
let clientId: string;
const runId = Date.now().toString(36);

before(async () => {
  me = await api.getMe();
  if (me.scope.kind === 'partner') {
    const clients = await api.listClients({ limit: 1 });
    assert.ok(clients.items[0], 'the partner admin reaches at least one client');
    clientId = clients.items[0].id;
  } else {
    clientId = me.scope.clientId;
  }
});

describe('authentication and errors', () => {
  test('no token is 401 problem+json', async () => {
    const response = await raw('/me', { auth: null });
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await response.json()) as { status: number; code: string; title: string };
    assert.equal(problem.status, 401);
    assert.equal(typeof problem.code, 'string');
  });

  test('an unknown route or id is 404 problem+json', async () => {
    await assert.rejects(api.getUser(clientId, `no-such-user-${runId}`), isProblem(404));
    await assert.rejects(api.getClient(`no-such-client-${runId}`), isProblem(404));
  });

  test('an invalid query is 400 with per-field errors', async () => {
    const response = await raw(`/clients/${encodeURIComponent(clientId)}/users?limit=100000`);
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { errors?: { path: string }[] };
    assert.ok(problem.errors?.some((e) => e.path === 'limit'), 'names the limit parameter');
  });

  test('an unknown body field is refused (no mass assignment)', async () => {
    const response = await raw(`/clients/${encodeURIComponent(clientId)}/users`, {
      method: 'POST',
      body: JSON.stringify({ firstName: 'Conformance', lastName: 'Mass', login: `mass.${runId}`, email: null, mailLanguage: 'en', status: 'active', clientId: 'other' }),
    });
    assert.equal(response.status, 400);
  });
});

describe('reads match the contract', () => {
  test('me, clients, agencies, licence pools', async () => {
    assert.ok(me.permissions.length > 0);
    const client = await api.getClient(clientId);
    assert.equal(client.id, clientId);
    await api.listAgencies(clientId);
    const pools = await api.listLicencePools(clientId);
    for (const pool of pools.items) assert.equal(pool.remaining, pool.total - pool.used);
  });

  test('a response of the wrong shape would be caught (the client validates)', async () => {
    // A self-check of the suite: pointing the client at a non-API URL must fail loudly, not pass.
    const broken = createHttpApi({ baseUrl: `${baseUrl}/me#`, token: token!, retryBaseDelayMs: 1 });
    await assert.rejects(broken.listLicencePools('x'), (error: unknown) => error instanceof IncompatibleBackendError || error instanceof ProblemError);
  });
});

describe('user list: pagination, totals, filters, sort', () => {
  test('paging covers every matching user exactly once and agrees with total', async () => {
    const first = await api.listUsers(clientId, { limit: 1 });
    const sample = Math.min(first.total, 600);
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await api.listUsers(clientId, { limit: 100, ...(cursor ? { cursor } : {}) });
      assert.equal(page.total, first.total, 'total is stable across pages');
      for (const user of page.items) {
        assert.ok(!seen.has(user.id), `user ${user.id} appears twice`);
        seen.add(user.id);
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && seen.size < sample);
    if (!cursor) assert.equal(seen.size, first.total, 'the last page ends exactly at total');
    assert.ok(pages >= 1);
  });

  test('a status filter returns only that status and a total no larger than the whole', async () => {
    const all = await api.listUsers(clientId, { limit: 1 });
    const active = await api.listUsers(clientId, { status: ['active'], limit: 50 });
    assert.ok(active.total <= all.total);
    for (const user of active.items) assert.equal(user.status, 'active');
  });

  test('sorting by last name is ordered both ways', async () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const ascending = await api.listUsers(clientId, { sort: 'lastName', limit: 50 });
    const descending = await api.listUsers(clientId, { sort: '-lastName', limit: 50 });
    const ordered = (users: User[], direction: 1 | -1) =>
      users.every((user, i) => i === 0 || direction * collator.compare(users[i - 1]!.lastName, user.lastName) <= 0);
    assert.ok(ordered(ascending.items, 1), 'ascending');
    assert.ok(ordered(descending.items, -1), 'descending');
  });
});

describe('writes: validation, idempotency, ETags', () => {
  let created: User;

  before(async () => {
    const agencies = await api.listAgencies(clientId);
    created = await api.createUser(clientId, {
      firstName: 'Conformance',
      lastName: `Check ${runId}`,
      email: `conformance.${runId}@example.com`,
      login: `conformance.check${runId}`,
      mailLanguage: 'en',
      agencyIds: agencies.items[0] ? [agencies.items[0].id] : [],
    });
  });

  test('a created user is pending and readable', async () => {
    assert.equal(created.status, 'pending');
    assert.equal((await api.getUser(clientId, created.id)).login, created.login);
  });

  test('the same email in another case is 409 naming the field', async () => {
    await assert.rejects(
      api.createUser(clientId, { firstName: 'Conformance', lastName: 'Dup', email: created.email!.toUpperCase(), login: `conformance.dup${runId}`, mailLanguage: 'en' }),
      (error: unknown) => isProblem(409)(error) && (error as ProblemError).fieldErrors.some((e) => e.path === 'email'),
    );
  });

  test('an Idempotency-Key replays the first response and sends once', async () => {
    const key = `conformance-${runId}-invite`;
    const send = () => raw(`/clients/${encodeURIComponent(clientId)}/users/${encodeURIComponent(created.id)}/invitation`, { method: 'POST', body: '{}', headers: { 'idempotency-key': key } });
    const first = await send();
    const second = await send();
    assert.equal(second.status, first.status);
    assert.deepEqual(await second.json(), await first.json());
    const other = await raw(`/clients/${encodeURIComponent(clientId)}/users/${encodeURIComponent(created.id)}/invitation`, {
      method: 'POST',
      body: JSON.stringify({ mailLanguage: 'fr' }),
      headers: { 'idempotency-key': key },
    });
    assert.equal(other.status, 422, 'the same key with another body is refused');
  });

  test('branding writes need If-Match; a stale ETag is 412 with the current one', async () => {
    const target = { level: 'client', clientId } as const;
    const current = await api.getBranding(target);
    const missing = await raw(`/clients/${encodeURIComponent(clientId)}/branding`, { method: 'PUT', body: '{}' });
    assert.equal(missing.status, 428);
    const saved = await api.saveBranding(target, { ...current.settings, primaryColor: '#1F5BD8' }, current.etag);
    assert.notEqual(saved.etag, current.etag, 'a save changes the ETag');
    await assert.rejects(api.saveBranding(target, current.settings, current.etag), (error: unknown) => error instanceof ConflictError && error.currentEtag === saved.etag);
    await api.saveBranding(target, current.settings, saved.etag);
  });
});

describe('scope', { skip: scoped ? false : 'no --token-scoped given' }, () => {
  test('the scoped admin sees fewer users and gets 404 for the others', async () => {
    const scopedMe = await scoped!.getMe();
    assert.equal(scopedMe.scope.kind, 'agencies');
    const all = await api.listUsers(clientId, { limit: 500 });
    const mine = await scoped!.listUsers(clientId, { limit: 500 });
    assert.ok(mine.total < all.total, 'the agency scope hides some users');
    const visible = new Set(mine.items.map((u) => u.id));
    const outside = all.items.find((u) => !visible.has(u.id) && u.agencyIds.some((a) => scopedMe.scope.kind === 'agencies' && !scopedMe.scope.agencyIds.includes(a)));
    assert.ok(outside, 'a user outside the scoped admin agencies exists');
    await assert.rejects(scoped!.getUser(clientId, outside.id), isProblem(404));
    await assert.rejects(scoped!.updateUser(clientId, outside.id, { jobTitle: 'x' }), isProblem(404));
    const agencies = await scoped!.listAgencies(clientId);
    for (const agency of agencies.items) assert.ok(scopedMe.scope.kind === 'agencies' && scopedMe.scope.agencyIds.includes(agency.id));
  });
});

describe('domain rules', () => {
  const person = (name: string, extra: Partial<Parameters<SuiteApi['createUser']>[1]> = {}) => ({
    firstName: 'Conformance',
    lastName: `${name} ${runId}`,
    email: `conformance.${name.toLowerCase()}.${runId}@example.com`,
    login: `conformance.${name.toLowerCase()}${runId}`,
    mailLanguage: 'en' as const,
    ...extra,
  });

  test("a contact's owner follows a login change, and an owner with contacts cannot be deleted (409)", async () => {
    const owner = await api.createUser(clientId, person('Owner'));
    const contact = await api.createUser(clientId, person('Contact', { email: null, accountType: 'contact', ownerLogin: owner.login }));
    const renamed = await api.updateUser(clientId, owner.id, { login: `conformance.renamed${runId}` });
    assert.equal((await api.getUser(clientId, contact.id)).ownerLogin, renamed.login, 'the contact names its owner by the new login');
    await assert.rejects(api.deleteUser(clientId, owner.id), isProblem(409));
    assert.equal((await api.getUser(clientId, contact.id)).ownerLogin, renamed.login, 'the refused delete left the contact its owner');
    await api.deleteUser(clientId, contact.id);
    await api.deleteUser(clientId, owner.id);
    await assert.rejects(api.getUser(clientId, owner.id), isProblem(404));
  });

  test('support management assigns the operator pool and takes a seat there, or is refused with 409 seat_limit when it is full', async (t) => {
    const operatorPool = (await api.listLicencePools(clientId)).items.find((pool) => pool.kind === 'operator');
    if (!operatorPool) return t.skip('the client has no operator pool');
    const user = await api.createUser(clientId, person('Operator', { invite: true }));
    assert.equal(user.status, 'invited');
    const support = api.updateUser(clientId, user.id, { capabilities: { remoteManagement: false, supportManagement: true } });
    if (operatorPool.remaining <= 0) {
      await assert.rejects(support, isProblem(409, 'seat_limit'));
      return;
    }
    const operator = await support;
    assert.ok(operator.licencePoolIds.includes(operatorPool.id), 'support assigns the operator pool');
    assert.equal((await api.listLicencePools(clientId)).items.find((pool) => pool.id === operatorPool.id)!.used, operatorPool.used + 1, 'and takes a seat there');
    const plain = await api.updateUser(clientId, user.id, { capabilities: { remoteManagement: false, supportManagement: false } });
    assert.ok(!plain.licencePoolIds.includes(operatorPool.id));
    assert.equal((await api.listLicencePools(clientId)).items.find((pool) => pool.id === operatorPool.id)!.used, operatorPool.used, 'support off frees the seat');
  });

  test('modification prevention: an admin may invite a protected user but not override its record (403)', { skip: scoped ? false : 'no --token-scoped given' }, async (t) => {
    const scopedMe = await scoped!.getMe();
    if (scopedMe.role !== 'admin' || scopedMe.scope.kind !== 'agencies') return t.skip('the scoped token is not an agency-scoped admin');
    const user = await api.createUser(clientId, person('Protected', { agencyIds: [scopedMe.scope.agencyIds[0]!], modificationPrevention: true }));
    await assert.rejects(scoped!.inviteUser(clientId, user.id, { email: `conformance.override.${runId}@example.com` }), isProblem(403));
    assert.equal((await api.getUser(clientId, user.id)).email, user.email, 'the refused override changed nothing');
    const sent = await scoped!.inviteUser(clientId, user.id);
    assert.equal(sent.user.status, 'invited', 'an invitation without overrides goes out');
  });
});

describe('contract additions: seat shortfalls, named bulk results, super admin role, ids and capability filters, replacement email', () => {
  const person = (name: string, extra: Partial<Parameters<SuiteApi['createUser']>[1]> = {}) => {
    const tag = `${name.toLowerCase()}${runId}${Math.random().toString(36).slice(2, 6)}`;
    return { firstName: 'Conformance', lastName: `${name} ${tag}`, email: `conformance.${tag}@example.com`, login: `conformance.${tag}`, mailLanguage: 'en' as const, ...extra };
  };

  test('a seat_limit problem names each short pool by id and key in seatShortfalls', async (t) => {
    // The fullest pool; one with at most five seats left is filled first (the users are deleted at the end, freeing the seats).
    const pools = (await api.listLicencePools(clientId)).items.sort((a, b) => a.remaining - b.remaining);
    const pool = pools[0];
    if (!pool || pool.remaining > 5) return t.skip('no pool is full or nearly full: nothing to refuse without using up real seats');
    const fillers: User[] = [];
    try {
      for (let i = 0; i < pool.remaining; i++) fillers.push(await api.createUser(clientId, person(`Filler${i}`, { licencePoolIds: [pool.id], invite: true })));
      const user = await api.createUser(clientId, person('Short', { licencePoolIds: [pool.id] }));
      fillers.push(user);
      let caught: unknown;
      await assert.rejects(api.inviteUser(clientId, user.id), (error: unknown) => {
        caught = error;
        return isProblem(409, 'seat_limit')(error);
      });
      const shortfalls = (caught as ProblemError).problem.seatShortfalls ?? [];
      const named = shortfalls.find((s) => s.poolId === pool.id);
      assert.ok(named, `seatShortfalls names the pool ${pool.id}: ${JSON.stringify(shortfalls)}`);
      assert.equal(named.poolKey, pool.key);
      assert.equal(named.needed, 1);
      assert.ok(named.remaining <= 0);
    } finally {
      for (const filler of fillers) await api.deleteUser(clientId, filler.id).catch(() => {});
    }
  });

  test('bulk invitation results name each user (UserSummary)', async (t) => {
    if (!me.permissions.includes('users.bulk_invite')) return t.skip('the token may not bulk-invite');
    const user = await api.createUser(clientId, person('Bulk'));
    const result = await api.sendBulkInvitation(clientId, { userIds: [user.id] });
    const line = result.results.find((r) => r.userId === user.id);
    assert.ok(line, 'a result for the user');
    assert.deepEqual(line.user, { id: user.id, firstName: user.firstName, lastName: user.lastName, login: user.login, userCode: user.userCode });
  });

  test('a plain admin cannot grant the super admin role by creating or inviting (403)', { skip: scoped ? false : 'no --token-scoped given' }, async (t) => {
    const scopedMe = await scoped!.getMe();
    if (scopedMe.role !== 'admin' || scopedMe.scope.kind !== 'agencies') return t.skip('the scoped token is not an agency-scoped admin');
    const agencyIds = [scopedMe.scope.agencyIds[0]!];
    await assert.rejects(scoped!.createUser(clientId, person('NoBoss', { agencyIds, role: 'super_admin' })), isProblem(403));
    const user = await api.createUser(clientId, person('Invitee', { agencyIds }));
    await assert.rejects(scoped!.inviteUser(clientId, user.id, { role: 'super_admin' }), isProblem(403));
    const after = await api.getUser(clientId, user.id);
    assert.deepEqual([after.role, after.status], ['user', 'pending'], 'the refused invitation changed nothing');
  });

  test('ids returns exactly the named users; capability returns only users with it', async () => {
    const page = await api.listUsers(clientId, { limit: 5 });
    const ids = page.items.slice(0, 3).map((u) => u.id);
    const named = await api.listUsers(clientId, { ids, limit: 10 });
    assert.deepEqual(new Set(named.items.map((u) => u.id)), new Set(ids));
    assert.equal(named.total, ids.length);
    const none = await api.listUsers(clientId, { ids: [`no-such-user-${runId}`] });
    assert.equal(none.total, 0);
    for (const capability of ['remoteManagement', 'supportManagement'] as const) {
      const withIt = await api.listUsers(clientId, { capability: [capability], limit: 50 });
      for (const user of withIt.items) assert.equal(user.capabilities[capability], true, `${user.id} has ${capability}`);
      assert.ok(withIt.total <= page.total);
    }
    const tooMany = await raw(`/clients/${encodeURIComponent(clientId)}/users?${Array.from({ length: 501 }, (_, i) => `ids=u${i}`).join('&')}`);
    assert.equal(tooMany.status, 400, 'more than 500 ids is refused');
  });

  test('a replacement newcomer without email is refused with 400 naming newcomer.email', async () => {
    const leaver = await api.createUser(clientId, person('Leaver', { invite: true }));
    const response = await raw(`/clients/${encodeURIComponent(clientId)}/users/${encodeURIComponent(leaver.id)}/replace`, {
      method: 'POST',
      body: JSON.stringify({ newcomer: { ...person('Newcomer'), email: null } }),
    });
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { errors?: { path: string }[] };
    assert.ok(problem.errors?.some((e) => e.path === 'newcomer.email'), JSON.stringify(problem.errors));
    assert.equal((await api.getUser(clientId, leaver.id)).status, 'invited', 'nothing changed');
  });
});

describe('supervision and the audit trail (contract 1.3.0)', () => {
  test('a reason is required; a session gives a token that reads the selfcare, refuses sensitive actions, and ends', async (t) => {
    if (!me.permissions.includes('users.supervise')) return t.skip('the admin token may not supervise');
    const [active] = (await api.listUsers(clientId, { status: ['active'], role: ['user'], limit: 1 })).items;
    if (!active) return t.skip('no active user to supervise in this client');
    const path = `/clients/${encodeURIComponent(clientId)}/users/${encodeURIComponent(active.id)}/supervision`;
    assert.equal((await raw(path, { method: 'POST', body: JSON.stringify({ reason: '   ' }) })).status, 400, 'a blank reason is refused');

    const session = await api.startSupervision(clientId, active.id, { reason: `Conformance ${runId}` });
    try {
      assert.ok(session.token, 'the start answers the token');
      assert.ok(Date.parse(session.expiresAt) - Date.parse(session.startedAt) <= 60 * 60_000, 'at most an hour (DOMAIN.md: 30-60 minutes)');
      const again = await api.startSupervision(clientId, active.id, { reason: 'twice' }).catch((error: unknown) => error);
      assert.ok(isProblem(409, 'supervision_refused')(again), String(again));
      assert.equal((again as ProblemError).problem.refusal, 'already_supervising');
      const named = (again as ProblemError).problem.openSessionId;
      if (named !== undefined) assert.equal(named, session.id, 'openSessionId, when given, names the open session');

      const supervised = createHttpApi({ baseUrl: baseUrl!, token: session.token, retryBaseDelayMs: 50 });
      assert.equal((await supervised.getUser(clientId, active.id)).id, active.id);
      await supervised.getEffectiveBranding(clientId);
      await assert.rejects(supervised.resetUserPassword(clientId, active.id), isProblem(403, 'supervision_forbidden_action'));
      await assert.rejects(supervised.deleteUser(clientId, active.id), isProblem(403, 'supervision_forbidden_action'));
      await assert.rejects(supervised.updateUser(clientId, active.id, { email: `x.${runId}@example.com` }), isProblem(403, 'supervision_forbidden_action'));
      const ended = await supervised.endSupervision(session.id);
      assert.ok(ended.endedAt, 'ended');
      assert.equal(ended.token, null, 'the token is never sent again');
      await assert.rejects(supervised.getMe(), isProblem(401));
    } finally {
      await api.endSupervision(session.id);
    }

    if (!me.permissions.includes('audit.read')) return;
    const trail = await api.listAuditEvents({ supervisionSessionId: session.id });
    assert.deepEqual(trail.items.map((e) => e.action).filter((a) => a.startsWith('supervision.')).sort(), ['supervision.ended', 'supervision.started']);
    assert.ok(trail.items.every((e) => e.supervisionSessionId === session.id));
    assert.ok((await api.listAuditActors({ clientId })).items.some((actor) => actor.id === me.id), 'the admin is among the actors');
  });

  test('a user who has not activated the account is refused with the rule named', async (t) => {
    if (!me.permissions.includes('users.supervise')) return t.skip('the admin token may not supervise');
    const pending = await api.createUser(clientId, {
      firstName: 'Conformance',
      lastName: `Pending ${runId}`,
      email: `conformance.pending.${runId}@example.com`,
      login: `conformance.pending${runId}`,
      mailLanguage: 'en',
    });
    const refused = await api.startSupervision(clientId, pending.id, { reason: 'Not yet' }).catch((error: unknown) => error);
    assert.ok(isProblem(403, 'supervision_refused')(refused), String(refused));
    assert.equal((refused as ProblemError).problem.refusal, 'not_activated');
  });
});
