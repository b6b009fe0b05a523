import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { LicencePool } from '../src/api/schemas/licence-pool.js';
import type { Me } from '../src/api/schemas/me.js';
import { PERMISSIONS } from '../src/api/schemas/me.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { Agency } from '../src/api/schemas/tenancy.js';
import type { ReplaceUser, StatusChange, User, UserUpdate } from '../src/api/schemas/user.js';
import '../src/components/user-panel/user-panel.js';
import { jeanne, STORY_CLIENT_ID } from './support/jeanne.js';
import { inEveryTheme } from './support/themes.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
const USER_ROUTE = '/api/v1/clients/:clientId/users/:userId';
const USERS_ROUTE = '/api/v1/clients/:clientId/users';
const STATUS_ROUTE = '/api/v1/clients/:clientId/users/:userId/status';
const REPLACE_ROUTE = '/api/v1/clients/:clientId/users/:userId/replace';
const PASSWORD_ROUTE = '/api/v1/clients/:clientId/users/:userId/password-reset';
const API_KEY_ROUTE = '/api/v1/clients/:clientId/users/:userId/api-key';
const PERMISSIONS_ROUTE = '/api/v1/clients/:clientId/users/:userId/permissions';
const AGENCIES_ROUTE = '/api/v1/clients/:clientId/agencies';
const POOLS_ROUTE = '/api/v1/clients/:clientId/licence-pools';

const CLIENT_ID = STORY_CLIENT_ID;
const JSON_PROBLEM = { 'Content-Type': 'application/problem+json' };

/** Jeanne a year on: active, reachable, with two-factor and remote management. */
function userSeed(overrides: Partial<User> = {}): User {
  return jeanne({
    phone: '+33 4 72 00 00 00',
    address: { street: '12 quai Saint-Antoine', zip: '69002', city: 'Lyon', country: 'FR' },
    twoFactor: 'TOTP',
    backupQuota: '50GB',
    capabilities: { remoteManagement: true, supportManagement: false },
    status: 'active',
    invitedAt: '2026-03-12T09:00:00Z',
    activatedAt: '2026-03-13T14:21:00Z',
    lastSignInAt: '2026-11-20T08:02:00Z',
    hasApiKey: true,
    updatedAt: '2026-11-20T08:02:00Z',
    ...overrides,
  });
}

const AGENCIES: Agency[] = [
  { id: 'ag-lyon', clientId: CLIENT_ID, name: 'Lyon Part-Dieu' },
  { id: 'ag-paris', clientId: CLIENT_ID, name: 'Paris Bercy' },
  { id: 'ag-lille', clientId: CLIENT_ID, name: 'Lille Europe' },
];

const pool = (key: string, name: string, total: number, used: number, kind: LicencePool['kind'] = 'user'): LicencePool => ({
  id: `pool-${key}`,
  clientId: CLIENT_ID,
  key,
  name,
  kind,
  total,
  used,
  remaining: total - used,
});

const POOLS: LicencePool[] = [pool('core', 'Core', 250, 187), pool('contract', 'Contract', 40, 40), pool('operators', 'Operators', 12, 15, 'operator')];

const DIRECTORY: User[] = [
  userSeed({ id: 'u-paul', userCode: 'PD051', firstName: 'Paul', lastName: 'Durand', login: 'paul.durand', email: 'paul.durand@acme-logistics.example', status: 'pending', licencePoolIds: [] }),
  userSeed({ id: 'u-amelie', userCode: 'AR077', firstName: 'Amélie', lastName: 'Roux', login: 'amelie.roux', email: 'amelie.roux@acme-logistics.example', status: 'inactive', licencePoolIds: [] }),
];

const SUPER_ADMIN: Me = {
  id: 'admin-super',
  displayName: 'Sophie Bernard',
  email: 'sophie.bernard@acme-logistics.example',
  role: 'super_admin',
  scope: { kind: 'client', partnerId: 'partner-telco', clientId: CLIENT_ID },
  permissions: PERMISSIONS.filter((permission) => permission !== 'clients.read'),
  supervisionSessionId: null,
};

