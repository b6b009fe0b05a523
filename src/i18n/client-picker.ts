import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const clientPickerEn = {
  'clientPicker.search': 'Search clients',
  'clientPicker.list': 'Clients',
  'clientPicker.loading': 'Loading clients…',
  'clientPicker.count': ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# client', other: '# clients' }),
  'clientPicker.matches': ({ count, query }: { count: number; query: string }, t: MessageTools) =>
    t.plural(count, { one: `# client matches “${query}”`, other: `# clients match “${query}”` }),
  'clientPicker.noMatch': ({ query }: { query: string }) => `No client matches “${query}”.`,
  'clientPicker.none': 'There is no client yet.',
  'clientPicker.page': ({ page, pages }: { page: number; pages: number }) => `Page ${page} of ${pages}`,
  'clientPicker.previous': 'Previous page',
  'clientPicker.next': 'Next page',
  'clientPicker.ownBranding': 'Own branding',
  'clientPicker.inherits': 'Partner branding',
  'clientPicker.users': ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# user', other: '# users' }),
  'clientPicker.failed': 'The clients could not be loaded.',
  'clientPicker.help': 'Use the arrow keys to move through the clients, Enter to pick one, Page Up and Page Down to change page.',
} as const;

export const clientPickerMessages = mergeMessages(
  defineMessages('clientPicker', clientPickerEn),
  commonMessages,
);
