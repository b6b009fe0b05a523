import type { CatalogueOf } from '../index.js';
import type { clientPickerEn } from '../client-picker.js';

export const clientPickerEs = {
  'clientPicker.search': 'Buscar clientes',
  'clientPicker.list': 'Clientes',
  'clientPicker.loading': 'Cargando los clientes…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# cliente', other: '# clientes' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# cliente coincide con «${query}»`, other: `# clientes coinciden con «${query}»` }),
  'clientPicker.noMatch': ({ query }) => `Ningún cliente coincide con «${query}».`,
  'clientPicker.none': 'Todavía no hay ningún cliente.',
  'clientPicker.page': ({ page, pages }) => `Página ${page} de ${pages}`,
  'clientPicker.previous': 'Página anterior',
  'clientPicker.next': 'Página siguiente',
  'clientPicker.ownBranding': 'Personalización propia',
  'clientPicker.inherits': 'Personalización del partner',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# usuario', other: '# usuarios' }),
  'clientPicker.failed': 'No se han podido cargar los clientes.',
  'clientPicker.help':
    'Use las flechas para recorrer los clientes, Intro para elegir uno y Re Pág y Av Pág para cambiar de página.',
} satisfies CatalogueOf<typeof clientPickerEn>;
