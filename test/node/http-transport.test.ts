import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { inspect } from 'node:util';
import { z } from 'zod';
import {
  AbortedError,
  ConflictError,
  IncompatibleBackendError,
  NetworkError,
  ProblemError,
  RateLimitedError,
  TimeoutError,
} from '../../src/api/errors.js';
import { createHttpApi } from '../../src/api/http/http-api.js';
import { createTransport, newIdempotencyKey } from '../../src/api/http/transport.js';
import type { TransportOptions } from '../../src/api/http/transport.js';

// A real HTTP server scripted per test: each incoming request takes the next
// step of the queue, and is recorded so the tests can count attempts and read
// what was sent.

type Step =
  | { status: number; headers?: Record<string, string>; body?: string | Uint8Array }
  /** Never answers (the client's timeout or cancel has to end it). */
  | { hang: true }
  /** Sends the head and part of the body, then stalls. */
  | { stallBody: true; status: number; headers?: Record<string, string> }
  /** Answers after a pause (a slow server, e.g. a big import). */
  | { delayMs: number; status: number; headers?: Record<string, string>; body?: string };

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  time: number;
}

let server: Server;
let origin = '';
let queue: Step[] = [];
let received: Received[] = [];
const pending = new Set<ServerResponse>();

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const time = performance.now();
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), time });
      const step = queue.shift() ?? { status: 599, body: 'no step scripted for this request' };
      if ('hang' in step) {
        pending.add(res);
        return;
      }
      if ('delayMs' in step) {
        pending.add(res);
        setTimeout(() => {
          if (res.destroyed) return;
          pending.delete(res);
          res.writeHead(step.status, step.headers);
          res.end(step.body);
        }, step.delayMs);
        return;
      }
      res.writeHead(step.status, step.headers);
      if ('stallBody' in step) {
        res.write('{"items": [');
        pending.add(res);
        return;
      }
      res.end(step.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  queue = [];
  received = [];
  for (const res of pending) res.destroy();
  pending.clear();
});

