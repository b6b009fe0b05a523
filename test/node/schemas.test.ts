import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BrandingSettings,
  HttpsUrl,
  LicencePool,
  Login,
  StatusChange,
  UserCreate,
  UserListQuery,
  UserUpdate,
  BackupQuota,
  InvitationResult,
  Problem,
  ReplaceUser,
  graphemeCount,
  quotaInGigabytes,
  resolveUnionIssues,
} from '../../src/api/schemas/index.js';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const minimalUser = { firstName: 'Jeanne', lastName: 'Martin', email: 'Jeanne.Martin@Example.com', login: 'jeanne.martin', mailLanguage: 'fr' } as const;

test('logins follow the three formats of DOMAIN.md', () => {
  for (const login of ['martin.jeanne', 'jeanne.martin', 'jeanne.martin@acme.fr', "o'neil.mary", 'jean-luc.picard']) {
    assert.equal(Login.safeParse(login).success, true, login);
  }
  for (const login of ['jeanne', 'jeanne martin', 'jeanne.martin@', '.martin', 'a.b@c', 'jeanne.martin@acme']) {
    assert.equal(Login.safeParse(login).success, false, login);
  }
});

test('quotas carry a unit; backup quotas are at least 1 GB', () => {
  assert.equal(quotaInGigabytes('10GB'), 10);
  assert.equal(quotaInGigabytes('512 MB'), 0.5);
  assert.equal(quotaInGigabytes('1TB'), 1024);
  assert.ok(Number.isNaN(quotaInGigabytes('10')));
  assert.equal(BackupQuota.safeParse('1GB').success, true);
  assert.equal(BackupQuota.safeParse('1024MB').success, true);
  assert.deepEqual(issuesOf(BackupQuota.safeParse('512MB')), [': must be at least 1GB']);
});

test('a user keeps the email spelling and gets defaults', () => {
  const user = UserCreate.parse(minimalUser);
  assert.equal(user.email, 'Jeanne.Martin@Example.com');
  assert.equal('status' in user, false, 'status is not settable at creation');
  assert.equal(user.accountType, 'user');
  assert.equal(user.invite, false);
});

test('a contact needs an owner; SMS two-factor needs a mobile', () => {
  assert.deepEqual(issuesOf(UserCreate.safeParse({ ...minimalUser, accountType: 'contact' })), ['ownerLogin: a contact needs an owner login']);
  assert.deepEqual(issuesOf(UserCreate.safeParse({ ...minimalUser, twoFactor: 'SMS' })), ['mobile: a mobile phone is required for SMS two-factor']);
  assert.equal(UserCreate.safeParse({ ...minimalUser, twoFactor: 'SMS', mobile: '+33 6 12 34 56 78' }).success, true);
});

test('unknown fields are refused (no mass assignment)', () => {
  assert.deepEqual(issuesOf(UserUpdate.safeParse({ status: 'active' })), [': Unrecognized key: "status"']);
  assert.equal(UserCreate.safeParse({ ...minimalUser, clientId: 'other' }).success, false);
});

test('ban needs a reason; other status changes do not', () => {
  assert.equal(StatusChange.safeParse({ status: 'inactive' }).success, true);
  assert.deepEqual(issuesOf(StatusChange.safeParse({ status: 'banned', reason: '  ' })), ['reason: a reason is required to ban']);
  assert.equal(StatusChange.safeParse({ status: 'banned', reason: 'fraud' }).success, true);
  assert.equal(StatusChange.safeParse({ status: 'pending' }).success, false);
});

test('licence pools: remaining may be negative but must add up', () => {
  const pool = { id: 'p', clientId: 'c', key: 'core', name: 'Core', kind: 'user', total: 10, used: 13, remaining: -3 };
  assert.equal(LicencePool.safeParse(pool).success, true);
  assert.deepEqual(issuesOf(LicencePool.safeParse({ ...pool, remaining: 0 })), ['remaining: remaining must equal total - used']);
});

test('list filters accept one or repeated values; sort is a known column', () => {
  assert.deepEqual(UserListQuery.parse({ status: 'active' }).status, ['active']);
  assert.deepEqual(UserListQuery.parse({ status: ['active', 'invited'], limit: '20' }).limit, 20);
  assert.equal(UserListQuery.parse({}).sort, 'lastName');
  assert.equal(UserListQuery.safeParse({ sort: '-password' }).success, false);
  assert.equal(UserListQuery.safeParse({ limit: '10000' }).success, false);
});

