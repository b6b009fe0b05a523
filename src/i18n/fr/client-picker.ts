import type { clientPickerEn } from '../client-picker.js';
import type { CatalogueOf } from '../index.js';

export const clientPickerFr = {
  'clientPicker.search': 'Rechercher un client',
  'clientPicker.list': 'Clients',
  'clientPicker.loading': 'Chargement des clients…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# client', other: '# clients' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# client correspond à «\u00a0${query}\u00a0»`, other: `# clients correspondent à «\u00a0${query}\u00a0»` }),
  'clientPicker.noMatch': ({ query }) => `Aucun client ne correspond à «\u00a0${query}\u00a0».`,
  'clientPicker.none': 'Aucun client pour l’instant.',
  'clientPicker.page': ({ page, pages }) => `Page ${page} sur ${pages}`,
  'clientPicker.previous': 'Page précédente',
  'clientPicker.next': 'Page suivante',
  'clientPicker.ownBranding': 'Personnalisation propre',
  'clientPicker.inherits': 'Personnalisation du partenaire',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# utilisateur', other: '# utilisateurs' }),
  'clientPicker.failed': 'Impossible de charger les clients.',
  'clientPicker.help':
    'Les flèches parcourent les clients, Entrée en choisit un, Page précédente et Page suivante changent de page.',
} satisfies CatalogueOf<typeof clientPickerEn>;
