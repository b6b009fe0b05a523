import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import '../src/components/user-table/user-table.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { admin, backend, PROBLEM, USERS } from './support/user-backend.js';

interface UserTableArgs {
  clientId: string;
  lang: string;
  agencyScoped: boolean;
}

const meta: Meta<UserTableArgs> = {
  title: 'Users/User table',
  component: 'suite-user-table',
  args: { clientId: 'acme', lang: 'en', agencyScoped: false },
  argTypes: {
    clientId: { control: 'text', name: 'client-id' },
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'en-GB'] },
  },
  render: ({ clientId, lang, agencyScoped }) => html`
    <suite-user-table
      client-id=${clientId}
      lang=${lang}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
      .admin=${admin(agencyScoped ? ['ag-lyon', 'ag-lille'] : undefined)}
    ></suite-user-table>
  `,
  parameters: { msw: { handlers: backend(new UserDirectory(240)) } },
};

export default meta;
type Story = StoryObj<UserTableArgs>;

export const Default: Story = {};

/** 100,000 users: scroll, drag the scrollbar anywhere or press Ctrl+End; only the pages in view load, each in one request. */
export const HundredThousandUsers: Story = {
  parameters: { msw: { handlers: backend(new UserDirectory(100_000)) } },
};

export const Empty: Story = {
  parameters: { msw: { handlers: backend(new UserDirectory(0)) } },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USERS, async () => {
          await delay('infinite');
          return HttpResponse.json({ items: [], total: 0, nextCursor: null });
        }),
        ...backend(new UserDirectory(0)).slice(1),
      ],
    },
  },
};

export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(USERS, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal', detail: 'The directory service is unavailable.' },
            { status: 500, headers: PROBLEM },
          ),
        ),
        ...backend(new UserDirectory(0)).slice(1),
      ],
    },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: { msw: { handlers: backend(new UserDirectory(2_500)) } },
};

/** An admin of the Lyon and Lille agencies: the Nantes agency appears nowhere, not even in the filter. */
export const AgencyScoped: Story = {
  args: { agencyScoped: true },
  parameters: { msw: { handlers: backend(new UserDirectory(3_000), ['ag-lyon', 'ag-lille']) } },
};

/** A user named like an HTML tag: shown as text in rows, dialogs and results. */
export const HostileNames: Story = {
  parameters: {
    msw: { handlers: backend(new UserDirectory(30, 'acme', (user, i) => (i % 4 === 0 ? { ...user, firstName: '<img src=x onerror=alert(1)>' } : user))) },
  },
};
