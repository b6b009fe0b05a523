import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { ConflictError, ProblemError } from '../../src/api/errors.js';
import { ASSET_LIMITS } from '../../src/api/schemas/asset.js';
import type { Asset } from '../../src/api/schemas/asset.js';
import type { LevelBranding } from '../../src/api/schemas/branding.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { Queryable } from '../../server/db/database.js';
import { DEFAULT_BRANDING, levelEtag, saveLevel } from '../../server/domain/branding.js';
import { inspectImage } from '../../server/domain/images.js';
import { HttpProblem } from '../../server/problems.js';
import { BIG_CLIENT_ID, DEMO_PARTNER_ID, tokenDigest } from '../../server/seed.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

// Branding, modules and assets end to end: inheritance with sources, ETags and the lost-update race, scope, upload checks by content.
let server: TestServer;

const P = DEMO_PARTNER_ID;
const partnerBranding = `/partners/${P}/branding`;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/images/${name}`, import.meta.url)));
const png = (name: string) => new Blob([fixture(name)], { type: 'image/png' });

/** A second partner with its own admin: it must not see the demo partner's levels. */
const OTHER_PARTNER_TOKEN = 'test-other-partner';

before(async () => {
  server = await startTestServer({ users: 50 });
  await server.db.query("insert into partners (id, name) values ('p-other', 'Other Telecom')");
  await server.db.query("insert into admins (id, partner_id, client_id, role, display_name) values ('adm-other', 'p-other', null, 'partner_admin', 'Olga Other')");
  await server.db.query("insert into admin_tokens (token_sha256, admin_id) values ($1, 'adm-other')", [tokenDigest(OTHER_PARTNER_TOKEN)]);
});

after(() => server.close());

/** A raw JSON request, for what the kit's client would refuse to send. */
async function raw(method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await server.fetch(path, { method, token, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), headers: response.headers, json: (text ? JSON.parse(text) : null) as unknown };
}

async function upload(token: string, purpose: 'logo' | 'banner', bytes: Uint8Array<ArrayBuffer>, contentType = 'image/png') {
  const response = await server.fetch(`/assets?purpose=${purpose}`, { method: 'POST', token, body: bytes, headers: { 'content-type': contentType } });
  return { status: response.status, json: (await response.json()) as Asset & Problem };
}

/**
 * An upload on its own connection (never pooled: a connection the server
 * answered before reading the whole body must not carry the next test's
 * request). `announce` sends only the headers, declaring that many bytes.
 */
function isolatedUpload(input: { bytes: Uint8Array } | { announce: number }): Promise<{ status: number; body: string }> {
  const length = 'bytes' in input ? input.bytes.byteLength : input.announce;
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.baseUrl}/assets?purpose=banner`,
      { method: 'POST', agent: false, headers: { authorization: 'Bearer demo-partner', 'content-type': 'image/png', 'content-length': String(length) } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    if ('bytes' in input) req.end(input.bytes);
    else req.flushHeaders();
  });
}

async function auditRows(action: string, subjectId: string) {
  return server.db.query<{ actor_id: string; client_id: string | null; details: { level?: string; fields?: string[] } }>(
    'select actor_id, client_id, details from audit_events where action = $1 and subject_id = $2 order by at, id',
    [action, subjectId],
  );
}

let logoId = '';
let bannerId = '';

test('assets: a PNG and a JPEG are accepted with their type and size read from the bytes', async () => {
  const logo = await server.as('demo-partner').uploadAsset('logo', png('logo-600x600.png'));
  assert.equal(logo.purpose, 'logo');
  assert.equal(logo.contentType, 'image/png');
  assert.equal(logo.width, 600);
  assert.equal(logo.height, 600);
  assert.equal(logo.bytes, fixture('logo-600x600.png').byteLength);
  logoId = logo.id;

  const jpeg = await upload('demo-super', 'logo', fixture('logo-48x32.jpg'), 'image/jpeg');
  assert.equal(jpeg.status, 201);
  assert.deepEqual([jpeg.json.contentType, jpeg.json.width, jpeg.json.height], ['image/jpeg', 48, 32]);

  // The bytes decide the type, not the label.
  const relabelled = await upload('demo-partner', 'logo', fixture('logo-600x600.png'), 'image/jpeg');
  assert.equal(relabelled.status, 201);
  assert.equal(relabelled.json.contentType, 'image/png');

  const banner = await upload('demo-partner', 'banner', fixture('wide-601x10.png'));
  assert.equal(banner.status, 201, '601 px is too wide for a logo, fine for a banner');
  bannerId = banner.json.id;

  const [audit] = await auditRows('asset.uploaded', logoId);
  assert.ok(audit, 'asset.uploaded audited');
  assert.equal(audit.client_id, null);
});

