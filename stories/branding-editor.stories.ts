import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { findByShadowRole, findByShadowText } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import type { BrandingLevel, BrandingSettings } from '../src/api/schemas/branding.js';
import '../src/components/branding-editor/branding-editor.js';
import { draftKey } from '../src/components/branding-editor/branding-draft.js';
import { brandingAdmin, brandingBackend, CLIENTS } from './support/branding-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The branding editor on a mock backend (msw): uploads are checked by their
 * bytes, saves need If-Match, and one story meets a 412. Drafts live in this
 * browser's localStorage, so each story starts from a clean one.
 */

const CLIENT_ID = CLIENTS[0]!.id;

interface BrandingEditorArgs {
  lang: string;
  level: BrandingLevel;
  who: 'partner' | 'client' | 'agencies';
  clientId: string | undefined;
}

const clearDrafts = async () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('suite-kit:branding-draft:')) localStorage.removeItem(key);
  return {};
};

const meta: Meta<BrandingEditorArgs> = {
  title: 'Branding/Branding editor',
  component: 'suite-branding-editor',
  args: { lang: 'en', level: 'client', who: 'client', clientId: CLIENT_ID },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    level: { control: 'inline-radio', options: ['partner', 'client'] },
    who: { control: 'inline-radio', options: ['partner', 'client', 'agencies'] },
  },
  loaders: [clearDrafts],
  render: ({ lang, level, who, clientId }) => html`<suite-branding-editor
    lang=${lang}
    level=${level}
    client-id=${clientId ?? nothing}
    .admin=${brandingAdmin(who, CLIENT_ID)}
    .api=${createHttpApi({ baseUrl: '/api/v1' })}
  ></suite-branding-editor>`,
  parameters: {
    msw: { handlers: brandingBackend({ partner: { primaryColor: '#0F766E', messageText: 'Welcome to your Nordlys space.' } }) },
  },
};

export default meta;
type Story = StoryObj<BrandingEditorArgs>;

/** A client's super administrator: every field inherited from the partner until changed here. */
export const ClientAdmin: Story = {};

/** A pale primary colour under white text: the contrast panel says which pair fails, by how much, before anything is saved. */
export const ContrastWarning: Story = {
  parameters: {
    // The live preview shows the unreadable colours on purpose: that is the warning's point. The editor itself is checked.
    a11y: { context: { include: ['body'], exclude: [{ fromShadowDom: ['suite-branding-editor', 'suite-selfcare-dashboard'] }] } },
  },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('suite-branding-editor')!;
    const summary = await findByShadowText(canvasElement, /^(Every contrast passes|Some text or controls will be hard to read)\.$/);
    await waitFor(() => expect(editor.shadowRoot!.querySelector('#primary-hex')).not.toBeNull());
    const hex = editor.shadowRoot!.querySelector<HTMLInputElement>('#primary-hex')!;
    await userEvent.type(hex, '#FFE066', { initialSelectionStart: 0, initialSelectionEnd: hex.value.length });
    await waitFor(() => expect(summary).toHaveTextContent('Some text or controls will be hard to read.'));
    await expect(summary).toHaveClass('warning');
    const failing = [...editor.shadowRoot!.querySelectorAll('[part~="contrast"] li')].filter((line) => /Too low/.test(line.textContent ?? ''));
    await expect(failing.map((line) => line.textContent?.replace(/\s+/g, ' ').trim())).toContainEqual(expect.stringMatching(/^Too low Text on the primary colour: [\d.]+:1 \(needs 4\.5:1\)$/));
  },
};

/** A partner admin at partner level: what every client inherits. */
export const PartnerLevel: Story = {
  args: { who: 'partner', level: 'partner', clientId: undefined },
};

/** A partner admin picks the client to personalise from a searchable, paginated list. */
export const PartnerPicksAClient: Story = {
  args: { who: 'partner', level: 'client', clientId: undefined },
};

const TOO_DIFFERENT: BrandingSettings = { primaryColor: '#FF0000', textColor: '#000000', gradient: { from: '#FF0000', to: '#00C800', angle: 90 } };

/** Black text passes on both ends of #FF0000 -> #00C800 but not around 36 %: the warning and a one-click fix. */
export const GradientTooDifferent: Story = {
  parameters: { msw: { handlers: brandingBackend({ clients: { [CLIENT_ID]: TOO_DIFFERENT } }) } },
  play: async ({ canvasElement }) => {
    const summary = await findByShadowText(canvasElement, 'The two colours of the gradient are too different to display text well.');
    await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: /^Apply: gradient #FF3333 → #00C800/ }));
    await waitFor(() => expect(summary).toHaveTextContent('Every contrast passes.'));
  },
};

/** Olivia saves the primary colour and the message just before you do: choose, field by field. */
export const SomeoneSavedMeanwhile: Story = {
  parameters: {
    msw: {
      handlers: brandingBackend({
        clients: { [CLIENT_ID]: { primaryColor: '#1F5BD8', messageText: 'Spring offers are here.' } },
        concurrentEdit: { clientId: CLIENT_ID, settings: { primaryColor: '#6D28D9', messageText: 'Summer offers are here.' } },
      }),
    },
  },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('suite-branding-editor')!;
    await waitFor(() => expect(editor.shadowRoot!.querySelector('#primary-hex')).not.toBeNull());
    const hex = editor.shadowRoot!.querySelector<HTMLInputElement>('#primary-hex')!;
    await userEvent.type(hex, '#B91C1C', { initialSelectionStart: 0, initialSelectionEnd: hex.value.length });
    await userEvent.click(await findByShadowRole(canvasElement, 'button', { name: 'Save' }));
    await findByShadowText(canvasElement, 'Someone else saved this branding meanwhile');
  },
};

/** Unsaved changes from an earlier visit come back from localStorage. */
export const RestoredDraft: Story = {
  loaders: [
    clearDrafts,
    async () => {
      const settings: BrandingSettings = { messageText: 'Half-written before the tab closed 👋🏽', primaryColor: '#15803D' };
      localStorage.setItem(draftKey('client', CLIENT_ID), JSON.stringify({ etag: `"b-client-${CLIENT_ID}-v0"`, base: {}, settings }));
      return {};
    },
  ],
};

/** An admin scoped to agencies sees the branding but cannot change it. */
export const ReadOnly: Story = {
  args: { who: 'agencies' },
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
