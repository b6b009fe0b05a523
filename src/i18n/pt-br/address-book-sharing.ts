import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingPtBr = {
  'addressBookSharing.heading': 'Grupos do catálogo de endereços',
  'addressBookSharing.loading': 'Carregando os grupos do catálogo de endereços…',
  'addressBookSharing.empty': 'Este cliente ainda não tem grupos no catálogo de endereços.',
  'addressBookSharing.readOnly': 'Você pode ver estes compartilhamentos, mas não alterá-los.',
  'addressBookSharing.column.select': 'Seleção',
  'addressBookSharing.column.group': 'Grupo',
  'addressBookSharing.column.contacts': 'Contatos',
  'addressBookSharing.column.access': ({ name }) => `Acesso de ${name}`,
  'addressBookSharing.column.sharedWith': 'Compartilhado com',
  'addressBookSharing.selectAll': 'Selecionar todos os grupos',
  'addressBookSharing.selectGroup': ({ group }) => `Selecionar ${group}`,
  'addressBookSharing.permission.read': 'Leitura',
  'addressBookSharing.permission.write': 'Leitura e escrita',
  'addressBookSharing.notShared': 'Não compartilhado',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# usuário', other: '# usuários' }),
  'addressBookSharing.recipients': 'Compartilhar com',
  'addressBookSharing.noRecipients': 'Ninguém ainda: adicione pelo menos uma pessoa.',
  'addressBookSharing.removeRecipient': ({ name }) => `Remover ${name}`,
  'addressBookSharing.picker.label': 'Adicionar pessoas',
  'addressBookSharing.picker.hint': 'Digite um nome, e-mail ou login e escolha com as setas e Enter.',
  'addressBookSharing.picker.results': 'Usuários correspondentes',
  'addressBookSharing.picker.searching': 'Pesquisando…',
  'addressBookSharing.picker.none': 'Nenhum usuário corresponde.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: '# usuário exibido', other: '# usuários exibidos' })} de ${t.number(total)}: digite mais para refinar a lista.`
      : t.plural(count, { one: '# usuário encontrado.', other: '# usuários encontrados.' }),
  'addressBookSharing.picker.failed': 'A pesquisa falhou. Digite novamente para tentar de novo.',
  'addressBookSharing.permission': 'Permissão',
  'addressBookSharing.share': 'Compartilhar',
  'addressBookSharing.unshare': 'Deixar de compartilhar',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# grupo', other: '# grupos' })} × ${t.plural(users, { one: '# pessoa', other: '# pessoas' })}`,
  'addressBookSharing.needSelection': 'Selecione pelo menos um grupo e uma pessoa.',
  'addressBookSharing.progress.share': 'Compartilhando',
  'addressBookSharing.progress.unshare': 'Removendo o compartilhamento',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} de ${t.number(total)} concluídos`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Concluído: # alteração salva.', other: 'Concluído: # alterações salvas.' })
      : `${t.plural(succeeded, { one: '# alteração salva', other: '# alterações salvas' })}, ${t.plural(failed, { one: '# com falha', other: '# com falha' })}.`,
  'addressBookSharing.failures': 'Alterações com falha',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Repetir as que falharam',
  'addressBookSharing.error.unknownUser': 'este usuário não existe ou está fora do seu alcance.',
  'addressBookSharing.error.contact': 'um contato não pode receber um grupo compartilhado.',
  'addressBookSharing.error.groupGone': 'este grupo não existe mais.',
  'addressBookSharing.error.forbidden': 'você não tem permissão para alterar este compartilhamento.',
  'addressBookSharing.error.item': 'o servidor recusou esta alteração.',
  'addressBookSharing.error.load': 'Não foi possível carregar os grupos do catálogo de endereços.',
  'addressBookSharing.error.notFound': 'Este usuário não existe mais ou está fora do seu alcance.',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
