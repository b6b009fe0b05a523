import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { InvitationRequest, InvitationSent } from '../src/api/schemas/invitation.js';
import type { LicencePool } from '../src/api/schemas/licence-pool.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { Agency } from '../src/api/schemas/tenancy.js';
import type { User, UserUpdate } from '../src/api/schemas/user.js';
import '../src/components/invite-dialog/invite-dialog.js';
import type { SuiteInviteDialog } from '../src/components/invite-dialog/invite-dialog.component.js';
import { inTheme } from './support/themes.js';
import { jeanne, STORY_CLIENT_ID } from './support/jeanne.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
const AGENCIES_ROUTE = '/api/v1/clients/:clientId/agencies';
const POOLS_ROUTE = '/api/v1/clients/:clientId/licence-pools';
const INVITE_ROUTE = '/api/v1/clients/:clientId/users/:userId/invitation';
const USER_ROUTE = '/api/v1/clients/:clientId/users/:userId';

const CLIENT_ID = STORY_CLIENT_ID;

const AGENCIES: Agency[] = [
  { id: 'ag-lyon', clientId: CLIENT_ID, name: 'Lyon Part-Dieu' },
  { id: 'ag-paris', clientId: CLIENT_ID, name: 'Paris La Défense' },
  { id: 'ag-lille', clientId: CLIENT_ID, name: 'Lille Euralille' },
];

const pool = (key: string, name: string, kind: LicencePool['kind'], total: number, used: number): LicencePool => ({
  id: `pool-${key}`,
  clientId: CLIENT_ID,
  key,
  name,
  kind,
  total,
  used,
  remaining: total - used,
});

const POOLS: LicencePool[] = [
  pool('core', 'Core', 'user', 250, 187),
  pool('contract', 'Contract', 'user', 40, 40),
  pool('operators', 'Operators', 'operator', 12, 15),
];

const problemResponse = (problem: Problem) =>
  HttpResponse.json(problem, { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } });

function sent(target: User, request: InvitationRequest): InvitationSent {
  const sentAt = new Date().toISOString();
  const email = request.email ?? target.email ?? 'unknown@acme-logistics.example';
  return {
    user: {
      ...target,
      email,
      role: request.role ?? target.role,
      agencyIds: request.agencyIds ?? target.agencyIds,
      licencePoolIds: request.licencePoolIds ?? target.licencePoolIds,
      mailLanguage: request.mailLanguage ?? target.mailLanguage,
      status: 'invited',
      invitedAt: sentAt,
      updatedAt: sentAt,
    },
    invitation: {
      id: crypto.randomUUID(),
      userId: target.id,
      email,
      mailLanguage: request.mailLanguage ?? target.mailLanguage,
      sentAt,
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  };
}

const choices = (pools: LicencePool[] = POOLS) => [
  http.get(AGENCIES_ROUTE, () => HttpResponse.json({ items: AGENCIES })),
  http.get(POOLS_ROUTE, () => HttpResponse.json({ items: pools })),
];

const inviting = (target: User) =>
  http.post(INVITE_ROUTE, async ({ request }) => {
    await delay(400);
    return HttpResponse.json(sent(target, (await request.json()) as InvitationRequest));
  });

interface InviteDialogArgs {
  lang: string;
  user: User;
}

const meta: Meta<InviteDialogArgs> = {
  title: 'Users/Invite dialog',
  component: 'suite-invite-dialog',
  args: { lang: 'en', user: jeanne() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'de'] },
    user: { control: 'object' },
  },
  // A button opens the dialog, as the user panel would; each story opens it once on load too.
  render: ({ lang, user }) => html`
    <button type="button" @click=${(event: Event) => void openFrom(event.target as HTMLElement, user)}>
      Invite ${user.firstName} ${user.lastName}
    </button>
    <suite-invite-dialog client-id=${CLIENT_ID} lang=${lang} .api=${createHttpApi({ baseUrl: '/api/v1' })}></suite-invite-dialog>
  `,
  play: async ({ canvasElement, args }) => {
    await openFrom(canvasElement.querySelector('button')!, args.user);
    await expect(await findByShadowRole(canvasElement, 'dialog')).toBeVisible();
  },
  parameters: {
    msw: { handlers: [...choices(), inviting(jeanne())] },
  },
};

async function openFrom(opener: HTMLElement, user: User): Promise<void> {
  opener.focus();
  const dialog = opener.parentElement!.querySelector<SuiteInviteDialog>('suite-invite-dialog')!;
  await dialog.show(user);
}

export default meta;
type Story = StoryObj<InviteDialogArgs>;

/** A pending user: the address on the account in one click, a full and an over-allocated pool disabled with their reason. */
export const Default: Story = {};

