import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { findByShadowRole, findByShadowText } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type {
  BulkInvitationPreview,
  BulkInvitationResult,
  BulkSelection,
  InvitationResult,
  UserSummary,
} from '../src/api/schemas/invitation.js';
import type { User, UserUpdate } from '../src/api/schemas/user.js';
import '../src/components/bulk-invite-banner/bulk-invite-banner.js';
import { plainUser } from '../test/fixtures/user-record.js';
import { inEveryTheme } from './support/themes.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
const PREVIEW_ROUTE = '/api/v1/clients/:clientId/invitations/preview';
const SEND_ROUTE = '/api/v1/clients/:clientId/invitations/bulk';
const USER_ROUTE = '/api/v1/clients/:clientId/users/:userId';

const CLIENT_ID = 'acme-logistics';

const FIRST_NAMES = ['Hugo', 'Inès', 'Louis', 'Chloé', 'Nathan', 'Léa', 'Gabriel', 'Manon', 'Arthur', 'Camille'];
const LAST_NAMES = ['Bernard', 'Petit', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Garcia', 'David', 'Roux'];

function withoutEmail(count: number): UserSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    return {
      id: `u-noemail-${i}`,
      firstName,
      lastName,
      login: `${firstName}.${lastName}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, ''),
      userCode: `NE${String(i).padStart(3, '0')}`,
    };
  });
}

function preview(overrides: Partial<BulkInvitationPreview> = {}): BulkInvitationPreview {
  const items = withoutEmail(4);
  return { toInvite: 186, withoutEmail: { total: items.length, items }, skipped: 23, seatShortfalls: [], ...overrides };
}

const result = (userId: string, outcome: InvitationResult['outcome'], code: string | null = null, message: string | null = null): InvitationResult => ({
  userId,
  outcome,
  invitedAt: outcome === 'sent' ? new Date().toISOString() : null,
  code,
  message,
});

function bulkResult(results: InvitationResult[]): BulkInvitationResult {
  const count = (outcome: InvitationResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { sent: count('sent'), skipped: count('skipped'), failed: count('failed'), results };
}

/** 186 sent, 3 stopped by a full pool, 1 by the per-address limit, 23 skipped. */
function firstSend(): BulkInvitationResult {
  return bulkResult([
    ...Array.from({ length: 3 }, (_, i) => result(`u-full-${i}`, 'failed', 'seat_limit', 'no seat left in the pool "Core"')),
    result('u-limited', 'failed', 'rate_limited', 'this address received too many invitation emails recently'),
    ...Array.from({ length: 23 }, (_, i) => result(`u-active-${i}`, 'skipped', 'already_active', 'already active')),
    ...Array.from({ length: 182 }, (_, i) => result(`u-sent-${i}`, 'sent')),
  ]);
}

/** A user as the server returns it after PATCH (the email given in the banner). */
function patchedUser(userId: string, changes: UserUpdate): User {
  const now = new Date().toISOString();
  return plainUser({
    id: userId,
    clientId: CLIENT_ID,
    userCode: 'NE000',
    firstName: 'Hugo',
    lastName: 'Bernard',
    email: changes.email ?? null,
    login: 'hugo.bernard',
    agencyIds: [],
    licencePoolIds: [],
    status: 'pending',
    invitedAt: null,
    activatedAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** A small in-browser backend: giving an email moves the user from "no email" to "will be invited". */
function backend(initial: BulkInvitationPreview, send: (selection: BulkSelection, attempt: number) => Promise<Response> | Response) {
  let current = structuredClone(initial);
  let attempts = 0;
  return [
    http.post(PREVIEW_ROUTE, async () => {
      await delay(300);
      return HttpResponse.json(current);
    }),
    http.patch(USER_ROUTE, async ({ params, request }) => {
      const changes = (await request.json()) as UserUpdate;
      const userId = String(params['userId']);
      if (changes.email?.toLowerCase().startsWith('taken@')) {
        return HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Email already used',
            status: 409,
            code: 'email_taken',
            errors: [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      current = {
        ...current,
        toInvite: current.toInvite + 1,
        withoutEmail: { total: current.withoutEmail.total - 1, items: current.withoutEmail.items.filter((u) => u.id !== userId) },
      };
      return HttpResponse.json(patchedUser(userId, changes));
    }),
    http.post(SEND_ROUTE, async ({ request }) => send((await request.json()) as BulkSelection, attempts++)),
  ];
}

const sendingResults = async (selection: BulkSelection) => {
  await delay(1500);
  // "Retry failed" sends ids: the seat was freed meanwhile, the rate limit still holds.
  if ('userIds' in selection) {
    return HttpResponse.json(
      bulkResult(selection.userIds.map((id) => (id === 'u-limited' ? result(id, 'failed', 'rate_limited', 'too many emails') : result(id, 'sent')))),
    );
  }
  return HttpResponse.json(firstSend());
};

interface BannerArgs {
  lang: string;
  selection: BulkSelection;
}

const meta: Meta<BannerArgs> = {
  title: 'Users/Bulk invite banner',
  component: 'suite-bulk-invite-banner',
  args: { lang: 'en', selection: { filter: { status: ['pending', 'invited'] } } },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr', 'fr-CA', 'de'] },
    selection: { control: 'object' },
  },
  render: ({ lang, selection }) => html`
    <suite-bulk-invite-banner
      client-id=${CLIENT_ID}
      lang=${lang}
      .selection=${selection}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
    ></suite-bulk-invite-banner>
  `,
  parameters: {
    msw: { handlers: backend(preview(), sendingResults) },
  },
};

export default meta;
type Story = StoryObj<BannerArgs>;

/** Type an address for a user without email (try `taken@…` for a server refusal), then send and retry the failures. */
export const Default: Story = {};

/** The no-email count: an address the server refuses is said next to its field; a saved one moves the user into the invitations. */
export const GiveMissingEmails: Story = {
  // Its own backend: the users it gives an email stay given for the rest of the page's life.
  parameters: { msw: { handlers: backend(preview(), sendingResults) } },
  play: async ({ canvasElement, step }) => {
    // The summary shown (a copy of it also goes to the live region for screen readers).
    const shown = { selector: '[part~="summary"]' };
    const summary = await findByShadowText(canvasElement, /^186 invitations will be sent; 4 users have no email/, shown);
    const field = await findByShadowRole<HTMLInputElement>(canvasElement, 'textbox', { name: 'Email address for Hugo Bernard' });

    await step('an address already used is refused next to its field', async () => {
      await userEvent.type(field, 'taken@acme-logistics.example');
      await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Save the email address of Hugo Bernard' }));
      await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
      await expect(field).toHaveAccessibleDescription(/already/i);
      await expect(summary).toHaveTextContent(/^186 invitations will be sent; 4 users have no email/);
    });

    await step('a saved address counts the user among the invitations', async () => {
      // Typed over the refused address (userEvent.clear checks focus on document.activeElement, the host here).
      await userEvent.type(field, 'hugo.bernard@acme-logistics.example', { initialSelectionStart: 0, initialSelectionEnd: field.value.length });
      await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Save the email address of Hugo Bernard' }));
      await findByShadowText(canvasElement, /^187 invitations will be sent; 3 users have no email/, shown);
      await waitFor(() => expect(field).not.toBeInTheDocument());
    });
  },
};

export const ManyWithoutEmail: Story = {
  parameters: {
    msw: { handlers: backend(preview({ toInvite: 2_140, withoutEmail: { total: 312, items: withoutEmail(100) } }), sendingResults) },
  },
};

export const SeatShortfall: Story = {
  parameters: {
    msw: {
      handlers: backend(preview({ seatShortfalls: [{ poolId: 'pool-core', poolName: 'Core', needed: 186, remaining: 63 }] }), sendingResults),
    },
  },
};

export const NothingToSend: Story = {
  parameters: {
    msw: { handlers: backend(preview({ toInvite: 0, skipped: 209 }), sendingResults) },
  },
};

export const Sending: Story = {
  parameters: {
    msw: {
      handlers: backend(preview(), async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    },
  },
};

/**
 * The connection drops on the first send (the HTTP client's own retries too):
 * the banner offers Retry, which repeats that click with its Idempotency-Key.
 */
export const UnknownOutcome: Story = {
  parameters: {
    msw: {
      handlers: backend(preview(), (selection, attempt) => (attempt < 3 ? HttpResponse.error() : sendingResults(selection))),
    },
  },
};

export const CountFailed: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(PREVIEW_ROUTE, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal' },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

export const HostileNames: Story = {
  parameters: {
    msw: {
      handlers: backend(
        preview({
          withoutEmail: {
            total: 1,
            items: [{ id: 'u-x', firstName: '<img src=x onerror=alert(1)>', lastName: '<script>alert(2)</script>', login: 'x.y', userCode: 'X1' }],
          },
        }),
        sendingResults,
      ),
    },
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  parameters: {
    msw: {
      handlers: backend(preview({ seatShortfalls: [{ poolId: 'pool-core', poolName: 'Core', needed: 186, remaining: 63 }] }), sendingResults),
    },
  },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