const ADMINS: Record<string, Me> = {
  'super administrator': SUPER_ADMIN,
  'agency administrator': {
    ...SUPER_ADMIN,
    id: 'admin-agency',
    displayName: 'Marc Petit',
    role: 'admin',
    scope: { kind: 'agencies', partnerId: 'partner-telco', clientId: CLIENT_ID, agencyIds: ['ag-lyon', 'ag-paris'] },
  },
  'read-only operator': { ...SUPER_ADMIN, id: 'admin-reader', displayName: 'Lina Morel', role: 'operator', permissions: ['users.read', 'licences.read'] },
};

const problemResponse = (problem: Problem) => HttpResponse.json(problem, { status: problem.status, headers: JSON_PROBLEM });

/** A small in-memory backend for one user: every action of the panel answers as the reference backend would. */
function backendFor(seed: User) {
  let user = seed;
  return [
    http.get(USER_ROUTE, () => HttpResponse.json(user)),
    http.patch(USER_ROUTE, async ({ request }) => {
      user = { ...user, ...((await request.json()) as UserUpdate as Partial<User>), updatedAt: new Date().toISOString() };
      return HttpResponse.json(user);
    }),
    http.delete(USER_ROUTE, () => new HttpResponse(null, { status: 204 })),
    http.get(USERS_ROUTE, ({ request }) => {
      const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
      const items = DIRECTORY.filter((candidate) => `${candidate.firstName} ${candidate.lastName} ${candidate.login}`.toLowerCase().includes(q));
      return HttpResponse.json({ items, total: items.length, nextCursor: null });
    }),
    http.get(AGENCIES_ROUTE, () => HttpResponse.json({ items: AGENCIES })),
    http.get(POOLS_ROUTE, () => HttpResponse.json({ items: POOLS })),
    http.post(STATUS_ROUTE, async ({ request }) => {
      const change = (await request.json()) as StatusChange;
      user = { ...user, status: change.status, statusReason: change.reason ?? null };
      return HttpResponse.json(user);
    }),
    http.post(PASSWORD_ROUTE, () => {
      user = { ...user, mustChangePassword: true };
      return HttpResponse.json({ userId: user.id, mustChangePassword: true });
    }),
    http.delete(API_KEY_ROUTE, () => {
      user = { ...user, hasApiKey: false };
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(PERMISSIONS_ROUTE, () =>
      HttpResponse.json({
        userId: user.id,
        permissions: [
          { key: 'account.sign_in', granted: user.status === 'active', source: 'role' },
          { key: 'selfcare.dashboard', granted: true, source: 'role' },
          { key: 'selfcare.profile.edit', granted: !user.modificationPrevention, source: user.modificationPrevention ? 'override' : 'role' },
          { key: 'directory.listed', granted: user.visibility === 'PUBLIC', source: 'override' },
          ...user.agencyIds.map((id) => ({ key: `agency.${id}.member`, granted: true, source: 'agency' })),
          { key: 'remote.manage', granted: user.capabilities.remoteManagement, source: 'capability' },
        ],
      }),
    ),
    http.post(REPLACE_ROUTE, async ({ request }) => {
      const body = (await request.json()) as ReplaceUser;
      const base = 'newcomerId' in body ? DIRECTORY.find((candidate) => candidate.id === body.newcomerId)! : userSeed({ ...body.newcomer, id: 'u-new', userCode: 'NW100' } as Partial<User>);
      const newcomer = { ...base, status: 'invited' as const, invitedAt: new Date().toISOString(), licencePoolIds: user.licencePoolIds };
      user = { ...user, status: 'inactive', statusReason: `replaced by ${newcomer.firstName} ${newcomer.lastName}` };
      return HttpResponse.json({ leaver: user, newcomer });
    }),
  ];
}

interface UserPanelArgs {
  lang: string;
  admin: keyof typeof ADMINS;
  user: User;
}

const meta: Meta<UserPanelArgs> = {
  title: 'Users/User panel',
  component: 'suite-user-panel',
  args: { lang: 'en', admin: 'super administrator', user: userSeed() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr', 'en-GB'] },
    admin: { control: 'inline-radio', options: Object.keys(ADMINS) },
    user: { control: 'object' },
  },
  // The element runs the real HTTP client; the mock replaces only the network.
  render: ({ lang, admin, user }) => html`
    <suite-user-panel
      client-id=${CLIENT_ID}
      user-id=${user.id}
      lang=${lang}
      .admin=${ADMINS[admin]}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
    ></suite-user-panel>
  `,
  parameters: { msw: { handlers: backendFor(userSeed()) } },
};

export default meta;
type Story = StoryObj<UserPanelArgs>;

export const Active: Story = {};

export const InvitedWithDate: Story = {
  args: { lang: 'en-GB', user: userSeed({ status: 'invited', activatedAt: null, lastSignInAt: null, hasApiKey: false }) },
  parameters: { msw: { handlers: backendFor(userSeed({ status: 'invited', activatedAt: null, lastSignInAt: null, hasApiKey: false })) } },
};

const BANNED = userSeed({ status: 'banned', statusReason: 'Shared the account with a contractor', hasApiKey: false });
export const Banned: Story = {
  args: { user: BANNED },
  parameters: { msw: { handlers: backendFor(BANNED) } },
};

const CLOSED = userSeed({ status: 'closed', statusReason: 'Left the company', hasApiKey: false });
/** A closed account offers an explicit "Reopen the account" and nothing else that changes status. */
export const Closed: Story = {
  args: { user: CLOSED },
  parameters: { msw: { handlers: backendFor(CLOSED) } },
};

const CONTACT = userSeed({
  id: 'u-contact',
  firstName: 'Hugo',
  lastName: 'Lefèvre',
  login: 'hugo.lefevre',
  accountType: 'contact',
  ownerLogin: 'paul.durand',
  visibility: 'PRIVATE',
  licencePoolIds: [],
  storageQuota: '512MB',
  backupQuota: null,
  twoFactor: 'SMS',
  suspensionDate: '2026-12-31T17:00:00Z',
});
export const Contact: Story = {
  args: { user: CONTACT },
  parameters: { msw: { handlers: backendFor(CONTACT) } },
};

const PROTECTED = userSeed({ modificationPrevention: true });
/** An agency administrator sees the protected record read-only, with the reason. */
export const ProtectedRecord: Story = {
  args: { admin: 'agency administrator', user: PROTECTED },
  parameters: { msw: { handlers: backendFor(PROTECTED) } },
};

export const ReadOnlyOperator: Story = {
  args: { admin: 'read-only operator' },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USER_ROUTE, async () => {
          await delay('infinite');
          return HttpResponse.json(userSeed());
        }),
        ...backendFor(userSeed()),
      ],
    },
  },
};

