import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger, loggableUrl } from '../../server/log.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

const CLIENT = 'c-001';
const PASSWORD = 'Correct-Horse-Battery-9157';
const SMTP_PASSWORD = 'smtp-Secret-5521';

/** Every line the logger wrote, parsed, plus the raw text (the leak checks read the raw text). */
function memoryLog() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    logger: createLogger({ level: 'info', destination }),
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const log = memoryLog();
let server: TestServer;
/** Every secret a request of this file carried: none may appear in the log. */
const secrets: string[] = ['demo-super', PASSWORD];

before(async () => {
  server = await startTestServer({ users: 200, config: { logger: log.logger, smtpUrl: null } });
});

after(async () => {
  await server.close();
});

/** The request lines of a request id (the test sets `X-Request-Id` to find them). */
const requestLines = (requestId: string) => log.lines().filter((line) => line.requestId === requestId && line.msg === 'request');
const errorLines = (requestId: string) => log.lines().filter((line) => line.requestId === requestId && line.msg !== 'request');

function assertOneRequestLine(requestId: string, status: number) {
  const lines = requestLines(requestId);
  assert.equal(lines.length, 1, `one line for ${requestId}`);
  const [line] = lines;
  assert.equal(line!.status, status);
  assert.equal(typeof line!.durationMs, 'number');
  assert.ok((line!.durationMs as number) >= 0);
  return line!;
}

async function activeUser(offset: number): Promise<string> {
  const [row] = await server.db.query<{ id: string }>(
    "select id from users where client_id = $1 and agency_ids = array['c-001-a1']::text[] and role = 'user' and account_type = 'user' order by id offset $2 limit 1",
    [CLIENT, offset],
  );
  await server.db.query("update users set status = 'active', suspension_date = null where id = $1", [row!.id]);
  return row!.id;
}

