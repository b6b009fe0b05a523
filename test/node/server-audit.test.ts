import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError } from '../../src/api/errors.js';
import type { AuditEvent, AuditQuery } from '../../src/api/schemas/audit.js';
import type { Me } from '../../src/api/schemas/me.js';
import { recordAudit } from '../../server/audit.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// GET /audit: scope, filters, keyset paging. Events come from real mutations through the
// supervision and address-book routes, plus a burst written with recordAudit in one
// transaction (so they share one timestamp, which the cursor must page through without loss).
let server: TestServer;
let a1User = '';
let a3User = '';
let c002User = '';
let groupBySuper = '';
let groupByAgency = '';
const OLD_EVENT_AT = '2020-01-01T09:30:00.000Z';
/** Moments between the mutations, for the date filters. */
const marks: string[] = [];

const partnerActor: Me = {
  id: 'adm-partner',
  displayName: 'Paula Partner',
  email: 'paula@nordlys.example',
  role: 'partner_admin',
  scope: { kind: 'partner', partnerId: 'p-nordlys' },
  permissions: [],
  supervisionSessionId: null,
};

async function oneUser(clientId: string, agencyIds: string[] | null): Promise<string> {
  const [row] = await server.db.query<{ id: string }>(
    `select id from users where client_id = $1 and ($2::text[] is null or agency_ids = $2::text[]) and role = 'user' and account_type = 'user'
      order by id limit 1`,
    [clientId, agencyIds],
  );
  await server.db.query("update users set status = 'active', suspension_date = null where id = $1", [row!.id]);
  return row!.id;
}

let supervisionId = '';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
async function mark() {
  await pause();
  marks.push(new Date().toISOString());
  await pause();
}

before(async () => {
  server = await startTestServer({ users: 200 });
  a1User = await oneUser('c-001', ['c-001-a1']);
  a3User = await oneUser('c-001', ['c-001-a3']);
  c002User = await oneUser('c-002', null);
  const superApi = server.as('demo-super');
  const partnerApi = server.as('demo-partner');

  await mark(); // marks[0]
  const supervision = await superApi.startSupervision('c-001', a1User, { reason: 'Audit test' });
  supervisionId = supervision.id;
  await superApi.endSupervision(supervision.id);
  await mark(); // marks[1]
  groupBySuper = (await superApi.createAddressBookGroup('c-001', { name: 'Direction' })).id;
  await superApi.shareAddressBookGroup('c-001', groupBySuper, a1User, { permission: 'read' });
  await superApi.shareAddressBookGroup('c-001', groupBySuper, a3User, { permission: 'write' });
  await mark(); // marks[2]
  groupByAgency = (await server.as('demo-agency').createAddressBookGroup('c-001', { name: 'Agency team' })).id;
  const other = await partnerApi.createAddressBookGroup('c-002', { name: 'Comptabilité' });
  await partnerApi.shareAddressBookGroup('c-002', other.id, c002User, { permission: 'read' });
  await mark(); // marks[3]

  // A burst at one instant (now() is the transaction's start): ties on `at` that only the id orders.
  await server.db.transaction(async (tx) => {
    for (let i = 0; i < 12; i++) {
      await recordAudit(tx, { action: 'branding.updated', actor: partnerActor, clientId: `c-0${String(10 + i)}`, details: { burst: i } });
    }
    await recordAudit(tx, { action: 'branding.updated', actor: partnerActor, clientId: null, details: { level: 'partner' } });
  });
  // One event at an exact, whole-millisecond instant: the date bounds can be tested at their edge.
  await recordAudit(server.db, { action: 'modules.updated', actor: partnerActor, clientId: 'c-003', details: { old: true } });
  await server.db.query("update audit_events set at = $1 where action = 'modules.updated'", [OLD_EVENT_AT]);
});

after(() => server?.close());

async function all(token: string, query: AuditQuery = {}): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await server.as(token).listAuditEvents({ ...query, cursor, limit: 5 });
    events.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

