import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { BrandingLevel } from '../src/api/schemas/branding.js';
import type { ModuleSettings } from '../src/api/schemas/modules.js';
import '../src/components/client-picker/client-picker.js';
import '../src/components/module-toggles/module-toggles.js';
import '../src/components/selfcare-dashboard/selfcare-dashboard.js';
import type { SuiteModuleToggles } from '../src/components/module-toggles/module-toggles.component.js';
import type { SuiteSelfcareDashboard } from '../src/components/selfcare-dashboard/selfcare-dashboard.component.js';
import type { SuiteClientSelectEvent } from '../src/events/index.js';
import { brandingAdmin, brandingBackend, CLIENTS, PARTNER_ID } from './support/branding-backend.js';
import { modulesBackend, type ModulesBackendOptions } from './support/modules-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The module switches on a mock backend (msw): saves need If-Match, one story
 * meets a 412, and the partner admin's story wires a client picker and a live
 * dashboard next to the switches.
 */

const CLIENT_ID = CLIENTS[0]!.id;
const PARTNER_SETTINGS: ModuleSettings = { highlight_mobile_offers: true, documents: false };

const backend = (options: Partial<ModulesBackendOptions> = {}) => [
  ...modulesBackend({ partnerId: PARTNER_ID, partner: PARTNER_SETTINGS, clients: { [CLIENT_ID]: { documents: true, voicemail: false } }, ...options }),
  ...brandingBackend(),
];

interface ModuleTogglesArgs {
  lang: string;
  level: BrandingLevel;
  who: 'partner' | 'client' | 'agencies';
}

const toggles = ({ lang, level, who }: ModuleTogglesArgs) => html`
  <suite-module-toggles
    lang=${lang}
    level=${level}
    client-id=${level === 'client' ? CLIENT_ID : ''}
    .admin=${brandingAdmin(who, CLIENT_ID)}
    .api=${createHttpApi({ baseUrl: '/api/v1' })}
  ></suite-module-toggles>
`;

const meta: Meta<ModuleTogglesArgs> = {
  title: 'Branding/Module toggles',
  component: 'suite-module-toggles',
  args: { lang: 'en', level: 'client', who: 'client' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    level: { control: 'inline-radio', options: ['partner', 'client'] },
    who: { control: 'inline-radio', options: ['partner', 'client', 'agencies'] },
  },
  render: toggles,
  parameters: { msw: { handlers: backend() } },
};

export default meta;
type Story = StoryObj<ModuleTogglesArgs>;

/** A client's super administrator: two switches set for this client, the rest inherited from the partner or the default. */
export const ClientLevel: Story = {};

/** Switching an inherited module off sets it for this client; Space switches another on. Each change is saved at once. */
export const SwitchModules: Story = {
  // Its own backend: what it saves stays saved for the rest of the page's life.
  parameters: { msw: { handlers: backend() } },
  play: async ({ canvasElement, step }) => {
    const offers = await findByShadowRole(canvasElement, 'switch', { name: 'Highlight mobile offers' });
    const status = await findByShadowRole(canvasElement, 'status');

    await step('an inherited module switched off is set for this client', async () => {
      await expect(offers).toBeChecked();
      await expect(offers).toHaveAccessibleDescription(/Inherited from the partner$/);
      await userEvent.click(offers);
      await waitFor(() => expect(status).toHaveTextContent('Saved'));
      await expect(offers).not.toBeChecked();
      await expect(offers).toHaveAccessibleDescription(/Set for this client$/);
    });

    await step('Space on a focused switch turns it on', async () => {
      const voicemail = await findByShadowRole(canvasElement, 'switch', { name: 'Voicemail' });
      await expect(voicemail).not.toBeChecked();
      voicemail.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(voicemail).toBeChecked());
      await waitFor(() => expect(status).toHaveTextContent('Saved'));
    });
  },
};

/** The partner admin at partner level: what every client inherits. */
export const PartnerLevel: Story = { args: { level: 'partner', who: 'partner' } };

/** Another admin saves first: the next switch meets a 412 and the admin chooses between the two versions. */
export const SomeoneSavedFirst: Story = {
  parameters: {
    msw: { handlers: backend({ concurrentEdit: { target: { level: 'client', clientId: CLIENT_ID }, settings: { documents: true, voicemail: true, contacts: false } } }) },
  },
};

/** An admin scoped to agencies sees the client's switches but cannot change them. */
export const ReadOnly: Story = {
  args: { who: 'agencies' },
  play: async ({ canvasElement }) => {
    const documents = await findByShadowRole(canvasElement, 'switch', { name: 'Documents' });
    await expect(documents).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(documents);
    // After the render a change would have caused.
    await canvasElement.querySelector<SuiteModuleToggles>('suite-module-toggles')!.updateComplete;
    await expect(documents).toBeChecked();
  },
};

export const French: Story = { args: { lang: 'fr' } };

/**
 * A partner admin picks a client, switches its modules, and sees that
 * client's dashboard follow (the page reloads it on `suite-modules-saved`).
 */
export const WithClientPickerAndDashboard: Story = {
  args: { who: 'partner' },
  render: ({ lang }) => {
    const api = createHttpApi({ baseUrl: '/api/v1' });
    const choose = (event: SuiteClientSelectEvent) => {
      const page = (event.currentTarget as HTMLElement).parentElement!;
      const clientId = event.client.id;
      page.querySelector<SuiteModuleToggles>('suite-module-toggles')!.clientId = clientId;
      page.querySelector<SuiteSelfcareDashboard>('suite-selfcare-dashboard')!.clientId = clientId;
    };
    const refresh = (event: Event) => void (event.currentTarget as HTMLElement).parentElement!.querySelector<SuiteSelfcareDashboard>('suite-selfcare-dashboard')!.reload();
    return html`
      <div style="display: grid; gap: 1.5rem; grid-template-columns: minmax(18rem, 1fr) minmax(22rem, 2fr)">
        <suite-client-picker lang=${lang} .api=${api} @suite-client-select=${choose}></suite-client-picker>
        <suite-module-toggles lang=${lang} level="client" client-id=${CLIENT_ID} .admin=${brandingAdmin('partner')} .api=${api} @suite-modules-saved=${refresh}></suite-module-toggles>
        <suite-selfcare-dashboard lang=${lang} client-id=${CLIENT_ID} .api=${api} style="grid-column: 1 / -1"></suite-selfcare-dashboard>
      </div>
    `;
  },
};

export const InEveryTheme: Story = inEveryTheme(toggles);