/** Send: the status says where the invitation went, and the button now resends it. */
export const Sent: Story = {
  play: async (context) => {
    await meta.play!(context);
    const { canvasElement } = context;
    // The dialog's own controls sit in its shadow root: the queries below go through it, as assistive technology does.
    const send = await findByShadowRole(canvasElement, 'button', { name: 'Send the invitation' });
    await userEvent.click(send);
    const status = await findByShadowRole(canvasElement, 'status');
    await waitFor(() => expect(status).toHaveTextContent(/^Invitation sent to jeanne\.martin@acme-logistics\.example\./));
    await expect(await findByShadowRole(canvasElement, 'button', { name: 'Resend the invitation' })).toBeEnabled();
  },
};

export const Resend: Story = {
  args: { user: jeanne({ status: 'invited', invitedAt: '2026-03-12T09:41:00Z' }) },
};

export const WithoutEmail: Story = {
  args: { user: jeanne({ email: null, licencePoolIds: [] }) },
};

/** An existing user invited with the administrator role. */
export const AdminInvitation: Story = {
  args: { user: jeanne({ role: 'admin', agencyIds: ['ag-lyon', 'ag-paris'] }) },
};

const ACTIVE = jeanne({ status: 'active', invitedAt: '2026-03-12T09:41:00Z', activatedAt: '2026-03-13T07:02:00Z' });

/** An active account is not invited again: it gains the administrator space (a role change, no email). */
export const AdminAccessForActiveUser: Story = {
  args: { user: ACTIVE },
  parameters: {
    msw: {
      handlers: [
        ...choices(),
        http.patch(USER_ROUTE, async ({ request }) => {
          await delay(400);
          const changes = (await request.json()) as UserUpdate;
          return HttpResponse.json({ ...ACTIVE, ...changes, updatedAt: new Date().toISOString() });
        }),
      ],
    },
  },
};

export const AlreadyActiveAdministrator: Story = {
  args: { user: { ...ACTIVE, role: 'admin' } },
};

export const Sending: Story = {
  parameters: {
    msw: {
      handlers: [
        ...choices(),
        http.post(INVITE_ROUTE, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ],
    },
  },
};

/** Send to "Another address": the server's field error shows next to the field, and what was typed stays. */
export const EmailTaken: Story = {
  play: async (context) => {
    await meta.play!(context);
    const { canvasElement } = context;
    await userEvent.click(await findByShadowRole(canvasElement, 'radio', { name: 'Another address' }));
    const email = await findByShadowRole(canvasElement, 'textbox', { name: 'New email address' });
    await userEvent.type(email, 'paul.durand@acme-logistics.example');
    await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Send the invitation' }));
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription(/Another user of this client already has this address\./);
    await expect(email).toHaveValue('paul.durand@acme-logistics.example');
    // Focus goes back to the field to fix (toHaveFocus reads document.activeElement, which is the dialog's host).
    await expect((email.getRootNode() as ShadowRoot).activeElement).toBe(email);
  },
  parameters: {
    msw: {
      handlers: [
        ...choices(),
        http.post(INVITE_ROUTE, () =>
          problemResponse({
            type: 'about:blank',
            title: 'Email already used',
            status: 409,
            code: 'email_taken',
            detail: 'Another user of this client has this email.',
            errors: [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }],
          }),
        ),
      ],
    },
  },
};

/** The pools looked free when the dialog opened; another admin took the last seat of Core meanwhile. */
export const SeatTakenMeanwhile: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(AGENCIES_ROUTE, () => HttpResponse.json({ items: AGENCIES })),
        http.get(POOLS_ROUTE, () => HttpResponse.json({ items: [pool('core', 'Core', 'user', 250, 250), POOLS[1]!, POOLS[2]!] })),
        http.post(INVITE_ROUTE, () =>
          problemResponse({
            type: 'about:blank',
            title: 'No seat left',
            status: 409,
            code: 'seat_limit',
            detail: 'The pool "Core" has 0 seat(s) left; this needs 1.',
            errors: [{ path: 'licencePoolIds', code: 'seat_limit', message: 'Core: 0 left, 1 needed' }],
          }),
        ),
      ],
    },
  },
};

/** The server never confirms: Retry repeats the same request with the same Idempotency-Key. */
export const UnknownOutcome: Story = {
  parameters: {
    msw: {
      handlers: [...choices(), http.post(INVITE_ROUTE, () => HttpResponse.error())],
    },
  },
};

export const HostileName: Story = {
  args: { user: jeanne({ firstName: '<img src=x onerror=alert(1)>', lastName: '<script>alert(2)</script>' }) },
};

export const French: Story = {
  args: { lang: 'fr', user: jeanne({ status: 'invited', invitedAt: '2026-03-12T09:41:00Z' }) },
};

export const DarkTheme: Story = inTheme('dark', meta.play!);
export const HighContrastTheme: Story = inTheme('high-contrast', meta.play!);
export const PartnerOceanTheme: Story = inTheme('partner-ocean', meta.play!);
export const PartnerSunsetTheme: Story = inTheme('partner-sunset', meta.play!);
