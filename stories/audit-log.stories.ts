import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { findByShadowRole, findByShadowText } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createHttpApi } from '../src/api/http/http-api.js';
import '../src/components/audit-log/audit-log.js';
import { auditBackend } from './support/audit-backend.js';
import { STORY_CLIENT_ID } from './support/jeanne.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The audit log on a mock backend (msw): a client's last days of
 * administration, three supervision sessions (ended, expired, still open) to
 * open with "Show session", enough events for three pages, and a subject
 * named like a spreadsheet formula, which the CSV export neutralises.
 */

interface AuditLogArgs {
  lang: string;
  /** The whole admin's scope when false. */
  oneClient: boolean;
}

const auditLog = ({ lang, oneClient }: AuditLogArgs) => html`
  <suite-audit-log lang=${lang} client-id=${ifDefined(oneClient ? STORY_CLIENT_ID : undefined)} .api=${createHttpApi({ baseUrl: '/api/v1' })}></suite-audit-log>
`;

const meta: Meta<AuditLogArgs> = {
  title: 'Supervision/Audit log',
  component: 'suite-audit-log',
  args: { lang: 'en', oneClient: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    oneClient: { control: 'boolean' },
  },
  render: auditLog,
  parameters: { msw: { handlers: auditBackend() } },
};

export default meta;
type Story = StoryObj<AuditLogArgs>;

/** One client's log: filter by actor, user (searched by name), action and days; open a supervision session. */
export const OneClient: Story = {};

const countOf = (status: HTMLElement) => Number(/^(\d+) events?$/.exec(status.textContent?.trim() ?? '')?.[1] ?? NaN);

/** Filter by actor and action: the count follows, and every row shown is one of those. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const log = canvasElement.querySelector('suite-audit-log')!;
    const status = await findByShadowText(canvasElement, /^\d+ events?$/);
    const everything = countOf(status);

    // The actors arrive in their own request. The option itself is given: selectOptions compares text by innerHTML, where Lit leaves comments.
    const nora = await findByShadowRole<HTMLOptionElement>(canvasElement, 'option', { name: 'Nora Lind' });
    await userEvent.selectOptions(await findByShadowRole(canvasElement, 'combobox', { name: 'Actor' }), nora);
    await userEvent.click(await findByShadowRole(canvasElement, 'checkbox', { name: 'User updated' }));
    await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Apply filters' }));

    await waitFor(() => expect(countOf(status)).toBeLessThan(everything));
    const rows = [...log.shadowRoot!.querySelectorAll<HTMLElement>('tr[part~="row"]')];
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.length).toBe(countOf(status));
    for (const row of rows) {
      await expect(row.dataset['action']).toBe('user.updated');
      await expect(row).toHaveTextContent('Nora Lind');
    }
  },
};

/** Without `client-id`: everything in the admin's scope; the user filter takes an id. */
export const WholeScope: Story = { args: { oneClient: false } };

/** A new client: nothing recorded yet. */
export const Empty: Story = { parameters: { msw: { handlers: auditBackend({ empty: true }) } } };

/** An admin without `audit.read`: the refusal in words, with Retry. */
export const Refused: Story = {
  parameters: {
    msw: { handlers: auditBackend({ refuse: { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'audit.read is required' } }) },
  },
};

/** A slow backend: the loading state, and an export slow enough to watch its progress and cancel it. */
export const SlowBackend: Story = { parameters: { msw: { handlers: auditBackend({ latencyMs: 1500 }) } } };

export const French: Story = { args: { lang: 'fr' } };

export const InEveryTheme: Story = inEveryTheme(auditLog);
