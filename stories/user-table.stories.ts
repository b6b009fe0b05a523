import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import '../src/components/user-table/user-table.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { admin, backend, PROBLEM, USERS } from './support/user-backend.js';
import { inEveryTheme } from './support/themes.js';

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

/** The rows the table has loaded, with the user each holds (placeholder rows have none yet). */
const loadedRows = (table: Element) => [...table.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-user-id]')];

/** Search narrows the rows; the arrow keys move one tab stop through the grid; Space selects the focused row. */
export const SearchNavigateSelect: Story = {
  parameters: { msw: { handlers: backend(new UserDirectory(240)) } },
  play: async ({ canvasElement, step }) => {
    const table = canvasElement.querySelector('suite-user-table')!;
    const status = await findByShadowRole(canvasElement, 'status');
    await waitFor(() => expect(status).toHaveTextContent('240 users'));

    await step('search filters the rows', async () => {
      await userEvent.type(await findByShadowRole(canvasElement, 'searchbox', { name: 'Search users' }), 'martin00012');
      // Martin000120 to Martin000129.
      await waitFor(() => expect(status).toHaveTextContent('10 users'));
      await waitFor(() => expect(loadedRows(table)).toHaveLength(10));
      for (const row of loadedRows(table)) await expect(row).toHaveTextContent(/Martin00012/);
    });

    await step('the arrow keys move focus through the grid', async () => {
      const first = await findByShadowRole(canvasElement, 'button', { name: 'Martin000120 Jeanne' });
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      const focused = () => table.shadowRoot!.activeElement as HTMLElement | null;
      await waitFor(() => expect(focused()?.dataset).toMatchObject({ row: '1', col: '1' }));
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(focused()?.dataset).toMatchObject({ row: '1', col: '2' }));
      await expect(focused()).toHaveTextContent('user121@acme.example');
    });

    await step('Space selects the focused row', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(loadedRows(table)[1]).toHaveAttribute('aria-selected', 'true'));
      await expect(loadedRows(table)[0]).toHaveAttribute('aria-selected', 'false');
      await expect(table.shadowRoot!.querySelector('[part~="bulk-bar"]')).toHaveTextContent('1 user selected');
    });
  },
};

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

export const InEveryTheme: Story = inEveryTheme(meta.render!);
