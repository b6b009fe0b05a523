import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError } from '../../src/api/errors.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// Address-book groups (DOMAIN.md "Teams and sharing"): unique names per client, shares with a
// permission (PUT upserts, DELETE is idempotent), scope, and the audit rows each change writes.
let server: TestServer;
let a1User = '';
let a1User2 = '';
let a3User = '';
let contact = '';
let c002User = '';

async function userWhere(condition: string, params: unknown[] = []): Promise<string> {
  const [row] = await server.db.query<{ id: string }>(`select id from users u where ${condition} order by id limit 1`, params);
  assert.ok(row, condition);
  return row.id;
}

before(async () => {
  server = await startTestServer({ users: 200 });
  const plain = "u.role = 'user' and u.account_type = 'user'";
  a1User = await userWhere(`u.client_id = 'c-001' and u.agency_ids = '{c-001-a1}' and ${plain}`);
  a1User2 = await userWhere(`u.client_id = 'c-001' and u.agency_ids = '{c-001-a1}' and ${plain} and u.id <> $1`, [a1User]);
  a3User = await userWhere(`u.client_id = 'c-001' and u.agency_ids = '{c-001-a3}' and ${plain}`);
  c002User = await userWhere(`u.client_id = 'c-002' and ${plain}`);
  // A contact the agency admin can see, so the refusal is about the account type and not the scope.
  contact = await userWhere(`u.client_id = 'c-001' and u.account_type = 'contact'`);
  await server.db.query("update users set agency_ids = '{c-001-a1}' where id = $1", [contact]);
});

after(() => server?.close());

async function problem(promise: Promise<unknown>): Promise<ProblemError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ProblemError, String(error));
    return error;
  }
  assert.fail('expected a problem');
}

const audit = (action: string, subjectId: string) =>
  server.db.query<{ actor_id: string; details: Record<string, unknown> }>(
    'select actor_id, details from audit_events where action = $1 and subject_id = $2 order by at',
    [action, subjectId],
  );

test('create: 201 with no contacts and no shares, listed, audited; a second one with the same name is 409 naming name', async () => {
  const api = server.as('demo-super');
  const group = await api.createAddressBookGroup('c-001', { name: '  Sales  ' });
  assert.equal(group.name, 'Sales', 'trimmed');
  assert.equal(group.clientId, 'c-001');
  assert.equal(group.contactCount, 0);
  assert.deepEqual(group.shares, []);
  assert.ok((await api.listAddressBookGroups('c-001')).items.some((g) => g.id === group.id));
  assert.equal((await audit('address_book.created', group.id)).length, 1);

  for (const name of ['Sales', 'SALES']) {
    const error = await problem(api.createAddressBookGroup('c-001', { name }));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'conflict');
    assert.deepEqual(error.fieldErrors.map((e) => e.path), ['name']);
  }
  // Names are unique per client, not across clients.
  assert.equal((await server.as('demo-partner').createAddressBookGroup('c-002', { name: 'Sales' })).name, 'Sales');

  const empty = await server.fetch('/clients/c-001/address-book-groups', { method: 'POST', token: 'demo-super', body: JSON.stringify({ name: ' ' }) });
  assert.equal(empty.status, 400);
  const extra = await server.fetch('/clients/c-001/address-book-groups', { method: 'POST', token: 'demo-super', body: JSON.stringify({ name: 'X', contactCount: 9 }) });
  assert.equal(extra.status, 400, 'no mass assignment');
});

test('concurrent creates of one name: exactly one wins, the others get the same 409', async () => {
  const results = await Promise.allSettled(Array.from({ length: 6 }, () => server.as('demo-super').createAddressBookGroup('c-001', { name: 'Race' })));
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as ProblemError).code, 'conflict');
});

test('share, reshare with another permission, share again unchanged, unshare, unshare again', async () => {
  const api = server.as('demo-super');
  const group = await api.createAddressBookGroup('c-001', { name: 'Support' });

  const shared = await api.shareAddressBookGroup('c-001', group.id, a1User, { permission: 'read' });
  assert.deepEqual(shared.shares.map((s) => [s.userId, s.permission]), [[a1User, 'read']]);
  const firstSharedAt = shared.shares[0]!.sharedAt;

  const upgraded = await api.shareAddressBookGroup('c-001', group.id, a1User, { permission: 'write' });
  assert.deepEqual(upgraded.shares.map((s) => [s.userId, s.permission]), [[a1User, 'write']], 'PUT updates the permission, no second share');
  assert.equal(upgraded.shares[0]!.sharedAt, firstSharedAt, 'keeps the date it was first shared');

  await api.shareAddressBookGroup('c-001', group.id, a1User, { permission: 'write' });
  await api.shareAddressBookGroup('c-001', group.id, a1User2, { permission: 'read' });
  const shares = await audit('address_book.shared', a1User);
  assert.deepEqual(shares.map((e) => [e.details.permission, e.details.previousPermission]), [['read', null], ['write', 'read']], 'the unchanged PUT records nothing');
  assert.equal(shares[0]!.details.groupId, group.id);

  const unshared = await api.unshareAddressBookGroup('c-001', group.id, a1User);
  assert.deepEqual(unshared.shares.map((s) => s.userId), [a1User2]);
  const again = await api.unshareAddressBookGroup('c-001', group.id, a1User);
  assert.deepEqual(again.shares.map((s) => s.userId), [a1User2], 'unsharing what is not shared is still 200');
  const unshares = await audit('address_book.unshared', a1User);
  assert.equal(unshares.length, 1);
  assert.equal(unshares[0]!.details.previousPermission, 'write');

  const listed = (await api.listAddressBookGroups('c-001')).items.find((g) => g.id === group.id)!;
  assert.deepEqual(listed.shares.map((s) => [s.userId, s.permission]), [[a1User2, 'read']]);
});

