import type { clientPickerEn } from '../client-picker.js';
import type { CatalogueOf } from '../index.js';

export const clientPickerDe = {
  'clientPicker.search': 'Kunden suchen',
  'clientPicker.list': 'Kunden',
  'clientPicker.loading': 'Kunden werden geladen…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# Kunde', other: '# Kunden' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# Kunde passt zu „${query}“`, other: `# Kunden passen zu „${query}“` }),
  'clientPicker.noMatch': ({ query }) => `Kein Kunde passt zu „${query}“.`,
  'clientPicker.none': 'Es gibt noch keinen Kunden.',
  'clientPicker.page': ({ page, pages }) => `Seite ${page} von ${pages}`,
  'clientPicker.previous': 'Vorherige Seite',
  'clientPicker.next': 'Nächste Seite',
  'clientPicker.ownBranding': 'Eigenes Branding',
  'clientPicker.inherits': 'Branding des Partners',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# Benutzer', other: '# Benutzer' }),
  'clientPicker.failed': 'Die Kunden konnten nicht geladen werden.',
  'clientPicker.help':
    'Mit den Pfeiltasten bewegen Sie sich durch die Kunden, mit der Eingabetaste wählen Sie einen aus, mit Bild auf und Bild ab wechseln Sie die Seite.',
} satisfies CatalogueOf<typeof clientPickerEn>;
