import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpApi } from '../src/api/http/http-api.js';
import '../src/components/client-picker/client-picker.js';
import { brandingBackend } from './support/branding-backend.js';
import { inEveryTheme } from './support/themes.js';

interface ClientPickerArgs {
  lang: string;
  pageSize: number;
}

const meta: Meta<ClientPickerArgs> = {
  title: 'Branding/Client picker',
  component: 'suite-client-picker',
  args: { lang: 'en', pageSize: 8 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr'] },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
  },
  render: ({ lang, pageSize }) => html`<suite-client-picker
    lang=${lang}
    page-size=${pageSize}
    .api=${createHttpApi({ baseUrl: '/api/v1' })}
  ></suite-client-picker>`,
  parameters: { msw: { handlers: brandingBackend() } },
};

export default meta;
type Story = StoryObj<ClientPickerArgs>;

/** Thirty clients, eight a page: type to search, arrows to move, Enter to pick, Page Up/Down to turn. */
export const Default: Story = {};

/** A slow backend: each keystroke cancels the search before it. */
export const SlowBackend: Story = {
  parameters: { msw: { handlers: brandingBackend({ latencyMs: 1500 }) } },
};

export const Unavailable: Story = {
  parameters: { msw: { handlers: brandingBackend({ failClients: true }) } },
};

export const French: Story = {
  args: { lang: 'fr' },
};

export const InEveryTheme: Story = inEveryTheme(meta.render!);
