import type { CatalogueOf } from '../index.js';
import type { clientPickerEn } from '../client-picker.js';

export const clientPickerIt = {
  'clientPicker.search': 'Cerca clienti',
  'clientPicker.list': 'Clienti',
  'clientPicker.loading': 'Caricamento dei clienti…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# cliente', other: '# clienti' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# cliente corrisponde a “${query}”`, other: `# clienti corrispondono a “${query}”` }),
  'clientPicker.noMatch': ({ query }) => `Nessun cliente corrisponde a “${query}”.`,
  'clientPicker.none': 'Non c’è ancora nessun cliente.',
  'clientPicker.page': ({ page, pages }) => `Pagina ${page} di ${pages}`,
  'clientPicker.previous': 'Pagina precedente',
  'clientPicker.next': 'Pagina successiva',
  'clientPicker.ownBranding': 'Personalizzazione propria',
  'clientPicker.inherits': 'Personalizzazione del partner',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# utente', other: '# utenti' }),
  'clientPicker.failed': 'Impossibile caricare i clienti.',
  'clientPicker.help':
    'Usare i tasti freccia per scorrere i clienti, Invio per sceglierne uno, Pag su e Pag giù per cambiare pagina.',
} satisfies CatalogueOf<typeof clientPickerEn>;