const count = async (token: string, query: AuditQuery = {}) => (await server.as(token).listAuditEvents({ ...query, limit: 1 })).total;

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    assert.ok(error instanceof ProblemError, String(error));
    return error.status;
  }
}

test('the partner admin sees every event of its partner, partner-level ones too, newest first', async () => {
  const page = await server.as('demo-partner').listAuditEvents({ limit: 500 });
  // 2 supervision + 3 (create, 2 shares) + 1 agency group + 2 in c-002 + 13 burst + 1 old.
  assert.equal(page.total, 22);
  assert.equal(page.items.length, 22);
  assert.equal(page.items.at(-1)!.at, OLD_EVENT_AT, 'the oldest comes last');
  assert.equal(page.nextCursor, null);
  assert.ok(page.items.some((e) => e.clientId === null), 'partner-level event listed');
  for (let i = 1; i < page.items.length; i++) {
    const [newer, older] = [page.items[i - 1]!, page.items[i]!];
    assert.ok(newer.at > older.at || (newer.at === older.at && newer.id > older.id), `order at ${i}`);
  }
  const started = page.items.find((e) => e.action === 'supervision.started')!;
  assert.equal(started.reason, 'Audit test');
  assert.deepEqual(started.subject, { type: 'user', id: a1User, label: started.subject!.label });
  assert.equal(started.actor.id, 'adm-super');
  assert.equal(page.items.find((e) => e.details.level === 'partner')!.subject, null, 'no subject, null subject');
});

test('cursor paging returns every event exactly once, ties on the timestamp included', async () => {
  const events = await all('demo-partner');
  assert.equal(events.length, 22);
  assert.equal(new Set(events.map((e) => e.id)).size, 22);
  const unpaged = (await server.as('demo-partner').listAuditEvents({ limit: 500 })).items.map((e) => e.id);
  assert.deepEqual(events.map((e) => e.id), unpaged, 'same order as one big page');
  const burst = events.filter((e) => typeof e.details.burst === 'number');
  assert.equal(new Set(burst.map((e) => e.at)).size, 1, 'the burst shares one timestamp');
});

test('a client super admin sees only its client; clientId outside reach is 404', async () => {
  const events = await all('demo-super');
  assert.equal(events.length, 6);
  assert.ok(events.every((e) => e.clientId === 'c-001'));
  assert.equal(await count('demo-super', { clientId: 'c-001' }), 6);
  assert.equal(await status(server.as('demo-super').listAuditEvents({ clientId: 'c-002' })), 404);
  assert.equal(await count('demo-partner', { clientId: 'c-002' }), 2);
});

test('an agency admin sees events on its agencies\' users and its own actions, nothing client-wide or elsewhere', async () => {
  const events = await all('demo-agency');
  const seen = events.map((e) => `${e.action}:${e.subject?.id ?? ''}`).sort();
  assert.deepEqual(seen, [
    `address_book.created:${groupByAgency}`,
    `address_book.shared:${a1User}`,
    `supervision.ended:${a1User}`,
    `supervision.started:${a1User}`,
  ]);
  assert.ok(!events.some((e) => e.subject?.id === a3User), 'nothing about a user of agency a3');
  assert.ok(!events.some((e) => e.subject?.id === groupBySuper), 'nothing client-wide done by others');
  assert.equal(await count('demo-agency'), 4);
  assert.ok((await count('demo-agency')) < (await count('demo-super')));
  assert.equal(await count('demo-agency', { userId: a3User }), 0, 'filtering on a user outside reach finds nothing');
});

