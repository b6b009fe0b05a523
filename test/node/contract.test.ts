import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
type SpecData = Record<string, unknown>;
import { buildOpenApiDocument } from '../../src/api/openapi.js';
import { fillPath, pathParamNames, routes } from '../../src/api/routes.js';

const documentOnDisk = async () => JSON.parse(await readFile(new URL('../../openapi.json', import.meta.url), 'utf8')) as unknown;

test('openapi.json is current (run `npm run openapi` after changing the contract)', async () => {
  assert.deepEqual(await documentOnDisk(), JSON.parse(JSON.stringify(buildOpenApiDocument())));
});

test('openapi.json is a valid OpenAPI 3.1 document', async () => {
  const validator = new Validator();
  const result = await validator.validate((await documentOnDisk()) as SpecData);
  assert.equal(validator.version, '3.1');
  assert.deepEqual(result.errors ?? [], []);
  assert.equal(result.valid, true);
});

test('the validator does reject a broken document (so the test above can fail)', async () => {
  const broken = structuredClone((await documentOnDisk()) as { paths: Record<string, Record<string, { parameters?: unknown[] }>> });
  broken.paths['/clients/{clientId}']!.get!.parameters = [{ in: 'body', name: 'clientId' }];
  const result = await new Validator().validate(broken as unknown as SpecData);
  assert.equal(result.valid, false);
});

test('every path of the issue is in the contract under /api/v1', () => {
  const expected = [
    'get /me', 'get /clients', 'get /clients/{clientId}', 'get /clients/{clientId}/agencies', 'get /clients/{clientId}/licence-pools',
    'get /clients/{clientId}/users', 'post /clients/{clientId}/users', 'get /clients/{clientId}/users/{userId}', 'patch /clients/{clientId}/users/{userId}',
    'delete /clients/{clientId}/users/{userId}', 'post /clients/{clientId}/users/{userId}/invitation', 'post /clients/{clientId}/users/{userId}/status',
    'post /clients/{clientId}/users/{userId}/replace', 'post /clients/{clientId}/users/{userId}/password-reset', 'delete /clients/{clientId}/users/{userId}/api-key',
    'get /clients/{clientId}/users/{userId}/permissions', 'get /clients/{clientId}/users/export', 'post /clients/{clientId}/invitations/preview',
    'post /clients/{clientId}/invitations/bulk', 'post /clients/{clientId}/imports', 'post /clients/{clientId}/imports/{importId}/commit',
    'get /partners/{partnerId}/branding', 'put /partners/{partnerId}/branding', 'delete /partners/{partnerId}/branding',
    'get /clients/{clientId}/branding', 'put /clients/{clientId}/branding', 'delete /clients/{clientId}/branding', 'get /clients/{clientId}/branding/effective',
    'post /assets', 'get /assets/{assetId}',
    'get /partners/{partnerId}/modules', 'put /partners/{partnerId}/modules', 'delete /partners/{partnerId}/modules',
    'get /clients/{clientId}/modules', 'put /clients/{clientId}/modules', 'delete /clients/{clientId}/modules', 'get /clients/{clientId}/modules/effective',
    'post /clients/{clientId}/users/{userId}/supervision', 'delete /supervision/{sessionId}', 'get /audit', 'get /audit/actors',
    'get /clients/{clientId}/address-book-groups', 'post /clients/{clientId}/address-book-groups',
    'put /clients/{clientId}/address-book-groups/{groupId}/shares/{userId}', 'delete /clients/{clientId}/address-book-groups/{groupId}/shares/{userId}',
    'post /invitations/{token}/accept',
  ];
  const actual = new Set(Object.values(routes).map((route) => `${route.method} ${route.path}`));
  assert.deepEqual(expected.filter((route) => !actual.has(route)), []);
  assert.equal(actual.size, Object.keys(routes).length, 'no two route names share a method and path');
});

test('every POST that sends email is idempotent, every versioned write needs If-Match', () => {
  const sendsEmail = ['createUser', 'inviteUser', 'sendBulkInvitation', 'replaceUser'] as const;
  for (const name of sendsEmail) assert.equal(routes[name].idempotent, true, name);
  for (const [name, route] of Object.entries(routes)) {
    const versioned = /\/(branding|modules)$/.test(route.path) && route.method !== 'get';
    assert.equal('ifMatch' in route && route.ifMatch === true, versioned, name);
  }
});

test('fillPath encodes ids so they cannot escape their segment', () => {
  assert.deepEqual(pathParamNames(routes.getUser.path), ['clientId', 'userId']);
  assert.equal(fillPath(routes.getUser.path, { clientId: 'c 1', userId: '../admin' }), '/clients/c%201/users/..%2Fadmin');
  assert.throws(() => fillPath(routes.getUser.path, { clientId: 'c1' }), /missing path parameter userId/);
});
