import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerPtBr = {
  'bulkInvite.title': 'Convidar os usuários selecionados',
  'bulkInvite.dismiss': 'Fechar o aviso de convites',
  'bulkInvite.loading': 'Contando os convites…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: '# convite será enviado', other: '# convites serão enviados' })}; ${t.plural(withoutEmail, {
      one: '# usuário não tem e-mail e não pode ser convidado',
      other: '# usuários não têm e-mail e não podem ser convidados',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# usuário já está ativo, banido ou encerrado e será ignorado.',
      other: '# usuários já estão ativos, banidos ou encerrados e serão ignorados.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `Vagas insuficientes em ${pool}: ${t.number(needed)} necessárias, ${t.number(remaining)} restantes. Os usuários além da última vaga não serão convidados.`,
  'bulkInvite.noEmail.title': 'Usuários sem e-mail',
  'bulkInvite.noEmail.hint': 'Informe um e-mail para cada um para incluí-lo nos convites.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `Exibindo os primeiros ${t.number(shown)} de ${t.number(total)}.`,
  'bulkInvite.noEmail.label': ({ name }) => `Endereço de e-mail de ${name}`,
  'bulkInvite.noEmail.save': 'Salvar',
  'bulkInvite.noEmail.saveFor': ({ name }) => `Salvar o endereço de e-mail de ${name}`,
  'bulkInvite.noEmail.saving': 'Salvando…',
  'bulkInvite.noEmail.saved': ({ name }) => `E-mail de ${name} salvo. Contando os convites novamente.`,
  'bulkInvite.error.emailRequired': 'Digite um endereço de e-mail.',
  'bulkInvite.error.emailInvalid': 'Digite um endereço de e-mail válido, por exemplo nome@empresa.com.br.',
  'bulkInvite.error.emailTaken': 'Outro usuário deste cliente já tem este endereço.',
  'bulkInvite.error.saveEmail': 'Não foi possível salvar o endereço de e-mail.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: 'Enviar # convite', other: 'Enviar # convites' }),
  'bulkInvite.nothingToSend': 'Nenhum convite a enviar.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: 'Enviando # convite…', other: 'Enviando # convites…' }),
  'bulkInvite.progress': 'Enviando os convites',
  'bulkInvite.retry': 'Tentar novamente',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'Repetir o convite com falha', other: 'Repetir os # convites com falha' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Concluído: ${t.plural(sent, { one: '# enviado', other: '# enviados' })}, ${t.plural(skipped, { one: '# ignorado', other: '# ignorados' })}, ${t.plural(failed, { one: '# com falha', other: '# com falha' })}.`,
  'bulkInvite.results.caption': 'Resultado por usuário',
  'bulkInvite.results.user': 'Usuário',
  'bulkInvite.results.outcome': 'Resultado',
  'bulkInvite.results.reason': 'Motivo',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: 'Mostrar mais #', other: 'Mostrar mais #' }),
  'bulkInvite.outcome.sent': 'Enviado',
  'bulkInvite.outcome.skipped': 'Ignorado',
  'bulkInvite.outcome.failed': 'Com falha',
  'bulkInvite.reason.no_email': 'Sem endereço de e-mail',
  'bulkInvite.reason.seat_limit': 'Nenhuma vaga restante no pool de licenças',
  'bulkInvite.reason.already_active': 'Já ativo',
  'bulkInvite.reason.invalid_status': 'Inativo, banido ou encerrado',
  'bulkInvite.reason.not_found': 'Não encontrado',
  'bulkInvite.reason.rate_limited': 'E-mails demais para este endereço recentemente',
  'bulkInvite.error.unknownOutcome':
    'O servidor não confirmou os convites. Tente novamente: a mesma solicitação é reenviada, nunca um segundo e-mail.',
  'bulkInvite.error.send': 'Não foi possível enviar os convites.',
  'bulkInvite.error.forbidden': 'Você não tem permissão para enviar estes convites.',
  'bulkInvite.error.preview': 'Não foi possível contar os convites.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