test('assets: anything but PNG or JPEG by content is 415, whatever its name or Content-Type', async () => {
  const svg = await upload('demo-partner', 'logo', fixture('svg-renamed.png'));
  assert.equal(svg.status, 415);
  assert.equal(svg.json.code, 'unsupported_media_type');
  const html = await upload('demo-partner', 'logo', new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'image/jpeg');
  assert.equal(html.status, 415);
  const gif = await upload('demo-partner', 'logo', new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00;'));
  assert.equal(gif.status, 415);
  const truncated = await upload('demo-partner', 'logo', fixture('logo-600x600.png').slice(0, 20));
  assert.equal(truncated.status, 415, 'a PNG signature without a whole header');
  const declared = await server.fetch('/assets?purpose=logo', { method: 'POST', token: 'demo-partner', body: fixture('logo-600x600.png'), headers: { 'content-type': 'image/svg+xml' } });
  assert.equal(declared.status, 415);
});

test('assets: dimensions over the limit are 422 naming width/height, read from the header alone', async () => {
  const wide = await upload('demo-partner', 'logo', fixture('wide-601x10.png'));
  assert.equal(wide.status, 422);
  assert.equal(wide.json.code, 'image_too_large');
  assert.deepEqual(wide.json.errors?.map((e) => e.path), ['width']);

  // 33 bytes declaring 20000 x 20000, no pixel data: refused without decoding anything.
  const bomb = await upload('demo-partner', 'banner', fixture('header-only-20000x20000.png'));
  assert.equal(bomb.status, 422);
  assert.deepEqual(bomb.json.errors?.map((e) => e.path), ['width', 'height']);
  assert.match(bomb.json.detail ?? '', /20000 x 20000/);
  // The JPEG counterpart: SOI, APP0 and a frame header declaring 20000 x 20000, no scan.
  const jpegBomb = await upload('demo-partner', 'banner', fixture('header-only-20000x20000.jpg'), 'image/jpeg');
  assert.equal(jpegBomb.status, 422);
  assert.deepEqual(jpegBomb.json.errors?.map((e) => e.path), ['width', 'height']);
  assert.match(jpegBomb.json.detail ?? '', /20000 x 20000/);
});

test('assets: more than 3 MB is 413, counted from the bytes and refused by the app from Content-Length', async () => {
  const limit = ASSET_LIMITS.banner.maxBytes;
  // A valid small PNG padded past 3 MB: the check on the bytes themselves, whatever the transport let through.
  const padded = new Uint8Array(limit + 1);
  padded.set(fixture('logo-600x600.png'));
  assert.throws(() => inspectImage(padded, 'banner'), (error: unknown) => error instanceof HttpProblem && error.status === 413 && error.code === 'payload_too_large');
  assert.equal(inspectImage(padded.subarray(0, limit), 'banner').width, 600, '3 MB exactly is allowed');

  // 40 MB announced: refused before a byte of the body is read.
  const announced = await isolatedUpload({ announce: 40 * 1024 * 1024 });
  assert.equal(announced.status, 413);
  assert.match(announced.body, /payload_too_large/);
});

test('assets: over HTTP, 3 MB exactly is accepted and 3 MB + 1 is refused by the handler', async () => {
  const limit = ASSET_LIMITS.banner.maxBytes;
  const exactly = new Uint8Array(limit);
  exactly.set(fixture('logo-600x600.png'));
  const accepted = await isolatedUpload({ bytes: exactly });
  assert.equal(accepted.status, 201, accepted.body);
  assert.equal((JSON.parse(accepted.body) as Asset).bytes, limit);
  const over = new Uint8Array(limit + 1);
  over.set(fixture('logo-600x600.png'));
  const refused = await isolatedUpload({ bytes: over });
  assert.equal(refused.status, 413);
  assert.match(refused.body, /A banner may be at most 3145728 bytes/);
});

test('assets: an <img> loads them without a token', async () => {
  const response = await server.fetch(`/assets/${logoId}`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
});

test('assets: served with their type, nosniff, a sandboxing CSP and immutable caching', async () => {
  const response = await server.fetch(`/assets/${logoId}`, { token: 'demo-agency' });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; sandbox");
  assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(response.headers.get('content-disposition'), 'inline');
  assert.deepEqual(new Uint8Array(await response.arrayBuffer()), fixture('logo-600x600.png'));
  assert.equal(server.as('demo-partner').assetUrl(logoId), `${server.baseUrl}/assets/${logoId}`);

  const unknown = await raw('GET', '/assets/as-nope', 'demo-agency');
  assert.equal(unknown.status, 404);
  assert.equal((unknown.json as Problem).code, 'not_found');
});

test('assets: an agency-scoped admin cannot upload (it cannot change branding)', async () => {
  const refused = await upload('demo-agency', 'logo', fixture('logo-600x600.png'));
  assert.equal(refused.status, 403);
});

test('a level never saved is empty at version 0 and shows the defaults', async () => {
  const level = await raw('GET', '/clients/c-010/branding', 'demo-partner');
  assert.equal(level.status, 200);
  const body = level.json as LevelBranding;
  assert.deepEqual(body.settings, {});
  assert.equal(body.etag, '"b-client-c-010-v0"');
  assert.equal(level.etag, body.etag, 'ETag header and body agree');
  assert.equal(body.updatedAt, null);
  assert.deepEqual(body.effective.primaryColor, { value: DEFAULT_BRANDING.primaryColor, source: 'default' });
  assert.deepEqual(body.effective.textColor, { value: DEFAULT_BRANDING.textColor, source: 'default' });
  assert.deepEqual(body.effective.gradient, { value: null, source: 'default' });
  const partnerLevel = (await raw('GET', partnerBranding, 'demo-partner')).json as LevelBranding;
  assert.deepEqual(partnerLevel.inherited.primaryColor, { value: DEFAULT_BRANDING.primaryColor, source: 'default' }, 'a partner level inherits the defaults');
});

test('inheritance: defaults, then partner, then client, field by field; null means the default; reset inherits again', async () => {
  const partnerApi = server.as('demo-partner');
  const partner = await partnerApi.getBranding({ level: 'partner', partnerId: P });
  const savedPartner = await partnerApi.saveBranding(
    { level: 'partner', partnerId: P },
    { primaryColor: '#112233', logoAssetId: logoId, messageText: 'Bienvenue', gradient: { from: '#112233', to: '#334455', angle: 45 } },
    partner.etag,
  );
  assert.equal(savedPartner.etag, `"b-partner-${P}-v${Number(/v(\d+)"$/.exec(partner.etag)![1]) + 1}"`);
  assert.equal(savedPartner.updatedBy !== null && savedPartner.updatedAt !== null, true);

  const client = { level: 'client', clientId: 'c-003' } as const;
  const before = await partnerApi.getBranding(client);
  const saved = await partnerApi.saveBranding(client, { primaryColor: '#445566', messageText: null, textColor: '#000000' }, before.etag);
  assert.deepEqual(saved.settings, { primaryColor: '#445566', messageText: null, textColor: '#000000' });
  assert.deepEqual(saved.effective, {
    logoAssetId: { value: logoId, source: 'partner' },
    primaryColor: { value: '#445566', source: 'client' },
    gradient: { value: { from: '#112233', to: '#334455', angle: 45 }, source: 'partner' },
    textColor: { value: '#000000', source: 'client' },
    bannerAssetId: { value: null, source: 'default' },
    messageLink: { value: null, source: 'default' },
    // Explicit null: the default, overriding the partner's message; the client level decided it.
    messageText: { value: null, source: 'client' },
  });
  assert.deepEqual(await partnerApi.getEffectiveBranding('c-003'), saved.effective);
  // What "reset to inherited" brings back, even for fields the client overrides: the partner's effective values.
  assert.deepEqual(saved.inherited, { ...(await partnerApi.getBranding({ level: 'partner', partnerId: P })).effective });
  assert.deepEqual(saved.inherited.primaryColor, { value: '#112233', source: 'partner' });
  assert.deepEqual(saved.inherited.messageText, { value: 'Bienvenue', source: 'partner' });
  assert.deepEqual(saved.inherited.textColor, { value: DEFAULT_BRANDING.textColor, source: 'default' });
  assert.equal((await partnerApi.getClient('c-003')).hasOwnBranding, true);

  // A client without settings shows the partner's.
  const sibling = await partnerApi.getEffectiveBranding('c-004');
  assert.deepEqual(sibling.primaryColor, { value: '#112233', source: 'partner' });
  assert.deepEqual(sibling.messageText, { value: 'Bienvenue', source: 'partner' });
  assert.deepEqual(sibling.textColor, { value: DEFAULT_BRANDING.textColor, source: 'default' });

  // Partner null: the partner's clients get the default, sourced from the partner level.
  const partnerNow = await partnerApi.getBranding({ level: 'partner', partnerId: P });
  const nulled = await partnerApi.saveBranding({ level: 'partner', partnerId: P }, { primaryColor: null }, partnerNow.etag);
  assert.deepEqual(nulled.settings, { primaryColor: null }, 'PUT replaces the level entirely');
  assert.deepEqual((await partnerApi.getEffectiveBranding('c-004')).primaryColor, { value: DEFAULT_BRANDING.primaryColor, source: 'partner' });
  assert.deepEqual((await partnerApi.getEffectiveBranding('c-004')).logoAssetId, { value: null, source: 'default' });
  await partnerApi.saveBranding({ level: 'partner', partnerId: P }, { primaryColor: '#112233', messageText: 'Bienvenue' }, nulled.etag);

  const reset = await partnerApi.resetBranding(client, saved.etag);
  assert.deepEqual(reset.settings, {});
  assert.equal(reset.etag, '"b-client-c-003-v2"', 'a reset bumps the version');
  assert.deepEqual(reset.effective.primaryColor, { value: '#112233', source: 'partner' });
  assert.deepEqual(reset.effective.messageText, { value: 'Bienvenue', source: 'partner' });
  assert.equal((await partnerApi.getClient('c-003')).hasOwnBranding, false);

  const updates = await auditRows('branding.updated', 'c-003');
  assert.equal(updates.length, 1);
  assert.deepEqual(updates[0]!.details, { level: 'client', fields: ['messageText', 'primaryColor', 'textColor'] });
  assert.equal(updates[0]!.client_id, 'c-003');
  const resets = await auditRows('branding.reset', 'c-003');
  assert.deepEqual(resets.map((r) => r.details.fields), [['messageText', 'primaryColor', 'textColor']]);
  assert.ok((await auditRows('branding.updated', P)).length >= 3, 'partner-level saves audited');
});

test('If-Match: 428 without, 412 when stale with the current ETag returned', async () => {
  const path = '/clients/c-005/branding';
  const missing = await raw('PUT', path, 'demo-partner', { primaryColor: '#010203' });
  assert.equal(missing.status, 428);
  assert.equal((missing.json as Problem).code, 'precondition_required');
  assert.equal((await raw('DELETE', path, 'demo-partner')).status, 428);

  const v0 = (await raw('GET', path, 'demo-partner')).etag!;
  const first = await raw('PUT', path, 'demo-partner', { primaryColor: '#010203' }, { 'if-match': v0 });
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"b-client-c-005-v1"');

  const stale = await raw('PUT', path, 'demo-partner', { primaryColor: '#040506' }, { 'if-match': v0 });
  assert.equal(stale.status, 412);
  assert.equal((stale.json as Problem).code, 'precondition_failed');
  assert.equal(stale.etag, first.etag, 'the current ETag comes back');
  assert.equal((await raw('DELETE', path, 'demo-partner', undefined, { 'if-match': v0 })).status, 412);
  assert.equal((await raw('PUT', path, 'demo-partner', {}, { 'if-match': `W/${first.etag!}` })).status, 412, 'weak tags never match');

  await assert.rejects(server.as('demo-partner').saveBranding({ level: 'client', clientId: 'c-005' }, { primaryColor: '#040506' }, v0), (error: unknown) => {
    assert.ok(error instanceof ConflictError);
    assert.equal(error.currentEtag, first.etag);
    return true;
  });
  assert.equal(((await raw('GET', path, 'demo-partner')).json as LevelBranding).settings.primaryColor, '#010203', 'the stale writes changed nothing');
});

test('two saves sent with the same ETag: exactly one wins, the other gets 412', async () => {
  const path = '/clients/c-006/branding';
  const etag = (await raw('GET', path, 'demo-partner')).etag!;
  const results = await Promise.all(
    ['#AA0000', '#00AA00', '#0000AA'].map((primaryColor) => raw('PUT', path, 'demo-partner', { primaryColor }, { 'if-match': etag })),
  );
  assert.deepEqual(results.map((r) => r.status).sort(), [200, 412, 412]);
  const winner = results.find((r) => r.status === 200)!;
  const current = (await raw('GET', path, 'demo-partner')).json as LevelBranding;
  assert.equal(current.etag, '"b-client-c-006-v1"');
  assert.deepEqual(current.settings, (winner.json as LevelBranding).settings);
  for (const loser of results.filter((r) => r.status === 412)) assert.equal(loser.etag, current.etag);
  assert.equal((await auditRows('branding.updated', 'c-006')).length, 1);
});

test('the save re-checks the version it read: a write landing in between loses with 412', async () => {
  // Simulates a second instance committing between this save's read and its update (what a real PostgreSQL
  // server interleaves; PGlite runs transactions one at a time, so the HTTP race above never reaches this guard).
  await assert.rejects(
    server.db.transaction(async (tx) => {
      let interleaved = false;
      const racing: Queryable = {
        async query<Row extends object>(sql: string, params?: readonly unknown[]) {
          const rows = await tx.query<Row>(sql, params);
          if (!interleaved && sql.trim().startsWith('select settings, version')) {
            interleaved = true;
            await tx.query("insert into branding_settings (level, owner_id, settings, version) values ('client', 'c-009', '{\"primaryColor\":\"#999999\"}', 1)");
          }
          return rows;
        },
      };
      await saveLevel(racing, 'branding', 'client', 'c-009', { primaryColor: '#111111' }, levelEtag('branding', 'client', 'c-009', 0), 'Test');
    }),
    (error: unknown) => {
      assert.equal((error as { status?: number }).status, 412);
      assert.deepEqual((error as { headers?: Record<string, string> }).headers, { etag: '"b-client-c-009-v1"' });
      return true;
    },
  );
});

test('scope: the partner level is the partner admin\'s; agency admins read but do not write; other tenants get 404', async () => {
  const etag = (await raw('GET', partnerBranding, 'demo-partner')).etag!;
  for (const token of ['demo-super', 'demo-agency', OTHER_PARTNER_TOKEN]) {
    assert.equal((await raw('GET', partnerBranding, token)).status, 404, `${token} GET partner level`);
    assert.equal((await raw('PUT', partnerBranding, token, { primaryColor: '#000000' }, { 'if-match': etag })).status, 404, `${token} PUT partner level`);
    assert.equal((await raw('DELETE', `/partners/${P}/modules`, token, undefined, { 'if-match': '"x"' })).status, 404, `${token} DELETE partner modules`);
  }
  assert.equal((await raw('GET', `/clients/${BIG_CLIENT_ID}/branding`, OTHER_PARTNER_TOKEN)).status, 404);
  assert.equal((await raw('GET', '/clients/c-002/branding', 'demo-super')).status, 404, 'a super admin reaches only its client');
  assert.equal((await raw('GET', '/clients/c-002/modules/effective', 'demo-agency')).status, 404);

  // The agency admin reads c-001's branding and modules, and may not change them.
  const agencyView = await raw('GET', `/clients/${BIG_CLIENT_ID}/branding`, 'demo-agency');
  assert.equal(agencyView.status, 200);
  assert.equal((await raw('GET', `/clients/${BIG_CLIENT_ID}/modules`, 'demo-agency')).status, 200);
  const refused = await raw('PUT', `/clients/${BIG_CLIENT_ID}/branding`, 'demo-agency', { primaryColor: '#000000' }, { 'if-match': agencyView.etag! });
  assert.equal(refused.status, 403);
  assert.equal((refused.json as Problem).code, 'forbidden');
  assert.equal((await raw('DELETE', `/clients/${BIG_CLIENT_ID}/branding`, 'demo-agency', undefined, { 'if-match': agencyView.etag! })).status, 403);
  const modulesEtag = (await raw('GET', `/clients/${BIG_CLIENT_ID}/modules`, 'demo-agency')).etag!;
  assert.equal((await raw('PUT', `/clients/${BIG_CLIENT_ID}/modules`, 'demo-agency', { voicemail: false }, { 'if-match': modulesEtag })).status, 403);
  await assert.rejects(
    server.as('demo-agency').resetModules({ level: 'client', clientId: BIG_CLIENT_ID }, modulesEtag),
    (error: unknown) => error instanceof ProblemError && error.status === 403 && error.code === 'forbidden',
  );

  // The super admin writes its client; the partner admin writes any client of its own.
  const superSaved = await server.as('demo-super').saveBranding({ level: 'client', clientId: BIG_CLIENT_ID }, { primaryColor: '#0A0B0C' }, agencyView.etag!);
  assert.equal(superSaved.settings.primaryColor, '#0A0B0C');
  const c2 = await server.as('demo-partner').getBranding({ level: 'client', clientId: 'c-002' });
  await server.as('demo-partner').saveBranding({ level: 'client', clientId: 'c-002' }, { textColor: '#FFFFFF' }, c2.etag);
  const [superAudit] = await auditRows('branding.updated', BIG_CLIENT_ID);
  assert.equal(superAudit?.client_id, BIG_CLIENT_ID);
});

test('validation: https-only link, 150 graphemes, #RRGGBB colours and unknown fields, each naming its field', async () => {
  const path = '/clients/c-011/branding';
  const etag = (await raw('GET', path, 'demo-partner')).etag!;
  const put = (body: unknown) => raw('PUT', path, 'demo-partner', body, { 'if-match': etag });
  const paths = (response: { json: unknown }) => (response.json as Problem).errors?.map((e) => e.path);

  const http = await put({ messageLink: 'http://example.com/offers' });
  assert.equal(http.status, 400);
  assert.equal((http.json as Problem).code, 'validation_failed');
  assert.deepEqual(paths(http), ['messageLink']);
  assert.deepEqual(paths(await put({ messageLink: 'javascript:alert(1)' })), ['messageLink']);

  // 151 user-perceived characters, each two code points (e + combining acute).
  const long = await put({ messageText: 'e\u0301'.repeat(151) });
  assert.equal(long.status, 400);
  assert.deepEqual(paths(long), ['messageText']);
  assert.deepEqual(paths(await put({ primaryColor: '#12345', gradient: { from: '#FFFFFF', to: 'red' } })), ['primaryColor', 'gradient.to']);
  assert.equal((await put({ fontFamily: 'Comic Sans' })).status, 400, 'unknown fields are refused');

  const fits = await put({ messageText: 'e\u0301'.repeat(150), messageLink: 'https://example.com/offers' });
  assert.equal(fits.status, 200, '150 graphemes (300 code points) fit');
});

test('validation: logoAssetId must be a logo of this partner, bannerAssetId a banner', async () => {
  const path = '/clients/c-012/branding';
  const etag = (await raw('GET', path, 'demo-partner')).etag!;
  const swapped = await raw('PUT', path, 'demo-partner', { logoAssetId: bannerId, bannerAssetId: logoId }, { 'if-match': etag });
  assert.equal(swapped.status, 400);
  assert.deepEqual(
    (swapped.json as Problem).errors?.map((e) => [e.path, e.code]),
    [['logoAssetId', 'wrong_purpose'], ['bannerAssetId', 'wrong_purpose']],
  );
  const unknown = await raw('PUT', path, 'demo-partner', { logoAssetId: 'as-nope' }, { 'if-match': etag });
  assert.deepEqual((unknown.json as Problem).errors?.map((e) => [e.path, e.code]), [['logoAssetId', 'unknown_asset']]);

  // Another partner's logo is not this partner's to use.
  await server.db.query(
    "insert into assets (id, partner_id, purpose, content_type, width, height, bytes, data, created_by) values ('as-other', 'p-other', 'logo', 'image/png', 1, 1, 1, '\\x00'::bytea, 'adm-other')",
  );
  assert.equal((await raw('PUT', path, 'demo-partner', { logoAssetId: 'as-other' }, { 'if-match': etag })).status, 400);

  const ok = await raw('PUT', path, 'demo-partner', { logoAssetId: logoId, bannerAssetId: bannerId }, { 'if-match': etag });
  assert.equal(ok.status, 200);
  assert.deepEqual((ok.json as LevelBranding).effective.bannerAssetId, { value: bannerId, source: 'client' });
});

test('modules: switches inherit partner -> client with sources, impacts listed, reset inherits again', async () => {
  const api = server.as('demo-partner');
  const partner = await api.getModules({ level: 'partner', partnerId: P });
  assert.equal(partner.etag, `"m-partner-${P}-v0"`);
  assert.deepEqual(partner.effective.find((m) => m.key === 'highlight_mobile_offers'), { key: 'highlight_mobile_offers', enabled: false, source: 'default', impacts: ['dashboard', 'my_phones'] });
  assert.deepEqual(partner.inherited, partner.effective, 'a partner level without switches of its own inherits the defaults');
  await api.saveModules({ level: 'partner', partnerId: P }, { highlight_mobile_offers: true, voicemail: false }, partner.etag);

  const target = { level: 'client', clientId: 'c-008' } as const;
  const before = await api.getModules(target);
  const saved = await api.saveModules(target, { voicemail: true, contacts: false }, before.etag);
  const byKey = Object.fromEntries(saved.effective.map((m) => [m.key, m]));
  assert.deepEqual(byKey.highlight_mobile_offers, { key: 'highlight_mobile_offers', enabled: true, source: 'partner', impacts: ['dashboard', 'my_phones'] });
  assert.deepEqual(byKey.voicemail, { key: 'voicemail', enabled: true, source: 'client', impacts: [] });
  assert.deepEqual(byKey.contacts, { key: 'contacts', enabled: false, source: 'client', impacts: [] });
  assert.deepEqual(byKey.call_management, { key: 'call_management', enabled: true, source: 'default', impacts: ['call_logs', 'voicemail'] });
  // What "use inherited" brings back, even for switches the client sets: the partner's effective modules.
  assert.deepEqual(saved.inherited, (await api.getModules({ level: 'partner', partnerId: P })).effective);
  assert.deepEqual(saved.inherited.find((m) => m.key === 'voicemail'), { key: 'voicemail', enabled: false, source: 'partner', impacts: [] });
  assert.deepEqual(saved.inherited.find((m) => m.key === 'contacts'), { key: 'contacts', enabled: true, source: 'default', impacts: [] });
  assert.deepEqual(await api.getEffectiveModules('c-008'), saved.effective);
  assert.deepEqual((await api.getEffectiveModules('c-013')).find((m) => m.key === 'voicemail'), { key: 'voicemail', enabled: false, source: 'partner', impacts: [] });

  const stale = await raw('PUT', '/clients/c-008/modules', 'demo-partner', { voicemail: false }, { 'if-match': before.etag });
  assert.equal(stale.status, 412);
  assert.equal(stale.etag, saved.etag);

  const reset = await api.resetModules(target, saved.etag);
  assert.deepEqual(reset.settings, {});
  assert.equal(reset.etag, '"m-client-c-008-v2"');
  assert.deepEqual(reset.effective.find((m) => m.key === 'voicemail'), { key: 'voicemail', enabled: false, source: 'partner', impacts: [] });

  const unknownModule = await raw('PUT', '/clients/c-008/modules', 'demo-partner', { teleportation: true }, { 'if-match': reset.etag });
  assert.equal(unknownModule.status, 400);

  assert.deepEqual((await auditRows('modules.updated', 'c-008')).map((r) => r.details), [{ level: 'client', fields: ['contacts', 'voicemail'] }]);
  assert.deepEqual((await auditRows('modules.reset', 'c-008')).map((r) => r.details), [{ level: 'client', fields: ['contacts', 'voicemail'] }]);
  assert.deepEqual((await auditRows('modules.updated', P)).map((r) => r.details), [{ level: 'partner', fields: ['highlight_mobile_offers', 'voicemail'] }]);
});
