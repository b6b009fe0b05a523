import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { SupervisionRefusal, SupervisionSession, SupervisionStart } from '../src/api/schemas/supervision.js';
import type { User } from '../src/api/schemas/user.js';
import '../src/components/supervise-dialog/supervise-dialog.js';
import type { SuiteSuperviseDialog } from '../src/components/supervise-dialog/supervise-dialog.component.js';
import { inTheme } from './support/themes.js';
import { jeanne, STORY_CLIENT_ID } from './support/jeanne.js';

/** The route the real HTTP client calls; msw answers it in the browser. */
const START_ROUTE = '/api/v1/clients/:clientId/users/:userId/supervision';

const ACTIVE = jeanne({ status: 'active', invitedAt: '2026-03-12T09:41:00Z', activatedAt: '2026-03-13T07:02:00Z' });

const starting = http.post(START_ROUTE, async ({ request, params }) => {
  await delay(400);
  const { reason } = (await request.json()) as SupervisionStart;
  const now = Date.now();
  const session: SupervisionSession = {
    id: crypto.randomUUID(),
    clientId: String(params.clientId),
    userId: String(params.userId),
    adminId: 'adm-story',
    reason,
    token: 'story-supervision-token-0123456789',
    startedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 30 * 60_000).toISOString(),
    endedAt: null,
  };
  return HttpResponse.json(session, { status: 201 });
});

const refusing = (status: 403 | 409, refusal: SupervisionRefusal, detail: string) =>
  http.post(START_ROUTE, async () => {
    await delay(300);
    const problem: Problem = { type: 'about:blank', title: 'Supervision refused', status, code: 'supervision_refused', detail, refusal };
    return HttpResponse.json(problem, { status, headers: { 'Content-Type': 'application/problem+json' } });
  });

interface SuperviseDialogArgs {
  lang: string;
  user: User;
}

const meta: Meta<SuperviseDialogArgs> = {
  title: 'Supervision/Supervise dialog',
  component: 'suite-supervise-dialog',
  args: { lang: 'en', user: ACTIVE },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    user: { control: 'object' },
  },
  // A button opens the dialog, as the user panel's "Supervise" does; each story opens it once on load too.
  render: ({ lang, user }) => html`
    <button type="button" @click=${(event: Event) => void openFrom(event.target as HTMLElement, user)}>Supervise ${user.firstName} ${user.lastName}</button>
    <suite-supervise-dialog client-id=${STORY_CLIENT_ID} lang=${lang} .api=${createHttpApi({ baseUrl: '/api/v1' })}></suite-supervise-dialog>
    <output></output>
  `,
  play: async ({ canvasElement, args }) => {
    const output = canvasElement.querySelector('output')!;
    canvasElement.addEventListener('suite-supervision-started', (event) => {
      output.textContent = `Started: session ${event.session.id}, until ${event.session.expiresAt}`;
    });
    await openFrom(canvasElement.querySelector('button')!, args.user);
    await expect(await findByShadowRole(canvasElement, 'dialog')).toBeVisible();
  },
  parameters: { msw: { handlers: [starting] } },
};

async function openFrom(opener: HTMLElement, user: User): Promise<void> {
  opener.focus();
  const dialog = opener.parentElement!.querySelector<SuiteSuperviseDialog>('suite-supervise-dialog')!;
  await dialog.show(user);
}

export default meta;
type Story = StoryObj<SuperviseDialogArgs>;

/** Type a reason and start: the story prints the session the dialog hands to the frame. */
export const Default: Story = {};

/** Start with no reason: refused next to the field, nothing sent; with one, the session starts. */
export const ReasonRequired: Story = {
  play: async (context) => {
    await meta.play!(context);
    const { canvasElement, step } = context;
    const reason = await findByShadowRole(canvasElement, 'textbox', { name: 'Reason' });
    const start = await findByShadowRole(canvasElement, 'button', { name: 'Start supervising' });
    const output = canvasElement.querySelector('output')!;

    await step('no reason: the field says so and nothing starts', async () => {
      await userEvent.click(start);
      await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
      await expect(reason).toHaveAccessibleDescription(/Give a reason: it is recorded with the session\./);
      await expect(output.textContent).toBe('');
    });

    await step('with a reason the session starts', async () => {
      await userEvent.type(reason, 'Show Jeanne where the team calendar is');
      await userEvent.click(start);
      await waitFor(() => expect(output).toHaveTextContent(/^Started: session /));
    });
  },
};

export const French: Story = { args: { lang: 'fr' } };

/** Start with any reason: the server refuses a banned account, and the dialog says so in the admin's language. */
export const RefusedBanned: Story = {
  args: { user: jeanne({ status: 'banned' }) },
  parameters: { msw: { handlers: [refusing(403, 'banned', 'The user is banned: a banned account cannot be supervised.')] } },
};

/** The admin already supervises someone (another tab): 409. */
export const AlreadySupervising: Story = {
  parameters: { msw: { handlers: [refusing(409, 'already_supervising', 'You are already supervising a user: end that session first.')] } },
};

export const DarkTheme: Story = inTheme('dark', meta.play!);
export const HighContrastTheme: Story = inTheme('high-contrast', meta.play!);
export const PartnerOceanTheme: Story = inTheme('partner-ocean', meta.play!);
export const PartnerSunsetTheme: Story = inTheme('partner-sunset', meta.play!);
