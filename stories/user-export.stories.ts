import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { UserFilter, UserSort } from '../src/api/schemas/user.js';
import '../src/components/user-export/user-export.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { backend, PROBLEM } from './support/user-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The export panel `<suite-user-admin>` opens from its toolbar, on its own: the
 * mock backend streams the file through the reference backend's own writers,
 * slowly enough to watch the progress bar and try Cancel.
 */

interface UserExportArgs {
  lang: string;
  /** What the table shows, which the export repeats. */
  query: { filter: UserFilter; sort?: UserSort };
}

const meta: Meta<UserExportArgs> = {
  title: 'Users/User export',
  component: 'suite-user-export',
  args: { lang: 'en', query: { filter: {} } },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr'] } },
  render: ({ lang, query }) => html`
    <suite-user-export client-id="c1" lang=${lang} .api=${createHttpApi({ baseUrl: '/api/v1' })} .getQuery=${() => query}></suite-user-export>
  `,
  parameters: { msw: { handlers: backend(new UserDirectory(5_000)) } },
};

export default meta;
type Story = StoryObj<UserExportArgs>;

export const Default: Story = {};

export const French: Story = { args: { lang: 'fr' } };

/** The table was filtered to pending users sorted by descending name: the file holds exactly those. */
export const Filtered: Story = { args: { query: { filter: { status: ['pending'] }, sort: '-lastName' } } };

/** The backend fails: the panel says so and offers Retry. */
export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/v1/clients/:clientId/users/export', () =>
          HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal' }, { status: 500, headers: PROBLEM }),
        ),
      ],
    },
  },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
