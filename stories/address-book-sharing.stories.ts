import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { AddressBookGroup, ShareRequest } from '../src/api/schemas/address-book.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { User } from '../src/api/schemas/user.js';
import '../src/components/address-book-sharing/address-book-sharing.js';
import { plainUser } from '../test/fixtures/user-record.js';
import { inEveryTheme } from './support/themes.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
const USER_ROUTE = '/api/v1/clients/:clientId/users/:userId';
const USERS_ROUTE = '/api/v1/clients/:clientId/users';
const GROUPS_ROUTE = '/api/v1/clients/:clientId/address-book-groups';
const SHARE_ROUTE = '/api/v1/clients/:clientId/address-book-groups/:groupId/shares/:userId';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };
const SHARED_AT = '2026-09-14T08:00:00Z';

const PEOPLE: readonly [string, string, string][] = [
  ['u-camille', 'Camille', 'Dubois'],
  ['u-hugo', 'Hugo', 'Lefèvre'],
  ['u-ines', 'Inès', 'Moreau'],
  ['u-jules', 'Jules', 'Fontaine'],
  ['u-lea', 'Léa', 'Garnier'],
  ['u-louis', 'Louis', 'Chevalier'],
  ['u-manon', 'Manon', 'Rousseau'],
  ['u-nathan', 'Nathan', 'Blanc'],
  ['u-xss', '<img src=x onerror=alert(1)>', 'Test'],
];

function person(clientId: string, [id, firstName, lastName]: readonly [string, string, string]): User {
  const login = `${firstName}.${lastName}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') || 'x.test';
  return plainUser({
    id,
    clientId,
    userCode: id.slice(2, 8).toUpperCase(),
    firstName,
    lastName,
    email: `${login}@acme-logistics.example`,
    login,
    company: 'Acme Logistics',
    agencyIds: [],
    licencePoolIds: [],
    status: 'active',
    invitedAt: '2026-03-12T08:30:00Z',
    activatedAt: '2026-03-12T10:02:00Z',
    createdAt: '2026-03-10T14:00:00Z',
    updatedAt: '2026-03-12T10:02:00Z',
  });
}

function seedGroups(clientId: string): AddressBookGroup[] {
  const group = (id: string, name: string, contactCount: number, shares: AddressBookGroup['shares']): AddressBookGroup => ({
    id,
    clientId,
    name,
    contactCount,
    shares,
  });
  return [
    group('g-customers', 'Customers', 1240, [{ userId: 'u-camille', permission: 'write', sharedAt: SHARED_AT }]),
    group('g-suppliers', 'Suppliers', 86, [{ userId: 'u-hugo', permission: 'read', sharedAt: SHARED_AT }]),
    group('g-carriers', 'Carriers', 42, []),
    group('g-lyon', 'Lyon agency', 310, [
      { userId: 'u-camille', permission: 'read', sharedAt: SHARED_AT },
      { userId: 'u-ines', permission: 'read', sharedAt: SHARED_AT },
    ]),
    group('g-board', 'Board members', 9, []),
  ];
}

/**
 * A small backend in memory, per story. `failFor` names users whose shares the
 * server refuses (as it refuses a contact), to show per-item failures.
 */
function backend(options: { groups?: (clientId: string) => AddressBookGroup[]; callDelayMs?: number; failFor?: readonly string[] } = {}) {
  let groups: AddressBookGroup[] | undefined;
  const current = (clientId: string) => (groups ??= (options.groups ?? seedGroups)(clientId));
  const directory = (clientId: string) => PEOPLE.map((p) => person(clientId, p));

  const change = async (params: Record<string, string | readonly string[] | undefined>, permission: ShareRequest['permission'] | null) => {
    const clientId = String(params['clientId']);
    const groupId = String(params['groupId']);
    const userId = String(params['userId']);
    await delay(options.callDelayMs ?? 300);
    if (options.failFor?.includes(userId)) {
      const refusal: Problem = {
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        code: 'validation_failed',
        detail: 'Contacts cannot receive shares.',
        errors: [{ path: 'userId', code: 'contact_not_allowed', message: 'a contact cannot receive a shared group; share with a user' }],
      };
      return HttpResponse.json(refusal, { status: 400, headers: PROBLEM_HEADERS });
    }
    groups = current(clientId).map((g) => {
      if (g.id !== groupId) return g;
      const others = g.shares.filter((s) => s.userId !== userId);
      return { ...g, shares: permission ? [...others, { userId, permission, sharedAt: new Date().toISOString() }] : others };
    });
    return HttpResponse.json(groups.find((g) => g.id === groupId));
  };

  return [
    http.get(GROUPS_ROUTE, ({ params }) => HttpResponse.json({ items: current(String(params['clientId'])) })),
    http.get(USER_ROUTE, ({ params }) => {
      const found = directory(String(params['clientId'])).find((u) => u.id === params['userId']);
      return found ? HttpResponse.json(found) : HttpResponse.json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' }, { status: 404, headers: PROBLEM_HEADERS });
    }),
    http.get(USERS_ROUTE, async ({ params, request }) => {
      const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
      await delay(150);
      const items = directory(String(params['clientId'])).filter((u) => `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(q));
      return HttpResponse.json({ items, total: items.length, nextCursor: null });
    }),
    http.put(SHARE_ROUTE, async ({ params, request }) => change(params, ((await request.json()) as ShareRequest).permission)),
    http.delete(SHARE_ROUTE, ({ params }) => change(params, null)),
  ];
}

interface AddressBookSharingArgs {
  clientId: string;
  userId: string;
  lang: string;
}

const meta: Meta<AddressBookSharingArgs> = {
  title: 'Users/Address-book sharing',
  component: 'suite-address-book-sharing',
  args: { clientId: 'acme-logistics', userId: 'u-camille', lang: 'en' },
  argTypes: {
    clientId: { control: 'text', name: 'client-id' },
    userId: { control: 'text', name: 'user-id' },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'de'] },
  },
  render: ({ clientId, userId, lang }) => html`
    <suite-address-book-sharing
      client-id=${clientId}
      user-id=${userId}
      lang=${lang}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
    ></suite-address-book-sharing>
  `,
  parameters: { msw: { handlers: backend() } },
};

export default meta;
type Story = StoryObj<AddressBookSharingArgs>;

export const Default: Story = {};

/** Each call takes two seconds: select all, add people, and watch the progress. */
export const SlowServer: Story = {
  parameters: { msw: { handlers: backend({ callDelayMs: 2000 }) } },
};

/** Shares to Hugo Lefèvre are refused: add him, share, and read the per-item failures; "Retry failed" retries only those. */
export const SomeSharesRefused: Story = {
  parameters: { msw: { handlers: backend({ failFor: ['u-hugo'] }) } },
};

export const NoGroups: Story = {
  parameters: { msw: { handlers: backend({ groups: () => [] }) } },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(GROUPS_ROUTE, async () => {
          await delay('infinite');
          return HttpResponse.json({ items: [] });
        }),
        ...backend(),
      ],
    },
  },
};

export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(GROUPS_ROUTE, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal', detail: 'The address book is unavailable.' } satisfies Problem,
            { status: 500, headers: PROBLEM_HEADERS },
          ),
        ),
        ...backend(),
      ],
    },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: { msw: { handlers: backend() } },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
