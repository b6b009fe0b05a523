import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpApi, importBody } from '../../src/api/http/http-api.js';
import { ConflictError, IncompatibleBackendError, ProblemError } from '../../src/api/errors.js';

// createHttpApi over a real local HTTP server that answers from a script and records what it received.
interface Received { method: string; url: string; headers: IncomingMessage['headers']; body: string }
type Scripted = { status: number; headers?: Record<string, string>; body?: unknown };

let received: Received[] = [];
let script: Scripted[] = [];
let baseUrl: string;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const next = script.shift() ?? { status: 500, body: { title: 'unscripted', status: 500, code: 'internal' } };
    const headers = { 'content-type': next.status >= 400 ? 'application/problem+json' : 'application/json', ...next.headers };
    res.writeHead(next.status, headers);
    res.end(next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body));
  });
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
after(() => server.close());
beforeEach(() => {
  received = [];
  script = [];
});

const api = () => createHttpApi({ baseUrl, token: 'tok', retryBaseDelayMs: 1 });
const now = '2026-11-23T10:00:00.000Z';
const user = {
  id: 'u1', clientId: 'c1', userCode: 'JM01', firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@example.com', login: 'jeanne.martin',
  role: 'user', mailLanguage: 'fr', jobTitle: null, company: null, department: null, phone: null, mobile: null,
  address: { street: null, zip: null, city: null, country: null }, biography: null, agencyIds: [], licencePoolIds: [], accountType: 'user',
  ownerLogin: null, visibility: 'PUBLIC', modificationPrevention: false, twoFactor: 'NONE', suspensionDate: null, expirationMode: 'DEFAULT',
  creationNotification: true, storageQuota: null, backupQuota: null, capabilities: { remoteManagement: false, supportManagement: false },
  status: 'invited', statusReason: null, invitedAt: now, activatedAt: null, lastSignInAt: null, mustChangePassword: false, hasApiKey: false,
  createdAt: now, updatedAt: now,
};
const invitationSent = { user, invitation: { id: 'i1', userId: 'u1', email: 'jeanne@example.com', mailLanguage: 'fr', sentAt: now, expiresAt: now } };
const unavailable: Scripted = { status: 503, body: { title: 'Unavailable', status: 503, code: 'internal' } };

test('an invitation carries one Idempotency-Key per click, the same on every retry', async () => {
  script = [unavailable, unavailable, { status: 200, body: invitationSent }];
  const sent = await api().inviteUser('c1', 'u1');
  assert.equal(sent.invitation.id, 'i1');
  assert.equal(received.length, 3);
  const keys = received.map((r) => r.headers['idempotency-key']);
  assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
  assert.deepEqual(new Set(keys).size, 1);

  script = [{ status: 200, body: invitationSent }];
  await api().inviteUser('c1', 'u1');
  assert.notEqual(received[3]!.headers['idempotency-key'], keys[0], 'a new click is a new key');

  script = [{ status: 200, body: invitationSent }];
  await api().inviteUser('c1', 'u1', {}, { idempotencyKey: 'retry-of-click-1' });
  assert.equal(received[4]!.headers['idempotency-key'], 'retry-of-click-1', 'a deliberate retry reuses its key');
});

test('a POST that sends no email is never retried', async () => {
  script = [unavailable, { status: 200, body: user }];
  await assert.rejects(api().changeUserStatus('c1', 'u1', { status: 'inactive' }), ProblemError);
  assert.equal(received.length, 1);
  assert.equal(received[0]!.headers['idempotency-key'], undefined);
});

test('an invalid body is refused before it is sent, field by field', async () => {
  await assert.rejects(
    api().createUser('c1', { firstName: 'J', lastName: 'M', email: 'not-an-email', login: 'jm', mailLanguage: 'fr' }),
    (error: unknown) => {
      assert.ok(error instanceof ProblemError);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), ['email', 'login']);
      return true;
    },
  );
  assert.equal(received.length, 0);
});

test('list filters go out as repeated keys with the defaults applied', async () => {
  script = [{ status: 200, body: { items: [user], total: 1, nextCursor: null } }];
  const page = await api().listUsers('c1', { status: ['active', 'invited'], q: 'mar' });
  assert.equal(page.total, 1);
  const url = new URL(received[0]!.url, 'http://x');
  assert.equal(url.pathname, '/api/v1/clients/c1/users');
  assert.deepEqual(url.searchParams.getAll('status'), ['active', 'invited']);
  assert.equal(url.searchParams.get('sort'), 'lastName');
  assert.equal(url.searchParams.get('limit'), '50');
  assert.equal(received[0]!.headers.authorization, 'Bearer tok');
});

