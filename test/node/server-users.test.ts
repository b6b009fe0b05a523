import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { ProblemError } from '../../src/api/errors.js';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import type { User, UserListQuery } from '../../src/api/schemas/user.js';
import { USER_SORT_FIELDS } from '../../src/api/schemas/user.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// The users routes over real HTTP on PGlite with the demo seed: search, filters, sorts and keyset
// pages checked against an independent reading of the table; scope; PATCH rules; status
// transitions; seats; supervision refusals; delete; export (CSV and XLSX) with CSV-injection guard.
const C = 'c-001';
const SCOPE = ['c-001-a1', 'c-001-a2'];
let server: TestServer;

/** One user as the oracle sees it, read straight from the table. */
interface Row {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  login: string;
  user_code: string;
  status: string;
  role: string;
  account_type: string;
  agency_ids: string[];
  pools: string[];
}

const allUsers = () =>
  server.db.query<Row>(
    `select u.id, u.first_name, u.last_name, u.email, u.login, u.user_code, u.status, u.role, u.account_type, u.agency_ids,
            coalesce((select array_agg(pool_id) from user_licence_pools p where p.user_id = u.id), '{}') as pools
       from users u where u.client_id = $1`,
    [C],
  );

/** JavaScript's own folding (NFD, marks dropped, lower case), independent of the SQL one. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
const inScope = (r: Row) => r.agency_ids.length > 0 && r.agency_ids.every((a) => SCOPE.includes(a));

async function refused(promise: Promise<unknown>, status: number, code: string, path?: string): Promise<ProblemError> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof ProblemError, `expected a ${status} problem, got ${String(caught)}`);
  assert.equal(caught.status, status, caught.problem.detail);
  assert.equal(caught.code, code, caught.problem.detail);
  if (path) assert.ok(caught.fieldErrors.some((e) => e.path === path), `field errors name ${path}: ${JSON.stringify(caught.fieldErrors)}`);
  return caught;
}

/** Every page of a list, following nextCursor. */
async function everyPage(token: string, query: UserListQuery): Promise<{ ids: string[]; totals: number[]; items: User[] }> {
  const items: User[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await server.as(token).listUsers(C, { ...query, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    totals.push(page.total);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return { ids: items.map((u) => u.id), totals, items };
}

/** Plain users with given agencies, not yet used by another test. */
const taken = new Set<string>();
async function pick(agencyIds: string[], where = "role = 'user' and account_type = 'user'"): Promise<string> {
  const rows = await server.db.query<{ id: string }>(
    `select id from users where client_id = $1 and agency_ids = $2::text[] and ${where} and not (id = any($3::text[])) order by id limit 1`,
    [C, agencyIds, [...taken]],
  );
  assert.ok(rows[0], `a user in ${agencyIds.join(',')}`);
  taken.add(rows[0].id);
  return rows[0].id;
}

const setUser = (id: string, sql: string, params: unknown[] = []) => server.db.query(`update users set ${sql} where id = $1`, [id, ...params]);
const poolUsed = async (poolId: string) =>
  (await server.db.query<{ n: number }>(`select count(*)::int as n from user_licence_pools p join users u on u.id = p.user_id where p.pool_id = $1 and u.status in ('invited', 'active')`, [poolId]))[0]!.n;
const audits = (action: string, subjectId: string) =>
  server.db.query<{ actor_id: string; reason: string | null; details: Record<string, unknown>; subject_label: string; supervision_session_id: string | null }>(
    'select actor_id, reason, details, subject_label, supervision_session_id from audit_events where action = $1 and subject_id = $2 order by at',
    [action, subjectId],
  );

let accented = '';
let formula = '';

before(async () => {
  server = await startTestServer({ users: 400 });
  accented = await pick(['c-001-a1']);
  await setUser(accented, "first_name = 'Éloïse', last_name = 'Lefèvre-Zéphyrin', suspension_date = null, status = 'active'");
  formula = await pick(['c-001-a1']);
  await setUser(formula, "first_name = '=cmd()', last_name = '@SUM(A1)', biography = $2", ['a;b, "quoted"\nnext line']);
});

after(() => server?.close());

test('search: accent- and case-insensitive on names, and on email, login and user code', async () => {
  const api = server.as('demo-super');
  assert.deepEqual((await api.listUsers(C, { q: 'lefevre-zephyrin' })).items.map((u) => u.id), [accented]);
  assert.deepEqual((await api.listUsers(C, { q: 'ELOISE' })).items.map((u) => u.id).includes(accented), true);
  assert.deepEqual((await api.listUsers(C, { q: 'zephyrin eloise' })).items.map((u) => u.id), [accented], 'every word must match, in any order');

  const rows = await allUsers();
  for (const q of ['lefevre', 'MULLER', 'héléne', 'dubois']) {
    const expected = rows.filter((r) => [r.first_name, r.last_name, r.email ?? '', r.login, r.user_code].some((f) => fold(f).includes(fold(q)))).length;
    const page = await api.listUsers(C, { q, limit: 500 });
    assert.equal(page.total, expected, `q=${q}`);
    assert.equal(page.items.length, expected);
  }
  const sample = rows.find((r) => r.email && r.id !== accented)!;
  assert.ok((await api.listUsers(C, { q: sample.email!.toUpperCase() })).items.some((u) => u.id === sample.id), 'by email');
  assert.ok((await api.listUsers(C, { q: sample.login })).items.some((u) => u.id === sample.id), 'by login');
  assert.deepEqual((await api.listUsers(C, { q: sample.user_code.toLowerCase() })).items.map((u) => u.id), [sample.id], 'by user code');
  // LIKE wildcards are literal.
  assert.equal((await api.listUsers(C, { q: '%' })).total, 0);
  assert.equal((await api.listUsers(C, { q: '_' })).total, rows.filter((r) => `${r.email}${r.login}`.includes('_')).length);
});

test('filters: each one, OR within a filter, AND across filters, totals match the table', async () => {
  const rows = await allUsers();
  const api = server.as('demo-super');
  const cases: [UserListQuery, (r: Row) => boolean][] = [
    [{ status: ['inactive', 'banned'] }, (r) => r.status === 'inactive' || r.status === 'banned'],
    [{ status: ['pending'] }, (r) => r.status === 'pending'],
    [{ role: ['operator', 'admin'] }, (r) => r.role === 'operator' || r.role === 'admin'],
    [{ agency: ['c-001-a3'] }, (r) => r.agency_ids.includes('c-001-a3')],
    [{ agency: ['c-001-a4', 'c-001-a5'] }, (r) => r.agency_ids.includes('c-001-a4') || r.agency_ids.includes('c-001-a5')],
    [{ pool: [`${C}-contract`] }, (r) => r.pools.includes(`${C}-contract`)],
    [{ accountType: ['contact'] }, (r) => r.account_type === 'contact'],
    [{ status: ['active'], agency: ['c-001-a1'], accountType: ['user'] }, (r) => r.status === 'active' && r.agency_ids.includes('c-001-a1') && r.account_type === 'user'],
  ];
  for (const [query, matches] of cases) {
    const expected = rows.filter(matches).map((r) => r.id).sort();
    assert.ok(expected.length > 0, `the seed has users for ${JSON.stringify(query)}`);
    const page = await api.listUsers(C, { ...query, limit: 500 });
    assert.equal(page.total, expected.length, JSON.stringify(query));
    assert.deepEqual(page.items.map((u) => u.id).sort(), expected, JSON.stringify(query));
  }
  // A single value works as well as a repeated key.
  const raw = await server.fetch(`/clients/${C}/users?status=banned&status=closed&limit=1`, { token: 'demo-super' });
  assert.equal(((await raw.json()) as { total: number }).total, rows.filter((r) => r.status === 'banned' || r.status === 'closed').length);
});

test('sort: every key both ways; descending is ascending reversed; keys are in order', async () => {
  const total = (await allUsers()).length;
  for (const field of USER_SORT_FIELDS) {
    const up = await everyPage('demo-super', { sort: field, limit: 150 });
    const down = await everyPage('demo-super', { sort: `-${field}`, limit: 150 });
    assert.equal(up.ids.length, total, field);
    assert.equal(new Set(up.ids).size, total, `${field}: no user twice`);
    assert.deepEqual(down.ids, [...up.ids].reverse(), `${field}: stable total order (id tiebreak)`);
  }
  const byLast = (await everyPage('demo-super', { sort: 'lastName', limit: 500 })).items.map((u) => fold(u.lastName));
  byLast.slice(1).forEach((name, i) => assert.ok(byLast[i]! <= name, `${byLast[i]} <= ${name}`));
  const byCreated = (await everyPage('demo-super', { sort: '-createdAt', limit: 500 })).items.map((u) => Date.parse(u.createdAt));
  byCreated.slice(1).forEach((t, i) => assert.ok(byCreated[i]! >= t));
  const byStatus = (await everyPage('demo-super', { sort: 'status', limit: 500 })).items.map((u) => u.status);
  const lifecycle = ['pending', 'invited', 'active', 'inactive', 'banned', 'closed'];
  byStatus.slice(1).forEach((s, i) => assert.ok(lifecycle.indexOf(byStatus[i]!) <= lifecycle.indexOf(s), 'statuses in lifecycle order'));
});

test('paging: small pages give every matching user exactly once, and each page the same total', async () => {
  const rows = await allUsers();
  const expected = rows.filter((r) => r.status === 'active').map((r) => r.id).sort();
  const { ids, totals } = await everyPage('demo-super', { status: ['active'], sort: '-email', limit: 7 });
  assert.equal(ids.length, expected.length);
  assert.deepEqual([...ids].sort(), expected);
  assert.ok(totals.every((t) => t === expected.length));
  // Users created at the same microsecond page correctly: the cursor keeps full precision.
  await server.db.query(`update users set created_at = '2024-01-01T00:00:00.123456Z' where client_id = $1 and id like '${C}-u1%'`, [C]);
  const byCreated = await everyPage('demo-super', { sort: 'createdAt', limit: 25 });
  assert.equal(new Set(byCreated.ids).size, rows.length);
});

test('cursor: another sort or a forged cursor is a 400 naming cursor', async () => {
  const api = server.as('demo-super');
  const first = await api.listUsers(C, { sort: 'lastName', limit: 2 });
  await refused(api.listUsers(C, { sort: 'email', cursor: first.nextCursor! }), 400, 'validation_failed', 'cursor');
  await refused(api.listUsers(C, { cursor: 'bm90LWEtY3Vyc29y' }), 400, 'validation_failed', 'cursor');
});

test('scope: an agency admin sees, counts and reaches only users all of whose agencies are its own', async () => {
  const rows = await allUsers();
  const expected = rows.filter(inScope).map((r) => r.id).sort();
  const agency = await everyPage('demo-agency', { limit: 200 });
  assert.deepEqual([...agency.ids].sort(), expected);
  assert.ok(agency.totals.every((t) => t === expected.length));
  assert.ok(expected.length < rows.length);
  const filtered = await server.as('demo-agency').listUsers(C, { status: ['active'] });
  assert.equal(filtered.total, rows.filter((r) => inScope(r) && r.status === 'active').length, 'filtered totals exclude other agencies too');
  assert.equal((await server.as('demo-agency').listUsers(C, { agency: ['c-001-a3'] })).total, 0);

  const outside = rows.find((r) => r.agency_ids.includes('c-001-a3'))!;
  const straddling = rows.find((r) => r.agency_ids.includes('c-001-a1') && !inScope(r));
  const agencyApi = server.as('demo-agency');
  await refused(agencyApi.getUser(C, outside.id), 404, 'not_found');
  if (straddling) await refused(agencyApi.getUser(C, straddling.id), 404, 'not_found');
  await refused(agencyApi.updateUser(C, outside.id, { jobTitle: 'x' }), 404, 'not_found');
  await refused(agencyApi.changeUserStatus(C, outside.id, { status: 'inactive' }), 404, 'not_found');
  await refused(agencyApi.deleteUser(C, outside.id), 404, 'not_found');
  await refused(agencyApi.getUserPermissions(C, outside.id), 404, 'not_found');
  // Another client does not exist for a client's admins.
  await refused(server.as('demo-super').listUsers('c-002'), 404, 'not_found');
  assert.ok((await server.as('demo-partner').listUsers('c-002')).total > 0);

  // Nor can an agency admin move its user to an agency it does not hold.
  const mine = await pick(['c-001-a1']);
  await refused(agencyApi.updateUser(C, mine, { agencyIds: ['c-001-a1', 'c-001-a3'] }), 403, 'forbidden');
  assert.deepEqual((await agencyApi.updateUser(C, mine, { agencyIds: ['c-001-a2'] })).agencyIds, ['c-001-a2']);
  // Only a super admin makes a super admin.
  await refused(agencyApi.updateUser(C, mine, { role: 'super_admin' }), 403, 'forbidden');
  assert.equal((await server.as('demo-super').updateUser(C, mine, { role: 'admin' })).role, 'admin');
});

test('PATCH changes only the fields sent, and audits their names', async () => {
  const id = await pick(['c-001-a2']);
  const api = server.as('demo-super');
  const before = await api.getUser(C, id);
  const after = await api.updateUser(C, id, { jobTitle: 'Chargée de clientèle', address: { street: '1 rue de la Paix', zip: '75002', city: 'Paris', country: 'fr' } });
  assert.equal(after.jobTitle, 'Chargée de clientèle');
  assert.deepEqual(after.address, { street: '1 rue de la Paix', zip: '75002', city: 'Paris', country: 'FR' });
  const { jobTitle: _a, address: _b, updatedAt: _c, ...rest } = after;
  const { jobTitle: _d, address: _e, updatedAt: _f, ...restBefore } = before;
  assert.deepEqual(rest, restBefore);
  const [audit] = await audits('user.updated', id);
  assert.deepEqual(audit?.details, { fields: ['jobTitle', 'address'] });
  assert.equal(audit?.actor_id, 'adm-super');

  const unknown = await server.fetch(`/clients/${C}/users/${id}`, { method: 'PATCH', token: 'demo-super', body: JSON.stringify({ status: 'active' }) });
  assert.equal(unknown.status, 400, 'status is not editable by PATCH (unknown field)');
});

test('PATCH cross-field rules apply to the merged record', async () => {
  const id = await pick(['c-001-a2']);
  await setUser(id, "two_factor = 'NONE', mobile = null, account_type = 'user', owner_login = null");
  const api = server.as('demo-super');
  await refused(api.updateUser(C, id, { twoFactor: 'SMS' }), 400, 'validation_failed', 'mobile');
  await api.updateUser(C, id, { mobile: '+33 6 12 34 56 78' });
  assert.equal((await api.updateUser(C, id, { twoFactor: 'SMS' })).twoFactor, 'SMS');
  await refused(api.updateUser(C, id, { mobile: null }), 400, 'validation_failed', 'mobile');
  await refused(api.updateUser(C, id, { accountType: 'contact' }), 400, 'validation_failed', 'ownerLogin');
  const owner = (await allUsers()).find((r) => r.account_type === 'user' && r.id !== id)!;
  const contact = await api.updateUser(C, id, { accountType: 'contact', ownerLogin: owner.login });
  assert.equal(contact.ownerLogin, owner.login);
  await refused(api.updateUser(C, id, { ownerLogin: 'nobody.here' }), 400, 'validation_failed', 'ownerLogin');
});

test('PATCH email and login stay unique, compared case-insensitively (409 naming the field)', async () => {
  const [a, b] = [await pick(['c-001-a1']), await pick(['c-001-a1'])];
  await setUser(a, "email = 'Camille.Unique@Example.test', login = 'camille.unique'");
  const api = server.as('demo-super');
  await refused(api.updateUser(C, b, { email: 'CAMILLE.unique@example.TEST' }), 409, 'email_taken', 'email');
  await refused(api.updateUser(C, b, { login: 'Camille.Unique' }), 409, 'login_taken', 'login');
  // The user's own address in another case is not a clash: the new spelling is kept.
  assert.equal((await api.updateUser(C, a, { email: 'camille.unique@example.test' })).email, 'camille.unique@example.test');
});

test('PATCH pools: an invited/active user gaining a full pool is refused with seat_limit; a pending one takes no seat', async () => {
  const pool = `${C}-contract`;
  const [active, pending] = [await pick(['c-001-a2']), await pick(['c-001-a2'])];
  await setUser(active, "status = 'active', suspension_date = null");
  await setUser(pending, "status = 'pending'");
  await server.db.query('delete from user_licence_pools where user_id = any($1::text[])', [[active, pending]]);
  await server.db.query(`insert into user_licence_pools (user_id, pool_id) values ($1, '${C}-core'), ($2, '${C}-core')`, [active, pending]);
  await server.db.query('update licence_pools set total = $2 where id = $1', [pool, await poolUsed(pool)]);
  const api = server.as('demo-super');
  const problem = await refused(api.updateUser(C, active, { licencePoolIds: [`${C}-core`, pool] }), 409, 'seat_limit', 'licencePoolIds');
  assert.match(problem.problem.detail ?? '', /Contract/);
  assert.deepEqual((await api.getUser(C, active)).licencePoolIds, [`${C}-core`], 'nothing changed');
  assert.deepEqual((await api.updateUser(C, pending, { licencePoolIds: [`${C}-core`, pool] })).licencePoolIds, [pool, `${C}-core`]);
  await server.db.query('update licence_pools set total = total + 1 where id = $1', [pool]);
  assert.deepEqual((await api.updateUser(C, active, { licencePoolIds: [pool, `${C}-core`] })).licencePoolIds, [pool, `${C}-core`]);
  const contract = (await api.listLicencePools(C)).items.find((p) => p.id === pool)!;
  assert.equal(contract.remaining, 0);
  await refused(api.updateUser(C, active, { licencePoolIds: ['no-such-pool'] }), 400, 'validation_failed', 'licencePoolIds');
});

test('PATCH modification prevention: only the super admin (or partner) may change a protected user', async () => {
  const id = await pick(['c-001-a1']);
  await setUser(id, 'modification_prevention = true');
  await refused(server.as('demo-agency').updateUser(C, id, { jobTitle: 'x' }), 403, 'forbidden');
  await refused(server.as('demo-agency').changeUserStatus(C, id, { status: 'closed' }), 403, 'forbidden');
  assert.equal((await server.as('demo-super').updateUser(C, id, { jobTitle: 'y' })).jobTitle, 'y');
  assert.equal((await server.as('demo-partner').updateUser(C, id, { modificationPrevention: false })).modificationPrevention, false);
  assert.equal((await server.as('demo-agency').updateUser(C, id, { jobTitle: 'z' })).jobTitle, 'z');
});

test('supervision: only the supervised user is reachable; email, two-factor, password and delete are refused', async () => {
  const [supervised, other] = [await pick(['c-001-a1']), await pick(['c-001-a1'])];
  await setUser(supervised, "status = 'active', two_factor = 'NONE', suspension_date = null");
  const token = 'users-test-supervision-token';
  await server.db.query(
    `insert into supervision_sessions (id, client_id, user_id, admin_id, reason, token_sha256, expires_at)
     values ('sup-users-test', $1, $2, 'adm-super', 'Show the profile page', $3, now() + interval '30 minutes')`,
    [C, supervised, createHash('sha256').update(token).digest('hex')],
  );
  const api = server.as(token);
  assert.equal((await api.getUser(C, supervised)).id, supervised);
  await refused(api.getUser(C, other), 404, 'not_found');
  await refused(api.updateUser(C, other, { jobTitle: 'x' }), 404, 'not_found');
  const list = await api.listUsers(C);
  assert.deepEqual([list.total, list.items.map((u) => u.id)], [1, [supervised]]);

  await refused(api.updateUser(C, supervised, { email: 'new.address@example.test' }), 403, 'supervision_forbidden_action', 'email');
  await refused(api.updateUser(C, supervised, { twoFactor: 'TOTP' }), 403, 'supervision_forbidden_action', 'twoFactor');
  await refused(api.resetUserPassword(C, supervised), 403, 'supervision_forbidden_action');
  await refused(api.deleteUser(C, supervised), 403, 'supervision_forbidden_action');
  await refused(api.exportUsers(C, { format: 'csv' }), 403, 'forbidden');
  // Everyday edits are allowed, and audited as done during the session.
  assert.equal((await api.updateUser(C, supervised, { jobTitle: 'Comptable' })).jobTitle, 'Comptable');
  const [audit] = await audits('user.updated', supervised);
  assert.equal(audit?.supervision_session_id, 'sup-users-test');
  const current = await server.as('demo-super').getUser(C, supervised);
  assert.equal(current.twoFactor, 'NONE');
  assert.equal(current.mustChangePassword, false);
  await server.db.query("update supervision_sessions set ended_at = now() where id = 'sup-users-test'");
});

test('status transitions: the allowed table, same status and closed are 409 invalid_transition', async () => {
  const id = await pick(['c-001-a2']);
  await setUser(id, 'suspension_date = null, modification_prevention = false');
  await server.db.query('delete from user_licence_pools where user_id = $1', [id]);
  const allowed: Record<string, string[]> = {
    pending: ['inactive', 'banned', 'closed'],
    invited: ['inactive', 'banned', 'closed'],
    active: ['inactive', 'banned', 'closed'],
    inactive: ['active', 'banned', 'closed'],
    banned: ['closed'],
    closed: [],
  };
  const api = server.as('demo-super');
  for (const [from, targets] of Object.entries(allowed)) {
    for (const to of ['inactive', 'active', 'banned', 'closed'] as const) {
      await setUser(id, 'status = $2, status_reason = null', [from]);
      const change = to === 'banned' ? { status: to, reason: 'Phishing from this account' } : { status: to, reason: `to ${to}` };
      if (targets.includes(to)) {
        const user = await api.changeUserStatus(C, id, change);
        assert.equal(user.status, to, `${from} -> ${to}`);
        assert.equal(user.statusReason, change.reason);
      } else {
        const problem = await refused(api.changeUserStatus(C, id, change), 409, 'invalid_transition', 'status');
        assert.match(problem.problem.detail ?? '', new RegExp(from), `${from} -> ${to} names the current status`);
      }
    }
  }
  const trail = await audits('user.status_changed', id);
  assert.equal(trail.length, Object.values(allowed).flat().length);
  assert.deepEqual(trail[0]?.details, { from: 'pending', to: 'inactive' });
  assert.equal(trail[0]?.reason, 'to inactive');
  // Closed is final unless reopened on purpose: then it is active again and takes its seats back.
  await setUser(id, "status = 'closed', status_reason = null");
  await refused(api.changeUserStatus(C, id, { status: 'active' }), 409, 'invalid_transition', 'status');
  const reopened = await api.changeUserStatus(C, id, { status: 'active', reopen: true, reason: 'Came back' });
  assert.equal(reopened.status, 'active');
  await setUser(id, "status = 'closed', status_reason = null");
  await refused(api.changeUserStatus(C, id, { status: 'banned', reason: 'x' }), 409, 'invalid_transition', 'status');
  // A ban needs a reason (the contract).
  await setUser(id, "status = 'active'");
  const noReason = await server.fetch(`/clients/${C}/users/${id}/status`, { method: 'POST', token: 'demo-super', body: JSON.stringify({ status: 'banned', reason: '  ' }) });
  assert.equal(noReason.status, 400);
});

test('reactivation takes the seats back: a full pool refuses it; deactivation frees them', async () => {
  const pool = `${C}-core`;
  const id = await pick(['c-001-a2']);
  await setUser(id, "status = 'active', suspension_date = null");
  await server.db.query('delete from user_licence_pools where user_id = $1', [id]);
  await server.db.query('insert into user_licence_pools (user_id, pool_id) values ($1, $2)', [id, pool]);
  const api = server.as('demo-super');
  const used = await poolUsed(pool);
  await api.changeUserStatus(C, id, { status: 'inactive' });
  assert.equal(await poolUsed(pool), used - 1);
  const [{ total } = { total: 0 }] = await server.db.query<{ total: number }>('select total from licence_pools where id = $1', [pool]);
  await server.db.query('update licence_pools set total = $2 where id = $1', [pool, used - 1]);
  await refused(api.changeUserStatus(C, id, { status: 'active' }), 409, 'seat_limit', 'licencePoolIds');
  assert.equal((await api.getUser(C, id)).status, 'inactive');
  await server.db.query('update licence_pools set total = $2 where id = $1', [pool, total]);
  // A past suspension date is cleared, or the next read would deactivate the user again.
  await setUser(id, "suspension_date = now() - interval '1 day'");
  const back = await api.changeUserStatus(C, id, { status: 'active' });
  assert.equal(back.status, 'active');
  assert.equal(back.suspensionDate, null);
  assert.equal((await api.getUser(C, id)).status, 'active');
});

test('a due suspension date turns the user inactive before any list or read', async () => {
  const id = await pick(['c-001-a1']);
  await setUser(id, "status = 'active', suspension_date = now() - interval '1 minute'");
  const page = await server.as('demo-super').listUsers(C, { status: ['inactive'], limit: 500 });
  assert.ok(page.items.some((u) => u.id === id));
});

test('delete: 204, then 404; the seat is freed and the audit keeps the name', async () => {
  const pool = `${C}-core`;
  const id = await pick(['c-001-a1']);
  await setUser(id, "status = 'active', suspension_date = null, first_name = 'Gaëlle', last_name = 'Departed'");
  await server.db.query('insert into user_licence_pools (user_id, pool_id) values ($1, $2) on conflict do nothing', [id, pool]);
  const used = await poolUsed(pool);
  const api = server.as('demo-super');
  await api.deleteUser(C, id);
  await refused(api.getUser(C, id), 404, 'not_found');
  await refused(api.deleteUser(C, id), 404, 'not_found');
  assert.equal(await poolUsed(pool), used - 1);
  const [audit] = await audits('user.deleted', id);
  assert.equal(audit?.subject_label, 'Gaëlle Departed');
});

test('password reset and API key revocation are recorded', async () => {
  const id = await pick(['c-001-a1']);
  await setUser(id, "must_change_password = false, api_key_sha256 = repeat('a', 64)");
  const api = server.as('demo-super');
  assert.equal((await api.getUser(C, id)).hasApiKey, true);
  assert.deepEqual(await api.resetUserPassword(C, id), { userId: id, mustChangePassword: true });
  assert.equal((await api.getUser(C, id)).mustChangePassword, true);
  await api.revokeUserApiKey(C, id);
  assert.equal((await api.getUser(C, id)).hasApiKey, false);
  await api.revokeUserApiKey(C, id); // nothing left to revoke: still 204
  assert.equal((await audits('user.password_reset', id)).length, 1);
  assert.equal((await audits('user.api_key_revoked', id)).length, 1);
  await refused(server.as('demo-agency').resetUserPassword(C, (await allUsers()).find((r) => r.agency_ids.includes('c-001-a3'))!.id), 404, 'not_found');
});

test('permissions: derived from role, agencies, capabilities and overrides, each with its source', async () => {
  const id = await pick(['c-001-a1']);
  await setUser(id, "role = 'admin', agency_ids = '{c-001-a1,c-001-a2}', support_management = true, modification_prevention = true, status = 'active'");
  const { userId, permissions } = await server.as('demo-super').getUserPermissions(C, id);
  assert.equal(userId, id);
  const find = (key: string) => permissions.find((p) => p.key === key);
  assert.deepEqual(find('admin.users.write'), { key: 'admin.users.write', granted: true, source: 'role' });
  assert.equal(find('admin.users.bulk_invite'), undefined, 'an admin does not bulk-invite');
  assert.deepEqual(find('agency.c-001-a2.manage'), { key: 'agency.c-001-a2.manage', granted: true, source: 'agency' });
  assert.deepEqual(find('support.sessions'), { key: 'support.sessions', granted: true, source: 'capability' });
  assert.deepEqual(find('selfcare.profile.edit'), { key: 'selfcare.profile.edit', granted: false, source: 'override' });
  assert.deepEqual(find('account.sign_in'), { key: 'account.sign_in', granted: true, source: 'role' });
  assert.equal(new Set(permissions.map((p) => p.key)).size, permissions.length, 'each key once');
});

/** A small RFC 4180 reader, to check the export from the outside. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

async function exportCsv(token: string, query: string) {
  const response = await server.fetch(`/clients/${C}/users/export?${query}`, { token });
  assert.equal(response.status, 200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

test('export CSV: BOM, import keys, formulas neutralised, quoting, filters, sort and scope', async () => {
  const { response, bytes, text } = await exportCsv('demo-super', 'format=csv');
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
  assert.equal(response.headers.get('content-disposition'), `attachment; filename="users-${C}.csv"`);
  const rows = parseCsv(text.slice(1), ';');
  assert.deepEqual(rows[0], [...IMPORT_COLUMNS]);
  assert.equal(rows.length - 1, (await allUsers()).length);
  const col = (name: string) => IMPORT_COLUMNS.indexOf(name as (typeof IMPORT_COLUMNS)[number]);
  const dangerous = rows.find((r) => r[col('FIRSTNAME')]?.includes('cmd()'))!;
  assert.equal(dangerous[col('FIRSTNAME')], "'=cmd()");
  assert.equal(dangerous[col('LASTNAME')], "'@SUM(A1)");
  assert.equal(dangerous[col('BIOGRAPHY')], 'a;b, "quoted"\nnext line', 'delimiter, quotes and newline survive quoting');
  assert.ok(text.includes(`"'=cmd()"`), 'the neutralised cell is quoted');
  assert.ok(!/(^|[;\n])[=+@-]/.test(text.slice(1)), 'no cell starts with a formula character');

  const comma = await exportCsv('demo-super', 'format=csv&delimiter=,&status=banned&sort=-lastName');
  const banned = parseCsv(comma.text.slice(1), ',');
  const expected = (await allUsers()).filter((r) => r.status === 'banned');
  assert.equal(banned.length - 1, expected.length);
  assert.ok(banned.slice(1).every((r) => r[col('STATUS')] === 'banned'));
  const names = banned.slice(1).map((r) => fold(r[col('LASTNAME')]!));
  names.slice(1).forEach((n, i) => assert.ok(names[i]! >= n, 'sorted by last name descending'));

  const scoped = parseCsv((await exportCsv('demo-agency', 'format=csv')).text.slice(1), ';');
  const inScopeEmails = new Set((await allUsers()).filter(inScope).map((r) => r.email ?? ''));
  assert.equal(scoped.length - 1, (await allUsers()).filter(inScope).length);
  assert.ok(scoped.slice(1).every((r) => inScopeEmails.has(r[col('EMAIL')]!)));
  assert.ok(scoped.slice(1).every((r) => r[col('AGENCIES')]!.split(',').every((a) => SCOPE.includes(a))));
});

/** Reads the stored entries of a zip (central directory), inflating deflated ones. */
function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString();
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
}

test('export XLSX: a real workbook with the same columns and the same neutralisation', async () => {
  const response = await server.fetch(`/clients/${C}/users/export?format=xlsx&agency=c-001-a1`, { token: 'demo-super' });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(response.headers.get('content-disposition'), `attachment; filename="users-${C}.xlsx"`);
  const files = unzip(Buffer.from(await response.arrayBuffer()));
  assert.deepEqual([...files.keys()].sort(), ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  const sheet = files.get('xl/worksheets/sheet1.xml')!;
  const rows = [...sheet.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)];
  assert.equal(rows.length - 1, (await allUsers()).filter((r) => r.agency_ids.includes('c-001-a1')).length);
  const header = [...rows[0]![2]!.matchAll(/<t xml:space="preserve">(.*?)<\/t>/g)].map((m) => m[1]);
  assert.deepEqual(header, [...IMPORT_COLUMNS]);
  assert.ok(sheet.includes(`<t xml:space="preserve">'=cmd()</t>`));
  assert.ok(sheet.includes(`<t xml:space="preserve">'@SUM(A1)</t>`));
  assert.ok(!sheet.includes('<f>'), 'no formulas at all');
  assert.ok(!/<t xml:space="preserve">[=+@-]/.test(sheet), 'no cell text starts with a formula character');
});

test('export needs users.export; the query is validated', async () => {
  const bad = await server.fetch(`/clients/${C}/users/export?format=pdf`, { token: 'demo-super' });
  assert.equal(bad.status, 400);
  const other = await server.fetch('/clients/c-002/users/export?format=csv', { token: 'demo-super' });
  assert.equal(other.status, 404);
});