after(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function transport(options: Partial<TransportOptions> = {}) {
  return createTransport({ baseUrl: `${origin}/api/v1`, retryBaseDelayMs: 5, ...options });
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Step {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Step {
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
    body: JSON.stringify({ type: 'about:blank', title: `title of ${code}`, status, code, ...extra }),
  };
}

const empty = (status: number, headers: Record<string, string> = {}): Step => ({ status, headers });

/** Awaits a promise that must reject, and returns its error. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the request to fail');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gaps = () => received.slice(1).map((r, i) => r.time - (received[i]?.time ?? 0));

const Ok = z.object({ ok: z.boolean() });

// --- requests as sent, answers as returned -----------------------------------

test('GET parses the body with the schema and returns status, ETag and headers', async () => {
  queue = [json(200, { ok: true }, { ETag: '"v3"', 'X-Total': '42' })];
  const res = await transport().request({ method: 'GET', path: '/clients/c1/pools', schema: Ok });
  assert.deepEqual(res.data, { ok: true });
  assert.equal(res.status, 200);
  assert.equal(res.etag, '"v3"');
  assert.equal(res.headers.get('x-total'), '42');
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.url, '/api/v1/clients/c1/pools');
  assert.equal(received[0]?.headers.accept, 'application/json, application/problem+json');
  assert.equal(received[0]?.headers.authorization, undefined);
});

test('etag is null without an ETag header; 204 without schema gives undefined data', async () => {
  queue = [json(200, { ok: false }), empty(204)];
  const t = transport();
  assert.equal((await t.request({ method: 'GET', path: '/a', schema: Ok })).etag, null);
  const res = await t.request({ method: 'DELETE', path: '/clients/c1/users/u1' });
  assert.equal(res.status, 204);
  assert.equal(res.data, undefined);
});

test('query: arrays repeat the key, null and undefined are left out; baseUrl may end with a slash', async () => {
  queue = [json(200, { ok: true })];
  await transport({ baseUrl: `${origin}/api/v1/` }).request({
    method: 'GET',
    path: '/clients/c1/users',
    query: { status: ['active', 'invited'], q: 'ana maría', limit: 25, archived: false, cursor: undefined, role: null },
    schema: Ok,
  });
  const url = new URL(received[0]?.url ?? '', origin);
  assert.equal(url.pathname, '/api/v1/clients/c1/users');
  assert.deepEqual(url.searchParams.getAll('status'), ['active', 'invited']);
  assert.equal(url.searchParams.get('q'), 'ana maría');
  assert.equal(url.searchParams.get('limit'), '25');
  assert.equal(url.searchParams.get('archived'), 'false');
  assert.equal(url.searchParams.has('cursor'), false);
  assert.equal(url.searchParams.has('role'), false);
});

test('JSON bodies are sent with Content-Type application/json; If-Match is sent', async () => {
  queue = [json(200, { ok: true })];
  await transport().request({ method: 'PUT', path: '/b', body: { name: 'Zoé', n: 1 }, ifMatch: '"v7"', schema: Ok });
  assert.equal(received[0]?.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(received[0]?.body.toString('utf8') ?? ''), { name: 'Zoé', n: 1 });
  assert.equal(received[0]?.headers['if-match'], '"v7"');
});

test('binary bodies are sent raw with their content type; blob answers come back as Blob', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
  queue = [empty(204), { status: 200, headers: { 'Content-Type': 'image/png' }, body: png }];
  const t = transport();
  await t.request({ method: 'POST', path: '/logo', body: png, contentType: 'image/png', idempotencyKey: 'k' });
  assert.equal(received[0]?.headers['content-type'], 'image/png');
  assert.deepEqual(new Uint8Array(received[0]?.body ?? []), png);
  const res = await t.request<Blob>({ method: 'GET', path: '/logo', responseType: 'blob' });
  assert.ok(res.data instanceof Blob);
  assert.deepEqual(new Uint8Array(await res.data.arrayBuffer()), png);
});

test('a GET with a body is refused before anything is sent', async () => {
  await assert.rejects(transport().request({ method: 'GET', path: '/a', body: { x: 1 } }), TypeError);
  assert.equal(received.length, 0);
});

// --- retries -----------------------------------------------------------------

test('retries a 503 and succeeds on the second attempt', async () => {
  queue = [problem(503, 'internal'), json(200, { ok: true })];
  const res = await transport().request({ method: 'GET', path: '/a', schema: Ok });
  assert.deepEqual(res.data, { ok: true });
  assert.equal(received.length, 2);
});

test('stops after 3 attempts in total and reports the last answer', async () => {
  queue = [problem(503, 'a'), problem(503, 'b'), problem(503, 'c'), json(200, { ok: true })];
  const error = await failure(transport().request({ method: 'GET', path: '/a', schema: Ok }));
  assert.ok(error instanceof ProblemError);
  assert.equal(error.status, 503);
  assert.equal(error.code, 'c');
  await sleep(50);
  assert.equal(received.length, 3);
});

test('never retries 400, 401, 403, 404, 409, 413 or 422', async () => {
  for (const status of [400, 401, 403, 404, 409, 413, 422]) {
    received = [];
    queue = [problem(status, `s${status}`), json(200, { ok: true })];
    const error = await failure(transport().request({ method: 'GET', path: '/a', schema: Ok }));
    assert.ok(error instanceof ProblemError, `status ${status}`);
    assert.equal(error.status, status);
    assert.equal(received.length, 1, `status ${status} must not be retried`);
  }
});

test('retries 408, 429, 500, 502, 504 and 599', async () => {
  for (const status of [408, 429, 500, 502, 504, 599]) {
    received = [];
    queue = [empty(status), json(200, { ok: true })];
    const res = await transport().request({ method: 'GET', path: '/a', schema: Ok });
    assert.deepEqual(res.data, { ok: true }, `status ${status}`);
    assert.equal(received.length, 2, `status ${status} must be retried`);
  }
});

test('PUT and DELETE are retried without an idempotency key', async () => {
  for (const method of ['PUT', 'DELETE'] as const) {
    received = [];
    queue = [empty(502), empty(204)];
    await transport().request({ method, path: '/a' });
    assert.equal(received.length, 2, method);
  }
});

test('POST and PATCH without an idempotency key are not retried on 503', async () => {
  for (const method of ['POST', 'PATCH'] as const) {
    received = [];
    queue = [problem(503, 'internal'), empty(204)];
    const error = await failure(transport().request({ method, path: '/a', body: { x: 1 } }));
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 503);
    assert.equal(received.length, 1, method);
    assert.equal(received[0]?.headers['idempotency-key'], undefined);
  }
});

test('POST with an idempotency key is retried, with the same key on every attempt', async () => {
  const key = newIdempotencyKey();
  queue = [problem(503, 'internal'), empty(500), json(201, { ok: true })];
  const res = await transport().request({ method: 'POST', path: '/invitations:bulk', body: { ids: [1] }, idempotencyKey: key, schema: Ok });
  assert.equal(res.status, 201);
  assert.equal(received.length, 3);
  assert.deepEqual(
    received.map((r) => r.headers['idempotency-key']),
    [key, key, key],
  );
  // The body is replayed too, not only the headers.
  assert.deepEqual(
    received.map((r) => r.body.toString('utf8')),
    ['{"ids":[1]}', '{"ids":[1]}', '{"ids":[1]}'],
  );
});

test('PATCH with an idempotency key is retried with the same key', async () => {
  queue = [empty(500), json(200, { ok: true })];
  await transport().request({ method: 'PATCH', path: '/u', body: { a: 1 }, idempotencyKey: 'patch-key-1', schema: Ok });
  assert.deepEqual(
    received.map((r) => r.headers['idempotency-key']),
    ['patch-key-1', 'patch-key-1'],
  );
});

test('newIdempotencyKey gives a fresh UUID each time', () => {
  const a = newIdempotencyKey();
  const b = newIdempotencyKey();
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, b);
});

test('backoff is exponential from retryBaseDelayMs with full jitter', async (t) => {
  // Jitter at its top: the delays are the full 200 ms then 400 ms. Only lower
  // bounds are asserted: a busy machine can only make the gaps longer.
  t.mock.method(Math, 'random', () => 0.9999);
  queue = [empty(503), empty(503), json(200, { ok: true })];
  await transport({ retryBaseDelayMs: 200 }).request({ method: 'GET', path: '/a', schema: Ok });
  const [first = 0, second = 0] = gaps();
  assert.ok(first >= 195, `first gap ${first}`);
  assert.ok(second >= 395, `second gap ${second}`);

  // Jitter at its bottom: no wait at all, so the delay really is randomised.
  t.mock.method(Math, 'random', () => 0);
  received = [];
  queue = [empty(503), empty(503), json(200, { ok: true })];
  await transport({ retryBaseDelayMs: 200 }).request({ method: 'GET', path: '/a', schema: Ok });
  for (const gap of gaps()) assert.ok(gap < 150, `gap ${gap}`);
});

// --- Retry-After ---------------------------------------------------------------

test('Retry-After in seconds is honoured on 429', async () => {
  queue = [problem(429, 'rate_limited', {}, { 'Retry-After': '1' }), json(200, { ok: true })];
  await transport().request({ method: 'GET', path: '/a', schema: Ok });
  assert.equal(received.length, 2);
  const [gap = 0] = gaps();
  assert.ok(gap >= 990, `gap ${gap} ms, asked 1000`);
});

test('Retry-After as an HTTP date is honoured on 503', async () => {
  // The date has whole seconds: this asks for a wait between 1 and 2 s.
  const when = new Date(Date.now() + 2000).toUTCString();
  queue = [problem(503, 'internal', {}, { 'Retry-After': when }), json(200, { ok: true })];
  await transport().request({ method: 'GET', path: '/a', schema: Ok });
  assert.equal(received.length, 2);
  const [gap = 0] = gaps();
  assert.ok(gap >= 950 && gap < 2500, `gap ${gap} ms, asked until ${when}`);
});

test('Retry-After above the cap: RateLimitedError at once, no retry, no sleep', async () => {
  queue = [problem(429, 'rate_limited', {}, { 'Retry-After': '120' }), json(200, { ok: true })];
  const started = performance.now();
  // The guard signal turns a transport that sleeps the 120 s into a quick, clear failure.
  const guard = AbortSignal.timeout(3000);
  const error = await failure(transport().request({ method: 'GET', path: '/a', schema: Ok, signal: guard }));
  assert.ok(performance.now() - started < 1000);
  assert.ok(error instanceof RateLimitedError);
  assert.equal(error.kind, 'rate-limited');
  assert.equal(error.retryAfterSeconds, 120);
  assert.equal(error.code, 'rate_limited');
  assert.equal(received.length, 1);
});

test('Retry-After above the cap on 503: the ProblemError at once', async () => {
  queue = [problem(503, 'internal', {}, { 'Retry-After': '3600' }), json(200, { ok: true })];
  const guard = AbortSignal.timeout(3000);
  const error = await failure(transport().request({ method: 'GET', path: '/a', schema: Ok, signal: guard }));
  assert.ok(error instanceof ProblemError, `got ${String(error)}`);
  assert.equal(error.status, 503);
  assert.equal(received.length, 1);
});

test('429 after the retries ran out: RateLimitedError with retryAfterSeconds', async () => {
  const limited = problem(429, 'rate_limited', { detail: 'slow down' }, { 'Retry-After': '0' });
  queue = [limited, limited, limited];
  const error = await failure(transport().request({ method: 'POST', path: '/invite', idempotencyKey: 'k' }));
  assert.ok(error instanceof RateLimitedError);
  assert.ok(error instanceof ProblemError);
  assert.equal(error.retryAfterSeconds, 0);
  assert.equal(error.message, 'slow down');
  assert.equal(received.length, 3);
});

// --- timeout and cancel ------------------------------------------------------

test('own timeout: TimeoutError with timeoutMs, a timed-out GET is retried (3 attempts)', async () => {
  queue = [{ hang: true }, { hang: true }, { hang: true }];
  const started = performance.now();
  const error = await failure(transport({ timeoutMs: 200 }).request({ method: 'GET', path: '/slow', schema: Ok }));
  assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
  assert.equal(error.kind, 'timeout');
  assert.equal(error.timeoutMs, 200);
  assert.equal(error.endpoint, 'GET /slow');
  assert.equal(received.length, 3);
  assert.ok(performance.now() - started >= 600);
});

test('a per-call timeoutMs lets one slow call wait longer than the client default', async () => {
  const slow = (): Step => ({ delayMs: 400, status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' });
  queue = [slow(), slow()];
  const client = transport({ timeoutMs: 150, retryBaseDelayMs: 1 });
  const res = await client.request({ method: 'POST', path: '/imports', body: {}, schema: Ok, timeoutMs: 2000 });
  assert.deepEqual(res.data, { ok: true });
  assert.equal(received.length, 1);
  // The same slow answer without the per-call value: the client's 150 ms.
  const error = await failure(client.request({ method: 'POST', path: '/imports', body: {}, schema: Ok }));
  assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
  assert.equal(error.timeoutMs, 150);
});

test('a per-call timeoutMs shorter than the default applies to every attempt', async () => {
  queue = [{ hang: true }, { hang: true }, { hang: true }];
  const started = performance.now();
  const error = await failure(transport({ timeoutMs: 10_000 }).request({ method: 'GET', path: '/slow', schema: Ok, timeoutMs: 100 }));
  assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
  assert.equal(error.timeoutMs, 100);
  assert.equal(received.length, 3, 'retried with the same per-call timeout');
  assert.ok(performance.now() - started < 3000, 'never waited the client default');
});

test('a per-call timeoutMs that is not a positive duration is refused before sending', async () => {
  for (const timeoutMs of [0, -5, Number.NaN, 2 ** 31]) {
    const error = await failure(transport().request({ method: 'GET', path: '/x', schema: Ok, timeoutMs }));
    assert.ok(error instanceof RangeError, `${timeoutMs}: got ${String(error)}`);
  }
  assert.equal(received.length, 0);
});

test('createHttpApi passes RequestOptions.timeoutMs of a call to the transport', async () => {
  const me = { id: 'adm-1', displayName: 'A', email: null, role: 'super_admin', scope: { kind: 'client', partnerId: 'p', clientId: 'c' }, permissions: [], supervisionSessionId: null };
  const slow = (): Step => ({ delayMs: 300, status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(me) });
  queue = [slow()];
  const api = createHttpApi({ baseUrl: `${origin}/api/v1`, timeoutMs: 100, retryBaseDelayMs: 1 });
  assert.equal((await api.getMe({ timeoutMs: 2000 })).id, 'adm-1');
  queue = [slow(), slow(), slow()];
  const error = await failure(api.getMe());
  assert.ok(error instanceof TimeoutError && error.timeoutMs === 100, `got ${String(error)}`);
});

test('a GET that timed out once succeeds on the retry', async () => {
  queue = [{ hang: true }, json(200, { ok: true })];
  const res = await transport({ timeoutMs: 200 }).request({ method: 'GET', path: '/slow', schema: Ok });
  assert.deepEqual(res.data, { ok: true });
  assert.equal(received.length, 2);
});

test('a POST without idempotency key that timed out is not retried', async () => {
  queue = [{ hang: true }, empty(204)];
  const error = await failure(transport({ timeoutMs: 200 }).request({ method: 'POST', path: '/slow', body: {} }));
  assert.ok(error instanceof TimeoutError);
  await sleep(50);
  assert.equal(received.length, 1);
});

test('the timeout covers a body that stalls after the head', async () => {
  queue = [{ stallBody: true, status: 200, headers: { 'Content-Type': 'application/json' } }];
  const guard = AbortSignal.timeout(3000);
  const error = await failure(transport({ timeoutMs: 200 }).request({ method: 'GET', path: '/stall', schema: Ok, signal: guard }));
  assert.ok(error instanceof TimeoutError, `got ${String(error)}`);
});

test('an error body that stalls gives the ProblemError with a synthesised problem', async () => {
  queue = [{ stallBody: true, status: 422, headers: { 'Content-Type': 'application/problem+json' } }];
  const guard = AbortSignal.timeout(3000);
  const started = performance.now();
  const error = await failure(transport({ timeoutMs: 200 }).request({ method: 'POST', path: '/u', body: {}, signal: guard }));
  assert.ok(performance.now() - started < 1500, 'gave up on the body after timeoutMs, not on the guard');
  assert.ok(error instanceof ProblemError, `got ${String(error)}`);
  assert.equal(error.status, 422);
  assert.equal(error.code, 'http_422');
});

test('user abort mid-request: AbortedError, not a timeout, and no further attempt', async () => {
  queue = [{ hang: true }, json(200, { ok: true })];
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const started = performance.now();
  const error = await failure(
    transport({ timeoutMs: 5000 }).request({ method: 'GET', path: '/slow', schema: Ok, signal: controller.signal }),
  );
  assert.ok(error instanceof AbortedError, `got ${String(error)}`);
  assert.equal(error.kind, 'aborted');
  assert.ok(performance.now() - started < 1000);
  await sleep(200);
  assert.equal(received.length, 1);
});

test('user abort with a reason named TimeoutError is still an AbortedError', async () => {
  queue = [{ hang: true }, json(200, { ok: true })];
  const error = await failure(
    transport({ timeoutMs: 5000 }).request({ method: 'GET', path: '/slow', schema: Ok, signal: AbortSignal.timeout(100) }),
  );
  assert.ok(error instanceof AbortedError, `got ${String(error)}`);
  await sleep(200);
  assert.equal(received.length, 1);
});

test('user abort while waiting to retry: AbortedError and no further attempt', async () => {
  queue = [problem(503, 'internal', {}, { 'Retry-After': '2' }), json(200, { ok: true })];
  const controller = new AbortController();
  const promise = transport().request({ method: 'GET', path: '/a', schema: Ok, signal: controller.signal });
  setTimeout(() => controller.abort(), 150);
  const error = await failure(promise);
  assert.ok(error instanceof AbortedError, `got ${String(error)}`);
  assert.equal(received.length, 1);
});

test('an already aborted signal sends nothing', async () => {
  const error = await failure(transport().request({ method: 'GET', path: '/a', schema: Ok, signal: AbortSignal.abort() }));
  assert.ok(error instanceof AbortedError);
  await sleep(50);
  assert.equal(received.length, 0);
});

// --- error answers -----------------------------------------------------------

test('problem+json: ProblemError with status, code, message and fieldErrors', async () => {
  const errors = [
    { path: 'email', code: 'invalid_email', message: 'not an email' },
    { path: 'rows.12.EMAIL', code: 'required', message: 'missing' },
  ];
  queue = [problem(422, 'validation_failed', { detail: 'Two fields are wrong', errors })];
  const error = await failure(transport().request({ method: 'POST', path: '/clients/c1/users', body: {} }));
  assert.ok(error instanceof ProblemError);
  assert.equal(error.kind, 'problem');
  assert.equal(error.status, 422);
  assert.equal(error.code, 'validation_failed');
  assert.equal(error.message, 'Two fields are wrong');
  assert.equal(error.endpoint, 'POST /clients/c1/users');
  assert.deepEqual(error.fieldErrors, errors);
});

test('a problem served as application/json is a ProblemError too', async () => {
  queue = [json(409, { title: 'Taken', status: 409, code: 'email_taken' })];
  const error = await failure(transport().request({ method: 'POST', path: '/u', body: {} }));
  assert.ok(error instanceof ProblemError);
  assert.equal(error.code, 'email_taken');
  assert.equal(error.problem.type, 'about:blank');
  assert.deepEqual(error.fieldErrors, []);
});

test('the HTTP status wins over a missing or different status member', async () => {
  queue = [json(409, { title: 'Taken', code: 'login_taken' }), problem(403, 'forbidden', { status: 400 })];
  const t = transport();
  const missing = await failure(t.request({ method: 'POST', path: '/u', body: {} }));
  assert.ok(missing instanceof ProblemError);
  assert.equal(missing.code, 'login_taken');
  assert.equal(missing.status, 409);
  const different = await failure(t.request({ method: 'POST', path: '/u', body: {} }));
  assert.ok(different instanceof ProblemError);
  assert.equal(different.code, 'forbidden');
  assert.equal(different.status, 403);
});

test('412: ConflictError with currentEtag from the ETag header', async () => {
  queue = [problem(412, 'precondition_failed', {}, { ETag: '"v9"' }), empty(412, { ETag: 'W/"v10"' })];
  const t = transport();
  const error = await failure(t.request({ method: 'PUT', path: '/branding', body: {}, ifMatch: '"v8"' }));
  assert.ok(error instanceof ConflictError);
  assert.ok(error instanceof ProblemError);
  assert.equal(error.kind, 'conflict');
  assert.equal(error.currentEtag, '"v9"');
  assert.equal(error.code, 'precondition_failed');
  assert.equal(received.length, 1);

  const bare = await failure(t.request({ method: 'PUT', path: '/branding', body: {}, ifMatch: '"v8"' }));
  assert.ok(bare instanceof ConflictError);
  assert.equal(bare.currentEtag, 'W/"v10"');
  assert.equal(bare.code, 'http_412');
});

test('an error body that is not a problem gives a synthesised problem, never a crash', async () => {
  queue = [
    { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<h1>Not here</h1>' },
    json(400, { error: 'bad' }),
    { status: 400, headers: { 'Content-Type': 'application/json' }, body: '{not json' },
    json(403, ['a', 'b']),
    empty(401),
  ];
  const t = transport();
  const expected: [number, string][] = [
    [404, 'Not Found'],
    [400, 'Bad Request'],
    [400, 'Bad Request'],
    [403, 'Forbidden'],
    [401, 'Unauthorized'],
  ];
  for (const [status, title] of expected) {
    const error = await failure(t.request({ method: 'GET', path: '/x', schema: Ok }));
    assert.ok(error instanceof ProblemError, `status ${status}: ${String(error)}`);
    assert.equal(error.status, status);
    assert.equal(error.code, `http_${status}`);
    assert.equal(error.problem.title, title);
  }
});

test('a 500 with an HTML body, after its retries: ProblemError http_500', async () => {
  const html: Step = { status: 500, headers: { 'Content-Type': 'text/html' }, body: '<h1>oops</h1>' };
  queue = [html, html, html];
  const error = await failure(transport().request({ method: 'GET', path: '/x', schema: Ok }));
  assert.ok(error instanceof ProblemError);
  assert.equal(error.code, 'http_500');
  assert.equal(error.problem.title, 'Internal Server Error');
  assert.equal(received.length, 3);
});

// --- response validation ---------------------------------------------------

const UserPage = z.object({ items: z.array(z.object({ id: z.string(), email: z.string().email() })), total: z.number() });

test('schema mismatch: IncompatibleBackendError naming the endpoint and the field path', async () => {
  queue = [json(200, { items: [{ id: 'u0', email: 'a@b.fr' }, { id: 'u1', email: 42 }], total: 2 })];
  const error = await failure(transport().request({ method: 'GET', path: '/clients/c1/users', schema: UserPage }));
  assert.ok(error instanceof IncompatibleBackendError);
  assert.equal(error.kind, 'incompatible-backend');
  assert.equal(error.endpoint, 'GET /clients/c1/users');
  assert.equal(error.fieldPath, 'items.1.email');
  assert.equal(error.issues[0]?.path, 'items.1.email');
  assert.match(error.issues[0]?.message ?? '', /string/);
  assert.match(error.message, /GET \/clients\/c1\/users.*items\.1\.email/);
});

test('schema mismatch at the top: path (root); every issue is listed', async () => {
  queue = [json(200, []), json(200, { items: [{ id: 1, email: 'x' }] })];
  const t = transport();
  const root = await failure(t.request({ method: 'GET', path: '/u', schema: UserPage }));
  assert.ok(root instanceof IncompatibleBackendError);
  assert.equal(root.fieldPath, '(root)');
  const many = await failure(t.request({ method: 'GET', path: '/u', schema: UserPage }));
  assert.ok(many instanceof IncompatibleBackendError);
  assert.deepEqual(
    many.issues.map((i) => i.path).sort(),
    ['items.0.email', 'items.0.id', 'total'],
  );
});

test('a 2xx that is not JSON, or empty, when a schema is expected: IncompatibleBackendError', async () => {
  queue = [
    { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>login page</html>' },
    empty(200),
  ];
  const t = transport();
  const html = await failure(t.request({ method: 'GET', path: '/u', schema: UserPage }));
  assert.ok(html instanceof IncompatibleBackendError, `got ${String(html)}`);
  assert.equal(html.fieldPath, '(root)');
  assert.match(html.message, /text\/html/);
  const blank = await failure(t.request({ method: 'GET', path: '/u', schema: UserPage }));
  assert.ok(blank instanceof IncompatibleBackendError);
  assert.equal(received.length, 2);
});

// --- network -----------------------------------------------------------------

test('connection refused: NetworkError with a cause, after 3 attempts for GET, 1 for POST', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));

  let calls = 0;
  const counting: typeof fetch = (input, init) => {
    calls++;
    return fetch(input, init);
  };
  const t = createTransport({ baseUrl: `http://127.0.0.1:${port}/api/v1`, retryBaseDelayMs: 5, fetch: counting });
  const error = await failure(t.request({ method: 'GET', path: '/a', schema: Ok }));
  assert.ok(error instanceof NetworkError, `got ${String(error)}`);
  assert.equal(error.kind, 'network');
  assert.ok(error.cause instanceof Error);
  assert.equal(calls, 3);

  calls = 0;
  const post = await failure(t.request({ method: 'POST', path: '/a', body: {} }));
  assert.ok(post instanceof NetworkError);
  assert.equal(calls, 1);
});

// --- auth --------------------------------------------------------------------

test('a static token is sent as Authorization: Bearer', async () => {
  queue = [json(200, { ok: true })];
  await transport({ token: 'static-tok' }).request({ method: 'GET', path: '/a', schema: Ok });
  assert.equal(received[0]?.headers.authorization, 'Bearer static-tok');
});

test('getToken is called on every attempt and wins over token', async () => {
  let n = 0;
  const getToken = async () => `tok-${++n}`;
  queue = [empty(503), empty(503), json(200, { ok: true })];
  await transport({ token: 'ignored', getToken }).request({ method: 'GET', path: '/a', schema: Ok });
  assert.equal(n, 3);
  assert.deepEqual(
    received.map((r) => r.headers.authorization),
    ['Bearer tok-1', 'Bearer tok-2', 'Bearer tok-3'],
  );
});

test('getToken returning null sends no Authorization header', async () => {
  queue = [json(200, { ok: true })];
  await transport({ token: 'ignored', getToken: () => null }).request({ method: 'GET', path: '/a', schema: Ok });
  assert.equal(received[0]?.headers.authorization, undefined);
});

test('CSRF header on POST, PUT, PATCH and DELETE, not on GET', async () => {
  let reads = 0;
  const t = transport({ csrfHeader: { name: 'X-CSRF-Token', value: () => `csrf-${++reads}` } });
  queue = [json(200, { ok: true }), empty(204), empty(204), empty(204), empty(204)];
  await t.request({ method: 'GET', path: '/a', schema: Ok });
  await t.request({ method: 'POST', path: '/a', body: {} });
  await t.request({ method: 'PUT', path: '/a', body: {} });
  await t.request({ method: 'PATCH', path: '/a', body: {} });
  await t.request({ method: 'DELETE', path: '/a' });
  assert.deepEqual(
    received.map((r) => [r.method, r.headers['x-csrf-token']]),
    [
      ['GET', undefined],
      ['POST', 'csrf-1'],
      ['PUT', 'csrf-2'],
      ['PATCH', 'csrf-3'],
      ['DELETE', 'csrf-4'],
    ],
  );

  queue = [empty(204)];
  await transport({ csrfHeader: { name: 'X-XSRF', value: 'fixed' } }).request({ method: 'POST', path: '/a' });
  assert.equal(received.at(-1)?.headers['x-xsrf'], 'fixed');
});

test('credentials are passed to fetch', async () => {
  const seen: RequestCredentials[] = [];
  const spy: typeof fetch = (input, init) => {
    if (input instanceof Request) seen.push(input.credentials);
    return fetch(input, init);
  };
  queue = [json(200, { ok: true }), json(200, { ok: true })];
  await transport({ credentials: 'include', fetch: spy }).request({ method: 'GET', path: '/a', schema: Ok });
  await transport({ credentials: 'omit', fetch: spy }).request({ method: 'GET', path: '/a', schema: Ok });
  assert.deepEqual(seen, ['include', 'omit']);
});

test('errors never carry the bearer token', async () => {
  const token = 'secret-token-5f1c';
  queue = [problem(400, 'bad'), { hang: true }, { hang: true }, { hang: true }, json(200, [])];
  const t = transport({ token, timeoutMs: 100 });
  const errors = [
    await failure(t.request({ method: 'GET', path: '/a', schema: Ok })),
    await failure(t.request({ method: 'GET', path: '/a', schema: Ok })),
    await failure(t.request({ method: 'GET', path: '/a', schema: Ok })),
  ];
  assert.ok(errors[1] instanceof TimeoutError);
  for (const error of errors) {
    assert.ok(!inspect(error, { depth: Infinity, showHidden: true }).includes(token), inspect(error));
  }
});
