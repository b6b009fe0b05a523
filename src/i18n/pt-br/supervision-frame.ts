import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFramePtBr = {
  'supervisionFrame.banner': ({ name }) => `Você está supervisionando o autoatendimento de ${name}`,
  'supervisionFrame.bannerUnnamed': 'Você está supervisionando o autoatendimento de um usuário',
  'supervisionFrame.timeLeft': 'Tempo restante',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, { one: 'Resta # minuto na sessão de supervisão.', other: 'Restam # minutos na sessão de supervisão.' }),
  'supervisionFrame.exit': 'Sair',
  'supervisionFrame.exitLabel': ({ name }) => `Sair da supervisão de ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Sair da supervisão',
  'supervisionFrame.exiting': 'Encerrando a supervisão…',
  'supervisionFrame.endFailed': 'Não foi possível encerrar a supervisão: ela continua em andamento.',
  'supervisionFrame.closed': 'A supervisão terminou.',
  'supervisionFrame.expired': ({ minutes }) => `A sessão de supervisão terminou: o limite é de ${minutes} minutos.`,
  'supervisionFrame.revoked':
    'A sessão de supervisão não funciona mais: foi encerrada em outro lugar, ou a conta não pode mais ser supervisionada.',
  'supervisionFrame.close': 'Fechar',
  'supervisionFrame.notConfigured': 'A supervisão não pode abrir: a sessão não tem token ou o quadro não tem base-url.',
  'supervisionFrame.loadingUser': 'Carregando o usuário…',
  'supervisionFrame.loadUserFailed': 'Não foi possível carregar o usuário.',
  'supervisionFrame.account': 'Conta',
  'supervisionFrame.field.name': 'Nome',
  'supervisionFrame.field.email': 'E-mail',
  'supervisionFrame.field.mobile': 'Celular',
  'supervisionFrame.field.mailLanguage': 'Idioma dos e-mails',
  'supervisionFrame.none': 'Nenhum',
  'supervisionFrame.saveMailLanguage': 'Salvar o idioma dos e-mails',
  'supervisionFrame.saving': 'Salvando…',
  'supervisionFrame.saved': 'O idioma dos e-mails foi salvo.',
  'supervisionFrame.saveFailed': 'Não foi possível salvar o idioma dos e-mails.',
  'supervisionFrame.refusedByServer':
    'Não permitido durante a supervisão: o servidor recusou esta alteração. Somente o usuário pode fazê-la.',
  'supervisionFrame.action.password': 'Alterar a senha',
  'supervisionFrame.action.email': 'Alterar o e-mail',
  'supervisionFrame.action.two_factor': 'Autenticação de dois fatores',
  'supervisionFrame.action.delete': 'Excluir a conta',
  'supervisionFrame.blocked.password': 'Não permitido durante a supervisão: somente o usuário altera a própria senha.',
  'supervisionFrame.blocked.email': 'Não permitido durante a supervisão: somente o usuário altera o e-mail de login.',
  'supervisionFrame.blocked.two_factor': 'Não permitido durante a supervisão: somente o usuário altera a proteção da própria conta.',
  'supervisionFrame.blocked.delete': 'Não permitido durante a supervisão: a conta não pode ser excluída de dentro de uma supervisão.',
  'supervisionFrame.frameTitle': ({ name }) => `Autoatendimento de ${name}`,
  'supervisionFrame.frameTitleUnnamed': 'Autoatendimento do usuário',
  'supervisionFrame.refused.invalid_url': 'O autoatendimento não pode abrir: o endereço (src) não é uma URL válida.',
  'supervisionFrame.refused.insecure':
    'O autoatendimento não pode abrir: o endereço deve usar https, senão o token de supervisão poderia ser lido no caminho.',
  'supervisionFrame.refused.same_origin':
    'O autoatendimento não pode abrir: ele está na mesma origem desta página, então poderia ler o token de supervisão e agir além dele. Sirva-o a partir de uma origem própria.',
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `O autoatendimento não pode ser aberto: a Content-Security-Policy deste portal não permite ${origin} em frame-src. Peça aos administradores do portal que o adicionem.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
