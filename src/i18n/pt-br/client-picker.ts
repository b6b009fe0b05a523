import type { clientPickerEn } from '../client-picker.js';
import type { CatalogueOf } from '../index.js';

export const clientPickerPtBr = {
  'clientPicker.search': 'Pesquisar clientes',
  'clientPicker.list': 'Clientes',
  'clientPicker.loading': 'Carregando os clientes…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { one: '# cliente', other: '# clientes' }),
  'clientPicker.matches': ({ count, query }, t) =>
    t.plural(count, { one: `# cliente corresponde a “${query}”`, other: `# clientes correspondem a “${query}”` }),
  'clientPicker.noMatch': ({ query }) => `Nenhum cliente corresponde a “${query}”.`,
  'clientPicker.none': 'Ainda não há nenhum cliente.',
  'clientPicker.page': ({ page, pages }) => `Página ${page} de ${pages}`,
  'clientPicker.previous': 'Página anterior',
  'clientPicker.next': 'Próxima página',
  'clientPicker.ownBranding': 'Identidade visual própria',
  'clientPicker.inherits': 'Identidade visual do parceiro',
  'clientPicker.users': ({ count }, t) => t.plural(count, { one: '# usuário', other: '# usuários' }),
  'clientPicker.failed': 'Não foi possível carregar os clientes.',
  'clientPicker.help':
    'Use as setas para percorrer os clientes, Enter para escolher um e Page Up e Page Down para mudar de página.',
} satisfies CatalogueOf<typeof clientPickerEn>;
