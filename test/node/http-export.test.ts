// exportUsers over HTTP: the download's progress (bytes received, the total
// when the server announces one) and its timeout, which counts from the last
// bytes received, so a long streamed export is not cut while it flows.
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createHttpApi } from '../../src/api/http/http-api.js';
import type { DownloadProgress } from '../../src/api/suite-api.js';

const PIECE = 'x'.repeat(1000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `/stream`: 5 pieces, 80 ms apart, no Content-Length; `/sized`: the same with one; `/stall`: 1 piece, then nothing. */
async function answer(url: string, res: ServerResponse) {
  const sized = url.includes('/sized/');
  res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', ...(sized ? { 'content-length': String(5 * PIECE.length) } : {}) });
  const pieces = url.includes('/stall/') ? 1 : 5;
  for (let i = 0; i < pieces; i++) {
    res.write(PIECE);
    await pause(80);
  }
  if (!url.includes('/stall/')) res.end();
}

const urls: string[] = [];
const server = createServer((req, res) => {
  urls.push(req.url!);
  void answer(req.url!, res);
});
let baseUrl = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a streamed export reports the bytes as they arrive, with no total, and outlives its timeout while it flows', async () => {
  const api = createHttpApi({ baseUrl: `${baseUrl}/stream`, token: 't' });
  const seen: DownloadProgress[] = [];
  // 5 pieces 80 ms apart take ~400 ms: longer than the 200 ms timeout, never 200 ms without a byte.
  const file = await api.exportUsers('c1', { format: 'csv', delimiter: ',', status: ['active'], q: 'mar', sort: '-lastName' }, { timeoutMs: 200, onProgress: (p) => seen.push(p) });
  assert.equal(file.size, 5 * PIECE.length);
  assert.match(file.type, /^text\/csv/);
  assert.deepEqual(seen[0], { receivedBytes: 0, totalBytes: null });
  assert.deepEqual(seen.at(-1), { receivedBytes: 5 * PIECE.length, totalBytes: null });
  assert.ok(seen.length >= 3, 'several reports while it streams');
  seen.slice(1).forEach((p, i) => assert.ok(p.receivedBytes > seen[i]!.receivedBytes, 'growing'));
  const query = new URL(urls.at(-1)!, baseUrl).searchParams;
  assert.equal(urls.at(-1)!.split('?')[0], '/stream/clients/c1/users/export');
  assert.deepEqual(Object.fromEntries(query), { format: 'csv', delimiter: ',', status: 'active', q: 'mar', sort: '-lastName' });
});

test('the announced size is the total', async () => {
  const api = createHttpApi({ baseUrl: `${baseUrl}/sized`, token: 't' });
  const seen: DownloadProgress[] = [];
  await api.exportUsers('c1', { format: 'xlsx' }, { onProgress: (p) => seen.push(p) });
  assert.ok(seen.every((p) => p.totalBytes === 5 * PIECE.length));
  assert.equal(seen.at(-1)!.receivedBytes, 5 * PIECE.length);
});

test('a download that stops receiving times out', async () => {
  const api = createHttpApi({ baseUrl: `${baseUrl}/stall`, token: 't', retryBaseDelayMs: 1 });
  await assert.rejects(api.exportUsers('c1', { format: 'csv' }, { timeoutMs: 250, onProgress: () => undefined }), (error: Error & { kind?: string }) => error.kind === 'timeout');
});
