import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findByShadowRole, findByShadowText } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { UserPermissions } from '../src/api/schemas/user.js';
import '../src/components/user-admin/user-admin.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { admin, backend, NOT_FOUND, PROBLEM } from './support/user-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The whole administration with a mock backend: `<suite-user-admin>` builds its
 * own HTTP client from base-url, so msw answers every route it and its parts call.
 */
function administration(directory: UserDirectory, agencyIds?: string[]) {
  const me = admin(agencyIds);
  return [
    http.get('/api/v1/me', () => HttpResponse.json(me)),
    ...backend(directory, agencyIds),
    http.get('/api/v1/clients/:clientId/users/:userId', ({ params }) => {
      const user = directory.users.find((candidate) => candidate.id === params['userId']);
      return user ? HttpResponse.json(user) : HttpResponse.json(NOT_FOUND, { status: 404, headers: PROBLEM });
    }),
    http.get('/api/v1/clients/:clientId/users/:userId/permissions', ({ params }) =>
      HttpResponse.json({
        userId: String(params['userId']),
        permissions: [
          { key: 'account.sign_in', granted: true, source: 'role' },
          { key: 'support.sessions', granted: false, source: 'capability' },
        ],
      } satisfies UserPermissions),
    ),
    http.get('/api/v1/clients/:clientId/address-book-groups', () => HttpResponse.json({ items: [] })),
    http.post('/api/v1/clients/:clientId/invitations/preview', async () => {
      await delay(200);
      const pending = directory.users.filter((user) => user.status === 'pending');
      const withoutEmail = pending.filter((user) => !user.email);
      return HttpResponse.json({
        toInvite: pending.length - withoutEmail.length,
        skipped: 0,
        withoutEmail: {
          total: withoutEmail.length,
          items: withoutEmail.slice(0, 100).map(({ id, firstName, lastName, login, userCode }) => ({ id, firstName, lastName, login, userCode })),
        },
        seatShortfalls: [],
      });
    }),
  ];
}

interface UserAdminArgs {
  lang: string;
}

const meta: Meta<UserAdminArgs> = {
  title: 'Users/User administration',
  component: 'suite-user-admin',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr', 'en-GB'] } },
  render: ({ lang }) => html`<suite-user-admin base-url="/api/v1" client-id="c1" lang=${lang} .token=${'storybook'}></suite-user-admin>`,
  parameters: { msw: { handlers: administration(new UserDirectory(240)) } },
};

export default meta;
type Story = StoryObj<UserAdminArgs>;

export const Default: Story = {};

/** Open a user from the table, deactivate them in the panel: the panel says so and the table's row follows. */
export const DeactivateFromThePanel: Story = {
  // Its own directory: the deactivation stays for the rest of the page's life.
  parameters: { msw: { handlers: administration(new UserDirectory(240)) } },
  play: async ({ canvasElement, step }) => {
    // User 0 of the directory is active; the table lists last name first.
    const rowOf = async () => (await findByShadowRole(canvasElement, 'button', { name: 'Martin000000 Jeanne' })).closest('[role="row"]') as HTMLElement;
    await step('open the user panel from the table', async () => {
      await expect(within(await rowOf()).getByText('Active')).toBeVisible();
      await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Martin000000 Jeanne' }));
      const panel = await findByShadowRole(canvasElement, 'region', { name: 'User details' });
      await expect(panel).toBeVisible();
    });
    await step('deactivate', async () => {
      await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Deactivate' }));
      await findByShadowText(canvasElement, /was deactivated\.$/);
      await waitFor(async () => expect(within(await rowOf()).getByText('Inactive')).toBeVisible());
    });
  },
};

export const French: Story = { args: { lang: 'fr' } };

/** 100,000 users in the table; the seats, toolbar and panel work the same. */
export const HundredThousandUsers: Story = {
  parameters: { msw: { handlers: administration(new UserDirectory(100_000)) } },
};

/** An admin scoped to two agencies: filters, counts and pickers show only those. */
export const AgencyScoped: Story = {
  parameters: { msw: { handlers: administration(new UserDirectory(240), ['ag-lyon', 'ag-lille']) } },
};

export const AdminCannotBeLoaded: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/v1/me', () =>
          HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }, { status: 401, headers: PROBLEM }),
        ),
      ],
    },
  },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
