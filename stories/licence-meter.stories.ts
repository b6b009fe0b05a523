import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { LicencePool } from '../src/api/schemas/licence-pool.js';
import '../src/components/licence-meter/licence-meter.js';
import { inEveryTheme } from './support/themes.js';

/** The route the real HTTP client calls; msw answers it in the browser. */
const POOLS_ROUTE = '/api/v1/clients/:clientId/licence-pools';

type PoolSeed = Pick<LicencePool, 'key' | 'name' | 'kind' | 'total' | 'used'>;

function poolsFor(clientId: string, seeds: readonly PoolSeed[]): { items: LicencePool[] } {
  return {
    items: seeds.map((seed) => ({
      id: `${clientId}-${seed.key}`,
      clientId,
      ...seed,
      remaining: seed.total - seed.used,
    })),
  };
}

const answeringWith = (seeds: readonly PoolSeed[]) =>
  http.get(POOLS_ROUTE, ({ params }) => HttpResponse.json(poolsFor(String(params['clientId']), seeds)));

const HEALTHY: PoolSeed[] = [
  { key: 'core', name: 'Core', kind: 'user', total: 250, used: 187 },
  { key: 'contract', name: 'Contract', kind: 'user', total: 40, used: 40 },
  { key: 'operators', name: 'Operators', kind: 'operator', total: 12, used: 9 },
];

// After a migration brought in more users than the plan has seats.
const OVER_ALLOCATED: PoolSeed[] = [
  { key: 'core', name: 'Core', kind: 'user', total: 250, used: 263 },
  { key: 'contract', name: 'Contract', kind: 'user', total: 40, used: 40 },
  { key: 'operators', name: 'Operators', kind: 'operator', total: 12, used: 15 },
];

interface LicenceMeterArgs {
  clientId: string;
  lang: string;
  buyUrl: string;
}

const meta: Meta<LicenceMeterArgs> = {
  title: 'Licences/Licence meter',
  component: 'suite-licence-meter',
  args: { clientId: 'acme-logistics', lang: 'en', buyUrl: 'https://shop.example.com/licences' },
  argTypes: {
    clientId: { control: 'text', name: 'client-id' },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'de'] },
    buyUrl: { control: 'text', name: 'buy-url' },
  },
  // One client per render: the element runs the real client, the mock only replaces the network.
  render: ({ clientId, lang, buyUrl }) => html`
    <suite-licence-meter
      client-id=${clientId}
      lang=${lang}
      buy-url=${buyUrl}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
    ></suite-licence-meter>
  `,
  parameters: {
    msw: { handlers: [answeringWith(HEALTHY)] },
  },
};

export default meta;
type Story = StoryObj<LicenceMeterArgs>;

export const Default: Story = {};

export const OverAllocated: Story = {
  parameters: { msw: { handlers: [answeringWith(OVER_ALLOCATED)] } },
};

export const Empty: Story = {
  parameters: { msw: { handlers: [answeringWith([])] } },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(POOLS_ROUTE, async () => {
          await delay('infinite');
          return HttpResponse.json({ items: [] });
        }),
      ],
    },
  },
};

const SERVER_ERROR: Problem = {
  type: 'about:blank',
  title: 'Internal Server Error',
  status: 500,
  code: 'internal',
  detail: 'The licence service is unavailable.',
};

export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(POOLS_ROUTE, () =>
          HttpResponse.json(SERVER_ERROR, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
        ),
      ],
    },
  },
};

/** A partner backend that names its fields differently: the element says which field, not a broken table. */
export const IncompatibleBackend: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(POOLS_ROUTE, ({ params }) =>
          HttpResponse.json({
            items: [{ id: 'p1', clientId: String(params['clientId']), key: 'core', name: 'Core', kind: 'user', seats: 250, used: 187 }],
          }),
        ),
      ],
    },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: { msw: { handlers: [answeringWith(OVER_ALLOCATED)] } },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