export const LoadError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USER_ROUTE, () => problemResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal', detail: 'The user service is unavailable.' })),
        ...backendFor(userSeed()),
      ],
    },
  },
};

/** Edit, change the email and save: the server's 409 lands next to the email and the draft stays. */
export const DuplicateEmailOnSave: Story = {
  parameters: {
    msw: {
      handlers: [
        http.patch(USER_ROUTE, () =>
          problemResponse({
            type: 'about:blank',
            title: 'Email already used',
            status: 409,
            code: 'email_taken',
            detail: 'Another user of this client has this email.',
            errors: [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }],
          }),
        ),
        ...backendFor(userSeed()),
      ],
    },
  },
};

const INACTIVE_IN_FULL_POOL = userSeed({ status: 'inactive', licencePoolIds: ['pool-contract'], statusReason: 'Parental leave' });
/** Reactivate: the Contract pool is full, so the server refuses and the panel names the pool. */
export const ReactivateIntoFullPool: Story = {
  args: { user: INACTIVE_IN_FULL_POOL },
  parameters: {
    msw: {
      handlers: [
        http.post(STATUS_ROUTE, () =>
          problemResponse({
            type: 'about:blank',
            title: 'No seat left',
            status: 409,
            code: 'seat_limit',
            detail: 'The pool "Contract" has 0 seat(s) left; this needs 1.',
            errors: [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Contract: 0 left, 1 needed' }],
          }),
        ),
        ...backendFor(INACTIVE_IN_FULL_POOL),
      ],
    },
  },
};

const MARKUP_NAME = userSeed({ firstName: '<img src=x onerror=alert(1)>', lastName: '<script>alert(2)</script>' });
/** Names are text everywhere, even when they look like markup. */
export const MarkupInName: Story = {
  args: { user: MARKUP_NAME },
  parameters: { msw: { handlers: backendFor(MARKUP_NAME) } },
};

export const French: Story = {
  args: { lang: 'fr', user: userSeed({ status: 'invited', activatedAt: null, lastSignInAt: null }) },
  parameters: { msw: { handlers: backendFor(userSeed({ status: 'invited', activatedAt: null, lastSignInAt: null })) } },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