test('a user list of the wrong shape names the endpoint and the field', async () => {
  script = [{ status: 200, body: { items: [user, { ...user, email: 42 }], total: 2, nextCursor: null } }];
  await assert.rejects(api().listUsers('c1'), (error: unknown) => {
    assert.ok(error instanceof IncompatibleBackendError);
    assert.equal(error.fieldPath, 'items.1.email');
    assert.match(error.message, /GET \/clients\/c1\/users/);
    return true;
  });
});

const defaults = {
  logoAssetId: { value: null, source: 'default' }, primaryColor: { value: '#0B5FFF', source: 'default' }, gradient: { value: null, source: 'default' },
  textColor: { value: '#FFFFFF', source: 'default' }, bannerAssetId: { value: null, source: 'default' }, messageLink: { value: null, source: 'default' },
  messageText: { value: null, source: 'default' },
};
const branding = {
  level: 'client', ownerId: 'c1', settings: { primaryColor: '#0B5FFF' }, etag: 'W/"body"', updatedAt: now, updatedBy: 'Sam',
  effective: { ...defaults, primaryColor: { value: '#0B5FFF', source: 'client' } },
  inherited: defaults,
};

test('branding saves with If-Match; the ETag header wins over the body copy', async () => {
  script = [{ status: 200, headers: { etag: '"v2"' }, body: branding }];
  const saved = await api().saveBranding({ level: 'client', clientId: 'c1' }, { primaryColor: '#0B5FFF' }, '"v1"');
  assert.equal(received[0]!.method, 'PUT');
  assert.equal(received[0]!.url, '/api/v1/clients/c1/branding');
  assert.equal(received[0]!.headers['if-match'], '"v1"');
  assert.deepEqual(JSON.parse(received[0]!.body), { primaryColor: '#0B5FFF' });
  assert.equal(saved.etag, '"v2"');
});

test('a stale ETag is a ConflictError carrying the current one', async () => {
  script = [{ status: 412, headers: { etag: '"v3"' }, body: { title: 'Precondition failed', status: 412, code: 'precondition_failed' } }];
  await assert.rejects(api().resetBranding({ level: 'partner', partnerId: 'p1' }, '"v1"'), (error: unknown) => {
    assert.ok(error instanceof ConflictError);
    assert.equal(error.currentEtag, '"v3"');
    return true;
  });
  assert.equal(received[0]!.url, '/api/v1/partners/p1/branding');
  assert.equal(received[0]!.method, 'DELETE');
});

test('export comes back as a file; asset URLs are built under the base URL', async () => {
  script = [{ status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' }, body: '\uFEFFLASTNAME;FIRSTNAME\r\nMartin;Jeanne\r\n' }];
  const file = await api().exportUsers('c1', { format: 'csv', status: ['active'] });
  assert.match(await file.text(), /Martin;Jeanne/);
  assert.deepEqual(new URL(received[0]!.url, 'http://x').searchParams.get('format'), 'csv');
  assert.equal(api().assetUrl('a/1'), `${baseUrl}/assets/a%2F1`);
});

test('an import body is checked and encoded a slice at a time, giving the page back in between', async () => {
  const job = {
    id: 'j1', clientId: 'c1', kind: 'users', fileName: 'staff.csv', status: 'validated', rowCount: 5000, validRows: 5000, errorRows: 0,
    errorsByCode: {}, errors: [], createdAt: now, committedAt: null, createdUserIds: [],
  };
  script = [{ status: 201, body: job }];
  const rows = Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, cells: { LASTNAME: `Martin ${i}`, EMAIL: `l${i}@example.com`, CITY: 'Lyon, "centre"' } }));
  const request = { kind: 'users', fileName: 'staff.csv', rows } as const;
  await api().validateImport('c1', request);
  assert.equal(received[0]!.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(received[0]!.body), request);

  let pauses = 0;
  const body = await importBody(request, 'POST /clients/c1/imports', undefined, async () => void pauses++);
  assert.equal(pauses, 3, '5,000 rows in slices of 2,000');
  assert.deepEqual(JSON.parse(await body.text()), request);
});

test('a faulty import row is refused before sending, named by its place in the whole body', async () => {
  const rows = Array.from({ length: 4500 }, (_, i) => ({ row: i + 2, cells: { LASTNAME: 'x'.repeat(i === 4321 ? 4001 : 3) } }));
  await assert.rejects(api().validateImport('c1', { kind: 'users', fileName: 'staff.csv', rows }), (error: unknown) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.problem.errors?.map((e) => e.path), ['rows.4321.cells.LASTNAME']);
    return true;
  });
  await assert.rejects(api().validateImport('c1', { kind: 'users', fileName: 'x'.repeat(256), rows: rows.slice(0, 1) }), (error: unknown) => {
    assert.deepEqual((error as ProblemError).problem.errors?.map((e) => e.path), ['fileName']);
    return true;
  });
  assert.equal(received.length, 0);
});