describe('request logs', () => {
  test('a bearer request: one line with method, path, query keys only, status, duration, admin, request id echoed', async () => {
    const response = await server.fetch(`/clients/${CLIENT}/users?q=ines.secret-search@example.com&status=active`, { token: 'demo-super', headers: { 'x-request-id': 'req-list-1' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-request-id'), 'req-list-1');
    const line = assertOneRequestLine('req-list-1', 200);
    assert.equal(line.method, 'GET');
    assert.equal(line.path, `/api/v1/clients/${CLIENT}/users`);
    assert.deepEqual(line.query, ['q', 'status']);
    assert.equal(line.adminId, 'adm-super');
    assert.equal(line.level, 'info');
    assert.ok(!log.text().includes('ines.secret-search'), 'query values are not logged');
  });

  test('without X-Request-Id the server makes one and sends it back', async () => {
    const response = await server.fetch('/me', { token: 'demo-super' });
    const requestId = response.headers.get('x-request-id');
    assert.match(requestId ?? '', /^[0-9a-f-]{36}$/);
    assertOneRequestLine(requestId!, 200);
  });

  test('an invitation accept: the path shows :token, neither the token nor the password is logged', async () => {
    const created = await server.fetch(`/clients/${CLIENT}/users`, {
      method: 'POST',
      token: 'demo-super',
      headers: { 'x-request-id': 'req-invite' },
      body: JSON.stringify({
        firstName: 'Inès',
        lastName: 'Logging',
        email: 'ines.logging@example.com',
        login: 'ines.logging',
        mailLanguage: 'fr',
        agencyIds: [`${CLIENT}-a1`],
        licencePoolIds: [`${CLIENT}-core`],
        invite: true,
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const user = (await created.json()) as { id: string };
    const [mail] = await server.db.query<{ text_body: string }>('select text_body from outbox where user_id = $1', [user.id]);
    const token = /accept\.html#token=([A-Za-z0-9_-]+)/.exec(mail!.text_body)?.[1];
    assert.ok(token);
    secrets.push(token);

    const accepted = await server.fetch(`/invitations/${token}/accept`, { method: 'POST', headers: { 'x-request-id': 'req-accept' }, body: JSON.stringify({ password: PASSWORD }) });
    assert.equal(accepted.status, 200);
    const line = assertOneRequestLine('req-accept', 200);
    assert.equal(line.path, '/api/v1/invitations/:token/accept');
    assert.equal(line.adminId, undefined, 'a public route has no admin');

    // A token that does not exist is masked as well (404 line).
    const unknown = 'Zm9vYmFyYmF6cXV4LXVua25vd24tdG9rZW4tMTIzNDU2';
    secrets.push(unknown);
    await server.fetch(`/invitations/${unknown}/accept`, { method: 'POST', headers: { 'x-request-id': 'req-accept-unknown' }, body: JSON.stringify({ password: PASSWORD }) });
    assert.equal(assertOneRequestLine('req-accept-unknown', 404).path, '/api/v1/invitations/:token/accept');
  });

  test('a supervision start: its token is in the response, never in the log, even when used as a bearer', async () => {
    const userId = await activeUser(0);
    const started = await server.fetch(`/clients/${CLIENT}/users/${userId}/supervision`, {
      method: 'POST',
      token: 'demo-super',
      headers: { 'x-request-id': 'req-supervise' },
      body: JSON.stringify({ reason: 'Show how to set up voicemail' }),
    });
    assert.equal(started.status, 201);
    const session = (await started.json()) as { id: string; token: string };
    assert.ok(session.token);
    secrets.push(session.token);
    assertOneRequestLine('req-supervise', 201);

    const me = await server.fetch('/me', { token: session.token, headers: { 'x-request-id': 'req-supervised-me' } });
    assert.equal(me.status, 200);
    assertOneRequestLine('req-supervised-me', 200);
    const ended = await server.fetch(`/supervision/${session.id}`, { method: 'DELETE', token: 'demo-super', headers: { 'x-request-id': 'req-supervise-end' } });
    assert.equal(ended.status, 200);
  });

  test('a refused request is one line with its 4xx status', async () => {
    const wrongToken = 'not-a-real-token-7733';
    secrets.push(wrongToken);
    const response = await server.fetch('/me', { token: wrongToken, headers: { 'x-request-id': 'req-401' } });
    assert.equal(response.status, 401);
    const line = assertOneRequestLine('req-401', 401);
    assert.equal(line.adminId, undefined);
    assert.equal(errorLines('req-401').length, 0, 'an expected problem is no error line');
  });

  test('an internal error: a 500 line and an error line with a message, no stack', async () => {
    await server.db.query('alter table licence_pools rename to licence_pools_away');
    try {
      const response = await server.fetch(`/clients/${CLIENT}/licence-pools`, { token: 'demo-super', headers: { 'x-request-id': 'req-500' } });
      assert.equal(response.status, 500);
      const body = await response.text();
      assert.ok(!body.includes('licence_pools'), 'the caller gets no internals');
    } finally {
      await server.db.query('alter table licence_pools_away rename to licence_pools');
    }
    const line = assertOneRequestLine('req-500', 500);
    assert.equal(line.level, 'error');
    const [error] = errorLines('req-500');
    assert.equal(error!.msg, 'unhandled error');
    const err = error!.err as Record<string, unknown>;
    assert.match(String(err.message), /licence_pools/);
    assert.equal(err.stack, undefined, 'no stack');
    assert.ok(!JSON.stringify(error).includes('    at '), 'no stack frame anywhere');
  });

  test('an accept that fails inside: logged with the path masked, no stack', async () => {
    const token = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn';
    secrets.push(token);
    await server.db.query('alter table invitations rename to invitations_away');
    try {
      const response = await server.fetch(`/invitations/${token}/accept`, { method: 'POST', headers: { 'x-request-id': 'req-accept-500' }, body: JSON.stringify({ password: PASSWORD }) });
      assert.equal(response.status, 500);
    } finally {
      await server.db.query('alter table invitations_away rename to invitations');
    }
    assert.equal(assertOneRequestLine('req-accept-500', 500).path, '/api/v1/invitations/:token/accept');
    const [error] = errorLines('req-accept-500');
    assert.equal(error!.msg, 'acceptInvitation failed');
    assert.equal((error!.err as Record<string, unknown>).stack, undefined);
  });

  test('a response that breaks the contract: logged with the field, not the value', async () => {
    const userId = await activeUser(1);
    const badEmail = 'leaked-value-4417-not-an-email';
    await server.db.query('update users set email = $2 where id = $1', [userId, badEmail]);
    const response = await server.fetch(`/clients/${CLIENT}/users/${userId}`, { token: 'demo-super', headers: { 'x-request-id': 'req-contract' } });
    assert.equal(response.status, 500);
    assertOneRequestLine('req-contract', 500);
    const [violation] = errorLines('req-contract');
    assert.equal(violation!.msg, 'contract violation');
    assert.equal(violation!.route, 'getUser');
    assert.match(JSON.stringify(violation!.issues), /"path":"email"/);
    assert.ok(!log.text().includes(badEmail));
  });

  test('no token, password or secret used by this file appears anywhere in the log', () => {
    const text = log.text();
    assert.ok(text.length > 0);
    for (const secret of secrets) assert.ok(!text.includes(secret), `the log contains a secret (${secret.slice(0, 4)}…)`);
    assert.ok(!/bearer/i.test(text), 'no Authorization value');
  });
});

describe('the logger on its own', () => {
  test('redacts secrets wherever a caller puts them, scrubs URL credentials and bearer tokens out of error messages', () => {
    const own = memoryLog();
    own.logger.info(
      {
        req: { headers: { authorization: 'Bearer demo-partner', cookie: 'sid=cookie-secret-1', 'idempotency-key': 'retry-key-123' } },
        password: PASSWORD,
        body: { password: PASSWORD, token: 'body-token-1' },
        config: { smtpUrl: `smtp://mailer:${SMTP_PASSWORD}@smtp.example:587` },
      },
      'careless',
    );
    own.logger.error({ err: new Error(`connect to smtp://mailer:${SMTP_PASSWORD}@smtp.example failed for Bearer demo-agency`) }, 'smtp');
    const text = own.text();
    for (const secret of ['demo-partner', 'cookie-secret-1', PASSWORD, 'body-token-1', SMTP_PASSWORD, 'demo-agency']) assert.ok(!text.includes(secret), secret);
    assert.ok(text.includes('retry-key-123'), 'the idempotency key is no secret');
    const [, error] = own.lines();
    assert.deepEqual(error!.err, { type: 'Error', message: 'connect to smtp://***@smtp.example failed for Bearer ***' });
  });

  test('URLs keep their path (token masked) and their query keys, never the values', () => {
    assert.deepEqual(loggableUrl('http://x/api/v1/invitations/abc_DEF-123/accept?next=/home&next=2'), { path: '/api/v1/invitations/:token/accept', query: ['next'] });
    assert.deepEqual(loggableUrl('http://x/api/v1/clients/c-001/users'), { path: '/api/v1/clients/c-001/users' });
  });
});
