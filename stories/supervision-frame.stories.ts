import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { BrandingSettings } from '../src/api/schemas/branding.js';
import type { Problem } from '../src/api/schemas/problem.js';
import type { SupervisionSession } from '../src/api/schemas/supervision.js';
import type { User, UserUpdate } from '../src/api/schemas/user.js';
import '../src/components/supervision-frame/supervision-frame.js';
import { brandingBackend, PARTNER_ID } from './support/branding-backend.js';
import { jeanne, STORY_CLIENT_ID } from './support/jeanne.js';
import { demoAssets, modulesBackend } from './support/modules-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * An admin supervising Jeanne Martin's selfcare. The frame talks to a mock
 * backend (msw) with the supervision token, as it would to the reference
 * backend: her user record, the client's effective branding and modules, the
 * sensitive changes refused with 403 supervision_forbidden_action, and the
 * end of the session. No admin api is provided, so Exit ends the session with
 * the session's own token (which the server accepts for its end).
 */

const SESSION_ID = 'sv-story';

/** The partner's branding the supervised dashboard shows: the Ocean sample theme's colours. */
const NORDLYS: BrandingSettings = {
  primaryColor: '#0B6E99',
  gradient: { from: '#0A4F70', to: '#0B7A8F', angle: 120 },
  textColor: '#FFFFFF',
  messageText: 'Spring offer: two months free on every new mobile line.',
  messageLink: 'https://nordlys.example.com/spring',
};

/** A session that started now and lasts `lengthMs`, as startSupervision answers it. */
function session(lengthMs = 30 * 60_000): SupervisionSession {
  const now = Date.now();
  return {
    id: SESSION_ID,
    clientId: STORY_CLIENT_ID,
    userId: 'u-jeanne',
    adminId: 'adm-client',
    reason: 'Show Jeanne where her invoices are',
    token: 'sv-story-token-4f9c2e7a1b3d5f60',
    startedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + lengthMs).toISOString(),
    endedAt: null,
  };
}

const PROBLEM = { 'Content-Type': 'application/problem+json' };
const problem = (status: number, code: string, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title: code, status, code, detail } satisfies Problem, { status, headers: PROBLEM });

interface SupervisionBackendOptions {
  /** Every call with the token answers 401, as after the session was ended elsewhere. */
  revoked?: boolean;
  /** The end of the session fails (500) this many times before it works. */
  endFailures?: number;
}

/** The user and supervision endpoints the supervision token reaches, with their own state. */
function supervisionBackend(options: SupervisionBackendOptions = {}) {
  let user: User = jeanne({ status: 'active', activatedAt: '2026-02-03T09:00:00Z' });
  let endFailures = options.endFailures ?? 0;
  const revoked = () => problem(401, 'unauthenticated', 'The supervision session has ended.');
  return [
    http.get('/api/v1/clients/:clientId/users/:userId', async () => {
      await delay(150);
      return options.revoked ? revoked() : HttpResponse.json(user);
    }),
    http.patch('/api/v1/clients/:clientId/users/:userId', async ({ request }) => {
      await delay(150);
      if (options.revoked) return revoked();
      const changes = (await request.json()) as UserUpdate;
      const refused = (['email', 'twoFactor'] as const).find((field) => field in changes);
      if (refused) return problem(403, 'supervision_forbidden_action', `Changing ${refused} is not allowed while supervising a user.`);
      user = { ...user, ...(changes as Partial<User>), updatedAt: new Date().toISOString() };
      return HttpResponse.json(user);
    }),
    http.delete('/api/v1/supervision/:sessionId', async ({ params }) => {
      await delay(300);
      if (endFailures > 0) {
        endFailures--;
        return problem(500, 'internal', 'The session store is unavailable.');
      }
      return HttpResponse.json({ ...session(), id: String(params['sessionId']), token: null, endedAt: new Date().toISOString() });
    }),
  ];
}

function backend(options: SupervisionBackendOptions = {}) {
  return [
    ...supervisionBackend(options),
    demoAssets,
    ...modulesBackend({ partnerId: PARTNER_ID }),
    ...(options.revoked ? [http.get('/api/v1/clients/:clientId/*', () => problem(401, 'unauthenticated', 'The supervision session has ended.'))] : []),
    ...brandingBackend({ partner: NORDLYS }),
  ];
}

interface FrameArgs {
  lang: string;
  /** Minutes the session lasts from when the story opens. */
  minutes: number;
  src: string;
  /** Inline style on the frame's container: a height, or tokens a theme would set. */
  style: string;
}

const frame = ({ lang, minutes, src, style }: FrameArgs) => html`
  <div style="block-size: 40rem; ${style}">
    <suite-supervision-frame
      base-url="/api/v1"
      lang=${lang}
      .src=${src || undefined}
      .session=${session(minutes * 60_000)}
      @suite-supervision-ended=${(event: Event) => console.info('suite-supervision-ended', event)}
    ></suite-supervision-frame>
  </div>
`;

const meta: Meta<FrameArgs> = {
  title: 'Supervision/Supervision frame',
  component: 'suite-supervision-frame',
  args: { lang: 'en', minutes: 30, src: '', style: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    minutes: { control: { type: 'number', min: 0.05, max: 60, step: 1 } },
    src: { control: 'text' },
    style: { control: 'text' },
  },
  render: frame,
  parameters: { msw: { handlers: backend() } },
};

export default meta;
type Story = StoryObj<FrameArgs>;

/** Jeanne's branded dashboard and account, the banner with 30 minutes left and Exit; the four sensitive actions disabled with their reason. */
export const Dashboard: Story = {};

export const French: Story = { args: { lang: 'fr' } };

/** A session opened with just over a minute left: "1 minute left" is announced, then the frame says the session has ended. */
export const ExpiringSoon: Story = { args: { minutes: 1.1 } };

/** The session runs out at once: the content gives way to the message and its Close button. */
export const Expired: Story = { args: { minutes: 0.05 } };

/** The token no longer works (the session was ended elsewhere): the frame says so. */
export const Revoked: Story = { parameters: { msw: { handlers: backend({ revoked: true }) } } };

/** Exit fails (500, three times: the HTTP client's own two retries included): the frame stays, says the session is still running, and offers Retry, which works. */
export const EndFails: Story = { parameters: { msw: { handlers: backend({ endFailures: 3 }) } } };

/**
 * A theme that asks for grey on grey (and a thin white border): the banner
 * falls back to its built-in pair and the border to 3px, black on the light surface.
 */
export const LowContrastTheme: Story = {
  args: {
    style:
      '--suite-supervision-banner-background: #777777; --suite-supervision-banner-color: #888888; --suite-supervision-border-color: #ffffff; --suite-supervision-border-width: 1px',
  },
};

/** A ::part(banner) rule of the page with low contrast, even !important, ends the same way. */
export const LowContrastPartRule: Story = {
  render: (args) => html`
    <style>
      suite-supervision-frame::part(banner) {
        background: #eeeeee !important;
        color: #dddddd !important;
      }
    </style>
    ${frame(args)}
  `,
};

/** Iframe mode refused: a selfcare page of the portal's own origin could read the token. */
export const IframeSameOrigin: Story = { args: { src: '/selfcare' } };

export const InEveryTheme: Story = inEveryTheme(meta.render!);
