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
