import type { clientPickerEn } from '../client-picker.js';
import type { CatalogueOf } from '../index.js';

export const clientPickerNl = {
  'clientPicker.search': 'Klanten zoeken',
  'clientPicker.list': 'Klanten',
  'clientPicker.loading': 'Klanten laden…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# klant', other: '# klanten' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# klant komt overeen met “${query}”`, other: `# klanten komen overeen met “${query}”` }),
  'clientPicker.noMatch': ({ query }) => `Geen klant komt overeen met “${query}”.`,
  'clientPicker.none': 'Er is nog geen klant.',
  'clientPicker.page': ({ page, pages }) => `Pagina ${page} van ${pages}`,
  'clientPicker.previous': 'Vorige pagina',
  'clientPicker.next': 'Volgende pagina',
  'clientPicker.ownBranding': 'Eigen huisstijl',
  'clientPicker.inherits': 'Huisstijl van de partner',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# gebruiker', other: '# gebruikers' }),
  'clientPicker.failed': 'De klanten konden niet worden geladen.',
  'clientPicker.help':
    'Gebruik de pijltjestoetsen om door de klanten te gaan, Enter om er een te kiezen en Page Up en Page Down om van pagina te wisselen.',
} satisfies CatalogueOf<typeof clientPickerEn>;
