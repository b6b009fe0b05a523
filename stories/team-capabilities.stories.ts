import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { LicencePool } from '../src/api/schemas/licence-pool.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { User, UserUpdate } from '../src/api/schemas/user.js';
import '../src/components/team-capabilities/team-capabilities.js';
import { plainUser } from '../test/fixtures/user-record.js';
import { inEveryTheme } from './support/themes.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
const USER_ROUTE = '/api/v1/clients/:clientId/users/:userId';
const USERS_ROUTE = '/api/v1/clients/:clientId/users';
const POOLS_ROUTE = '/api/v1/clients/:clientId/licence-pools';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

function camille(clientId: string, userId: string): User {
  return plainUser({
    id: userId,
    clientId,
    userCode: 'CD4821',
    firstName: 'Camille',
    lastName: 'Dubois',
    email: 'camille.dubois@acme-logistics.example',
    login: 'camille.dubois',
    jobTitle: 'Technicienne support',
    company: 'Acme Logistics',
    department: 'Support',
    mobile: '+33 6 12 34 56 78',
    address: { street: null, zip: '69002', city: 'Lyon', country: 'FR' },
    agencyIds: ['lyon'],
    licencePoolIds: [`${clientId}-core`],
    twoFactor: 'TOTP',
    storageQuota: '10GB',
    capabilities: { remoteManagement: true, supportManagement: false },
    status: 'active',
    invitedAt: '2026-03-12T08:30:00Z',
    activatedAt: '2026-03-12T10:02:00Z',
    lastSignInAt: '2026-11-20T07:45:00Z',
    createdAt: '2026-03-10T14:00:00Z',
    updatedAt: '2026-11-20T07:45:00Z',
  });
}

function pools(clientId: string, operatorTotal: number | null, operatorsUsed: number): LicencePool[] {
  const core: LicencePool = { id: `${clientId}-core`, clientId, key: 'core', name: 'Core', kind: 'user', total: 250, used: 187, remaining: 63 };
  if (operatorTotal === null) return [core];
  return [
    core,
    {
      id: `${clientId}-operator`,
      clientId,
      key: 'operator',
      name: 'Operators',
      kind: 'operator',
      total: operatorTotal,
      used: operatorsUsed,
      remaining: operatorTotal - operatorsUsed,
    },
  ];
}

/**
 * A small backend in memory, per story: the PATCH applies the capabilities and,
 * like the reference backend, assigns or frees the operator seat.
 */
function team(options: { operatorTotal: number | null; operatorsUsed: number; refuseSupport?: boolean }) {
  let user: User | undefined;
  let operatorsUsed = options.operatorsUsed;
  const current = (clientId: string, userId: string) => (user ??= camille(clientId, userId));
  return [
    http.get(POOLS_ROUTE, ({ params }) => HttpResponse.json({ items: pools(String(params['clientId']), options.operatorTotal, operatorsUsed) })),
    http.get(USERS_ROUTE, () => HttpResponse.json({ items: [], total: 186, nextCursor: null })),
    http.get(USER_ROUTE, ({ params }) => HttpResponse.json(current(String(params['clientId']), String(params['userId'])))),
    http.patch(USER_ROUTE, async ({ params, request }) => {
      const before = current(String(params['clientId']), String(params['userId']));
      const changes = (await request.json()) as UserUpdate;
      const support = changes.capabilities?.supportManagement;
      if (support === true && !before.capabilities.supportManagement && options.refuseSupport) {
        // Another admin took the last seat between the page load and this click.
        operatorsUsed = options.operatorTotal ?? operatorsUsed;
        const refusal: Problem = {
          type: 'about:blank',
          title: 'No seat left',
          status: 409,
          code: 'seat_limit',
          detail: 'The pool "Operators" has 0 seat(s) left; this needs 1.',
          errors: [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Operators: 0 left, 1 needed' }],
        };
        return HttpResponse.json(refusal, { status: 409, headers: PROBLEM_HEADERS });
      }
      await delay(400);
      if (support !== undefined && support !== before.capabilities.supportManagement && options.operatorTotal !== null) {
        operatorsUsed += support ? 1 : -1;
      }
      // The element changes capabilities only; the rest of a PATCH is the user panel's business.
      user = { ...before, capabilities: changes.capabilities ?? before.capabilities, updatedAt: new Date().toISOString() };
      return HttpResponse.json(user);
    }),
  ];
}

interface TeamCapabilitiesArgs {
  clientId: string;
  userId: string;
  lang: string;
}

const meta: Meta<TeamCapabilitiesArgs> = {
  title: 'Users/Team capabilities',
  component: 'suite-team-capabilities',
  args: { clientId: 'acme-logistics', userId: 'u-camille', lang: 'en' },
  argTypes: {
    clientId: { control: 'text', name: 'client-id' },
    userId: { control: 'text', name: 'user-id' },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'de'] },
  },
  render: ({ clientId, userId, lang }) => html`
    <suite-team-capabilities
      client-id=${clientId}
      user-id=${userId}
      lang=${lang}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
    ></suite-team-capabilities>
  `,
  parameters: { msw: { handlers: team({ operatorTotal: 12, operatorsUsed: 9 }) } },
};

export default meta;
type Story = StoryObj<TeamCapabilitiesArgs>;

export const Default: Story = {};

/** The operator pool is full: support cannot be turned on, and the element says why. */
export const FullOperatorPool: Story = {
  parameters: { msw: { handlers: team({ operatorTotal: 12, operatorsUsed: 12 }) } },
};

/** After a migration brought more operators than seats. */
export const OverAllocatedOperatorPool: Story = {
  parameters: { msw: { handlers: team({ operatorTotal: 12, operatorsUsed: 15 }) } },
};

/** Turn support on: the server refuses (409 seat_limit), the switch goes back off, the reason is said. */
export const SeatTakenMeanwhile: Story = {
  parameters: { msw: { handlers: team({ operatorTotal: 12, operatorsUsed: 11, refuseSupport: true }) } },
};

export const NoOperatorPool: Story = {
  parameters: { msw: { handlers: team({ operatorTotal: null, operatorsUsed: 0 }) } },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USER_ROUTE, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        ...team({ operatorTotal: 12, operatorsUsed: 9 }),
      ],
    },
  },
};

const SERVER_ERROR: Problem = {
  type: 'about:blank',
  title: 'Internal Server Error',
  status: 500,
  code: 'internal',
  detail: 'The user service is unavailable.',
};

export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USER_ROUTE, () => HttpResponse.json(SERVER_ERROR, { status: 500, headers: PROBLEM_HEADERS })),
        ...team({ operatorTotal: 12, operatorsUsed: 9 }),
      ],
    },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: { msw: { handlers: team({ operatorTotal: 12, operatorsUsed: 12 }) } },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