test('only users receive shares: a contact or an unknown user is 400 naming userId; an unknown group is 404', async () => {
  const api = server.as('demo-super');
  const group = await api.createAddressBookGroup('c-001', { name: 'Partners' });
  const toContact = await problem(api.shareAddressBookGroup('c-001', group.id, contact, { permission: 'read' }));
  assert.equal(toContact.status, 400);
  assert.deepEqual(toContact.fieldErrors.map((e) => [e.path, e.code]), [['userId', 'contact_not_allowed']]);
  const unknown = await problem(api.shareAddressBookGroup('c-001', group.id, 'no-such-user', { permission: 'read' }));
  assert.equal(unknown.status, 400);
  assert.deepEqual(unknown.fieldErrors.map((e) => e.path), ['userId']);
  const otherClientUser = await problem(api.shareAddressBookGroup('c-001', group.id, c002User, { permission: 'read' }));
  assert.deepEqual(otherClientUser.fieldErrors.map((e) => e.path), ['userId'], "another client's user is unknown here");

  assert.equal((await problem(api.shareAddressBookGroup('c-001', 'no-such-group', a1User, { permission: 'read' }))).status, 404);
  assert.equal((await problem(api.unshareAddressBookGroup('c-001', 'no-such-group', a1User))).status, 404);
  const bad = await server.fetch(`/clients/c-001/address-book-groups/${group.id}/shares/${a1User}`, { method: 'PUT', token: 'demo-super', body: JSON.stringify({ permission: 'admin' }) });
  assert.equal(bad.status, 400);
  assert.deepEqual(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path), ['permission']);
  assert.equal((await server.db.query('select 1 from address_book_shares where group_id = $1', [group.id])).length, 0);
});

test('scope: another client is 404; an agency admin shares only with its users and sees only their shares', async () => {
  const superApi = server.as('demo-super');
  const agencyApi = server.as('demo-agency');
  const group = await superApi.createAddressBookGroup('c-001', { name: 'Everyone' });
  await superApi.shareAddressBookGroup('c-001', group.id, a1User, { permission: 'read' });
  await superApi.shareAddressBookGroup('c-001', group.id, a3User, { permission: 'write' });

  const seen = (await agencyApi.listAddressBookGroups('c-001')).items.find((g) => g.id === group.id)!;
  assert.deepEqual(seen.shares.map((s) => s.userId), [a1User], 'the share to a user of agency a3 is not shown');
  const full = (await superApi.listAddressBookGroups('c-001')).items.find((g) => g.id === group.id)!;
  assert.deepEqual(full.shares.map((s) => s.userId).sort(), [a1User, a3User].sort());

  const outside = await problem(agencyApi.shareAddressBookGroup('c-001', group.id, a3User, { permission: 'read' }));
  assert.equal(outside.status, 400);
  assert.deepEqual(outside.fieldErrors.map((e) => e.path), ['userId']);
  assert.equal((await problem(agencyApi.unshareAddressBookGroup('c-001', group.id, a3User))).status, 400);
  const still = (await superApi.listAddressBookGroups('c-001')).items.find((g) => g.id === group.id)!;
  assert.equal(still.shares.find((s) => s.userId === a3User)?.permission, 'write', "the agency admin changed nothing of a3's share");
  // Its own users: allowed.
  const mine = await agencyApi.shareAddressBookGroup('c-001', group.id, a1User2, { permission: 'write' });
  assert.deepEqual(mine.shares.map((s) => s.userId).sort(), [a1User, a1User2].sort());

  assert.equal((await problem(superApi.listAddressBookGroups('c-002'))).status, 404);
  assert.equal((await problem(superApi.createAddressBookGroup('c-002', { name: 'Intrusion' }))).status, 404);
  const theirs = await server.as('demo-partner').createAddressBookGroup('c-003', { name: 'Theirs' });
  assert.equal((await problem(superApi.shareAddressBookGroup('c-001', theirs.id, a1User, { permission: 'read' }))).status, 404, "another client's group is not found through c-001");
  assert.equal((await problem(agencyApi.listAddressBookGroups('c-003'))).status, 404);
});