test('filters: action (repeatable), userId, actor, and dates [from, to)', async () => {
  const superApi = server.as('demo-super');
  assert.equal(await count('demo-super', { action: ['supervision.started'] }), 1);
  const both = await superApi.listAuditEvents({ action: ['supervision.started', 'supervision.ended'] });
  assert.deepEqual(both.items.map((e) => e.action), ['supervision.ended', 'supervision.started']);
  const onA1 = await superApi.listAuditEvents({ userId: a1User });
  assert.deepEqual(onA1.items.map((e) => e.action).sort(), ['address_book.shared', 'supervision.ended', 'supervision.started']);
  assert.equal(await count('demo-partner', { actor: 'adm-agency' }), 1);
  assert.equal(await count('demo-partner', { actor: 'adm-partner' }), 16);

  const window = await superApi.listAuditEvents({ from: marks[1], to: marks[2] });
  assert.deepEqual(window.items.map((e) => e.action).sort(), ['address_book.created', 'address_book.shared', 'address_book.shared']);
  assert.equal(await count('demo-super', { from: marks[0], to: marks[1] }), 2);
  assert.equal(await count('demo-super', { from: marks[2] }), 1);
  assert.equal(await count('demo-super', { to: marks[0] }), 0);
  // `from` is inclusive, `to` exclusive: an event at the very instant is in [at, ...) and not in [..., at).
  const old = { action: ['modules.updated' as const] };
  assert.equal(await count('demo-partner', { ...old, from: OLD_EVENT_AT }), 1);
  assert.equal(await count('demo-partner', { ...old, to: OLD_EVENT_AT }), 0);
  assert.equal(await count('demo-partner', { ...old, from: '2020-01-01T09:29:59.999Z', to: '2020-01-01T09:30:00.001Z' }), 1);
  assert.equal(await count('demo-partner', { ...old, from: '2020-01-01T09:30:00.001Z' }), 0);
  // Offsets other than Z name the same instant.
  assert.equal(await count('demo-partner', { ...old, from: '2020-01-01T10:30:00+01:00', to: '2020-01-01T10:30:00.001+01:00' }), 1);
  // Filters combine, and the total counts every match, not the page.
  const page = await server.as('demo-partner').listAuditEvents({ action: ['branding.updated'], limit: 4 });
  assert.equal(page.total, 13);
  assert.equal(page.items.length, 4);
});

test("one supervision session's trail, and the actors the filter offers within scope", async () => {
  const trail = await server.as('demo-super').listAuditEvents({ supervisionSessionId: supervisionId });
  assert.deepEqual(trail.items.map((e) => e.action), ['supervision.ended', 'supervision.started']);
  assert.ok(trail.items.every((e) => e.supervisionSessionId === supervisionId && e.reason === 'Audit test'));
  assert.equal(await count('demo-super', { supervisionSessionId: 'no-such-session' }), 0);

  const names = async (token: string, clientId?: string) => (await server.as(token).listAuditActors(clientId ? { clientId } : {})).items.map((a) => a.id);
  assert.deepEqual((await names('demo-partner')).sort(), ['adm-agency', 'adm-partner', 'adm-super']);
  // Paula Partner acted only on c-002 and at partner level among the named clients; c-001 shows the super and the agency admin.
  assert.deepEqual((await names('demo-partner', 'c-002')), ['adm-partner']);
  assert.deepEqual((await names('demo-super')).sort(), ['adm-agency', 'adm-super']);
  // The agency admin sees only what it did and events wholly within its agencies.
  assert.ok(!(await names('demo-agency')).includes('adm-partner'));
  assert.equal(await status(server.as('demo-super').listAuditActors({ clientId: 'c-002' })), 404);
});

test('bad cursors and values are 400; a supervision token cannot read the log', async () => {
  const response = await server.fetch('/audit?cursor=bm9wZQ', { token: 'demo-partner' });
  assert.equal(response.status, 400);
  assert.deepEqual(((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path), ['cursor']);
  assert.equal((await server.fetch('/audit?action=user.exploded', { token: 'demo-partner' })).status, 400);
  assert.equal((await server.fetch('/audit?from=yesterday', { token: 'demo-partner' })).status, 400);

  const session = await server.as('demo-super').startSupervision('c-001', a1User, { reason: 'Read the log?' });
  assert.ok(session.token, 'the start response carries the token');
  assert.equal(await status(server.as(session.token).listAuditEvents()), 403);
  await server.as('demo-super').endSupervision(session.id);
});
