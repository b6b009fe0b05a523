import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { BrandingSettings } from '../src/api/schemas/branding.js';
import type { ModuleSettings } from '../src/api/schemas/modules.js';
import type { Problem } from '../src/api/schemas/problem.js';
import '../src/components/selfcare-dashboard/selfcare-dashboard.js';
import { brandingBackend, CLIENTS, PARTNER_ID } from './support/branding-backend.js';
import { demoAssets, modulesBackend } from './support/modules-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The end user's dashboard, loading its effective branding and modules for a
 * client from a mock backend (msw). The Theme toolbar puts it in any theme of
 * themes/; "In every theme" shows them side by side.
 */

const CLIENT_ID = CLIENTS[0]!.id;

/** Nordlys Telecom's partner branding: the Ocean sample theme's colours, its logo and a spring message. */
const NORDLYS: BrandingSettings = {
  logoAssetId: 'logo-nordlys',
  primaryColor: '#0B6E99',
  gradient: { from: '#0A4F70', to: '#0B7A8F', angle: 120 },
  textColor: '#FFFFFF',
  bannerAssetId: 'banner-spring',
  messageLink: 'https://nordlys.example.com/spring',
  messageText: 'Spring offer: two months free on every new mobile line.',
};

function backend(options: { partner?: BrandingSettings; client?: BrandingSettings; modules?: ModuleSettings } = {}) {
  return [
    demoAssets,
    ...modulesBackend({ partnerId: PARTNER_ID, partner: options.modules }),
    ...brandingBackend({ partner: options.partner ?? {}, clients: options.client ? { [CLIENT_ID]: options.client } : {} }),
  ];
}

interface DashboardArgs {
  lang: string;
  brandName: string;
}

const dashboard = ({ lang, brandName }: DashboardArgs) => html`
  <suite-selfcare-dashboard
    client-id=${CLIENT_ID}
    lang=${lang}
    brand-name=${brandName}
    .api=${createHttpApi({ baseUrl: '/api/v1' })}
  ></suite-selfcare-dashboard>
`;

const meta: Meta<DashboardArgs> = {
  title: 'Branding/Selfcare dashboard',
  component: 'suite-selfcare-dashboard',
  args: { lang: 'en', brandName: 'Nordlys Telecom' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    brandName: { control: 'text', name: 'brand-name' },
  },
  render: dashboard,
  parameters: { msw: { handlers: backend({ partner: NORDLYS }) } },
};

export default meta;
type Story = StoryObj<DashboardArgs>;

/** The partner's branding: logo, gradient header, banner with its link, a tile per enabled module. */
export const Branded: Story = {};

/** No branding anywhere: the theme's own colours (pick one in the toolbar), the default logo, no banner. */
export const Unbranded: Story = {
  parameters: { msw: { handlers: backend() } },
};

/** A client overriding the partner: its own flat colour and message, the partner's logo. */
export const ClientOverride: Story = {
  parameters: {
    msw: { handlers: backend({ partner: NORDLYS, client: { primaryColor: '#B4361A', gradient: null, messageText: 'Atelier Lumière: the new showroom opens on 3 June.', messageLink: null, bannerAssetId: null } }) },
  },
};

/** "Highlight mobile offers" on: the dashboard and My phones tiles mention mobile offers; Documents and Contacts switched off. */
export const MobileOffersHighlighted: Story = {
  parameters: { msw: { handlers: backend({ partner: NORDLYS, modules: { highlight_mobile_offers: true, documents: false, contacts: false } }) } },
};

/** The host fills two tiles through their slots (`slot="module-voicemail"`, `slot="module-my_phones"`). */
export const WithHostContent: Story = {
  render: ({ lang, brandName }) => html`
    <suite-selfcare-dashboard client-id=${CLIENT_ID} lang=${lang} brand-name=${brandName} .api=${createHttpApi({ baseUrl: '/api/v1' })}>
      <p slot="module-voicemail"><strong>3</strong> new messages</p>
      <ul slot="module-my_phones" style="margin: 0; padding-inline-start: 1.25rem">
        <li>+33 1 84 88 12 00 (desk)</li>
        <li>+33 6 12 34 56 78 (mobile)</li>
      </ul>
    </suite-selfcare-dashboard>
  `,
};

/** A preview fed by properties (what the branding editor does with its draft): no request for branding or modules. */
export const PreviewOfADraft: Story = {
  render: ({ lang, brandName }) => html`
    <suite-selfcare-dashboard
      lang=${lang}
      brand-name=${brandName}
      .api=${createHttpApi({ baseUrl: '/api/v1' })}
      .branding=${{ ...NORDLYS, logoAssetId: null, bannerAssetId: null, primaryColor: '#6D28D9', gradient: { from: '#5B21B6', to: '#9D174D', angle: 45 } }}
      .modules=${[
        { key: 'dashboard', enabled: true },
        { key: 'voicemail', enabled: true },
        { key: 'call_logs', enabled: true },
      ]}
    ></suite-selfcare-dashboard>
  `,
};

export const French: Story = { args: { lang: 'fr' } };

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('/api/v1/clients/:clientId/*', () => delay('infinite'))] } },
};

export const LoadFailed: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/v1/clients/:clientId/*', () =>
          HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal' } satisfies Problem, {
            status: 500,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        ),
      ],
    },
  },
};

/** The branded and the unbranded dashboard in each theme of themes/. */
export const InEveryTheme: Story = inEveryTheme(dashboard);

export const UnbrandedInEveryTheme: Story = {
  ...inEveryTheme(dashboard),
  parameters: { ...inEveryTheme(dashboard).parameters, msw: { handlers: backend() } },
};
