import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminPtBr = {
  'userAdmin.title': 'Usuários',
  'userAdmin.loading': 'Carregando a administração…',
  'userAdmin.notConfigured': 'Defina base-url e um token (ou um objeto api) e client-id para exibir os usuários.',
  'userAdmin.inviteAll': 'Convidar todos os usuários',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'Convidar o # usuário selecionado', other: 'Convidar os # usuários selecionados' }),
  'userAdmin.panelTitle': 'Detalhes do usuário',
  'userAdmin.closePanel': 'Fechar os detalhes do usuário',
  'userAdmin.signedInAs': ({ name }) => `Conectado como ${name}`,
  'userAdmin.noAccess': 'Sua conta não pode ver os usuários deste cliente.',
  'error.loadAdmin': 'Não foi possível carregar sua conta de administrador.',

  'userAdmin.export.open': 'Exportar',
  'userAdmin.import.open': 'Importar usuários',
  'userAdmin.import.close': 'Fechar a importação',
  'userAdmin.import.loading': 'Carregando a importação…',
  'userAdmin.import.loadFailed': 'Não foi possível carregar a importação.',
  'userAdmin.supervision.exit': ({ name }) => `A supervisão do autoatendimento de ${name} terminou.`,
  'userAdmin.supervision.expired': ({ name }) => `A supervisão do autoatendimento de ${name} terminou: os 30 minutos se esgotaram.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `A supervisão do autoatendimento de ${name} terminou: o servidor fechou a sessão (encerrada em outro lugar, ou a conta mudou).`,
} satisfies CatalogueOf<typeof userAdminEn>;
