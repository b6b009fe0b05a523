import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { findAllByShadowRole, findByShadowRole } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createHttpApi } from '../src/api/http/http-api.js';
import '../src/components/user-panel/user-picker.js';
import type { SuiteUserPicker } from '../src/components/user-panel/user-picker.component.js';
import { UserDirectory } from '../test/fixtures/user-directory.js';
import { backend } from './support/user-backend.js';
import { inEveryTheme } from './support/themes.js';

/*
 * The searchable user combobox the user panel (a contact's owner) and the
 * audit log (the user concerned) use, on the story directory behind msw.
 */

interface UserPickerArgs {
  lang: string;
  label: string;
  hint: string;
  error: string;
  required: boolean;
}

const picker = ({ lang, label, hint, error, required }: UserPickerArgs) => html`
  <suite-user-picker
    client-id="c1"
    lang=${lang}
    label=${label}
    hint=${hint}
    error=${error}
    ?required=${required}
    .api=${createHttpApi({ baseUrl: '/api/v1' })}
  ></suite-user-picker>
`;

const meta: Meta<UserPickerArgs> = {
  title: 'Users/User picker',
  component: 'suite-user-picker',
  args: { lang: 'en', label: 'Owner', hint: 'Type a name, then pick the user in the list.', error: '', required: false },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr'] } },
  render: picker,
  parameters: { msw: { handlers: backend(new UserDirectory(240)) } },
};

export default meta;
type Story = StoryObj<UserPickerArgs>;

export const Default: Story = {};

/** Type part of a name, pick a match from the list: the field names the user and `change` says who. */
export const SearchAndPick: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SuiteUserPicker>('suite-user-picker')!;
    const picked: (string | undefined)[] = [];
    el.addEventListener('change', () => picked.push(el.selected?.id));
    const input = await findByShadowRole<HTMLInputElement>(canvasElement, 'combobox', { name: 'Owner' });
    await userEvent.type(input, 'martin00012');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    const options = await findAllByShadowRole(canvasElement, 'option');
    for (const option of options) await expect(option).toHaveTextContent(/Martin00012\d/);
    await userEvent.click(options[0]!);
    await expect(picked).toEqual(['u-120']);
    await expect(input).toHaveValue('Jeanne Martin000120 (martin000120.user)');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  },
};

export const WithError: Story = { args: { error: 'Pick a user in the list, or clear the field.', required: true } };

export const InEveryTheme: Story = inEveryTheme(picker);