test('branding: https links only, #RRGGBB colours, 150 user-perceived characters', () => {
  assert.equal(HttpsUrl.safeParse('https://example.com/offers?x=1').success, true);
  for (const url of ['http://example.com', 'javascript:alert(1)', 'data:text/html,x', '//example.com', 'https://']) {
    assert.equal(HttpsUrl.safeParse(url).success, false, url);
  }
  assert.equal(BrandingSettings.safeParse({ primaryColor: '#0B5FFF' }).success, true);
  assert.equal(BrandingSettings.safeParse({ primaryColor: 'red' }).success, false);
  assert.equal(BrandingSettings.safeParse({ primaryColor: '#fff' }).success, false);
  assert.equal(graphemeCount('👩‍👩‍👧‍👦é'), 2);
  assert.equal(BrandingSettings.safeParse({ messageText: '👍'.repeat(150) }).success, true);
  assert.equal(BrandingSettings.safeParse({ messageText: 'a'.repeat(151) }).success, false);
  assert.equal(BrandingSettings.safeParse({ logo: 'x' }).success, false, 'unknown fields refused');
});

test('https URLs: no credentials, no bare hosts, no whitespace tricks', () => {
  for (const url of ['https://user:pw@example.com/', 'https://localhost/', 'https://exa mple.com/', 'https://example.com/"onmouseover=x']) {
    assert.equal(HttpsUrl.safeParse(url).success, false, url);
  }
  assert.equal(HttpsUrl.safeParse('https://shop.nordlys.example/licences?client=c-001').success, true);
});

test('a replacement newcomer needs an email (it is invited at once); the failed union names newcomer.email', () => {
  assert.equal(ReplaceUser.safeParse({ newcomer: minimalUser }).success, true);
  const missing = ReplaceUser.safeParse({ newcomer: { ...minimalUser, email: null } });
  assert.equal(missing.success, false);
  assert.deepEqual(resolveUnionIssues(missing.error!.issues).map((issue) => issue.path.join('.')), ['newcomer.email']);
  // A union whose branch cannot be told stays one issue at the root.
  assert.deepEqual(resolveUnionIssues(ReplaceUser.safeParse({}).error!.issues).map((issue) => issue.code), ['invalid_union']);
});

test('the user list takes ids (at most 500) and capability filters', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `u${i}`);
  assert.deepEqual(UserListQuery.safeParse({ ids: 'u1', capability: 'supportManagement' }).data?.ids, ['u1']);
  assert.equal(UserListQuery.safeParse({ ids }).success, true);
  assert.deepEqual(issuesOf(UserListQuery.safeParse({ ids: [...ids, 'u500'] })).map((issue) => issue.split(':')[0]), ['ids']);
  assert.equal(UserListQuery.safeParse({ capability: ['remoteManagement', 'supportManagement'] }).success, true);
  assert.equal(UserListQuery.safeParse({ capability: 'admin' }).success, false);
});

test('seat_limit problems and bulk results carry the pool and the user in a machine-readable form', () => {
  const problem = Problem.safeParse({
    title: 'No seat left',
    status: 409,
    code: 'seat_limit',
    seatShortfalls: [{ poolId: 'p1', poolKey: 'core', poolName: 'Core', needed: 1, remaining: -2 }],
  });
  assert.deepEqual(problem.data?.seatShortfalls?.[0]?.poolKey, 'core');
  assert.equal(Problem.safeParse({ title: 'x', status: 409, code: 'seat_limit', seatShortfalls: [{ poolId: 'p1' }] }).success, false);
  const line = { userId: 'u1', outcome: 'failed', invitedAt: null, code: 'seat_limit', message: 'no seat', poolId: 'p1' };
  assert.equal(InvitationResult.safeParse(line).success, true, 'user is optional (absent when the user no longer exists)');
  const named = InvitationResult.safeParse({ ...line, user: { id: 'u1', firstName: 'A', lastName: 'B', login: 'a.b', userCode: 'ABCD2345' } });
  assert.equal(named.data?.user?.login, 'a.b');
});
