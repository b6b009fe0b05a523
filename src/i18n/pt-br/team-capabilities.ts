import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesPtBr = {
  'teamCapabilities.heading': 'Recursos da equipe',
  'teamCapabilities.loading': 'Carregando os recursos da equipe…',
  'teamCapabilities.on': 'Ativado',
  'teamCapabilities.off': 'Desativado',
  'teamCapabilities.remoteManagement': 'Gerenciamento remoto',
  'teamCapabilities.remoteManagement.description': 'Pode gerenciar remotamente os aparelhos da equipe.',
  'teamCapabilities.supportManagement': 'Gerenciamento de suporte',
  'teamCapabilities.supportManagement.description':
    'Torna o usuário um operador que atende solicitações de suporte. O número de operadores é limitado pelo pool de operadores.',
  'teamCapabilities.counter.label': 'Equipe',
  'teamCapabilities.counter.users': 'Usuários',
  'teamCapabilities.counter.operators': 'Operadores',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} de ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'sem limite (nenhum pool de operadores)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `Não é possível ativar o suporte: o pool de operadores “${pool}” está cheio (${t.number(used)} de ${t.number(total)} vagas em uso). Libere antes uma vaga de operador ou compre mais licenças.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `Não é possível ativar o suporte: o pool de operadores “${pool}” está ${t.number(count)} acima do limite. Libere antes vagas de operador ou compre mais licenças.`,
  'teamCapabilities.readOnly': 'Você pode ver estes recursos, mas não alterá-los.',
  'teamCapabilities.saving': 'Salvando…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}: ativado.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}: desativado.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `O suporte não foi ativado: o pool de operadores “${pool}” não tem vaga restante. Libere uma vaga de operador ou compre mais licenças.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'O suporte não foi ativado: o pool de operadores não tem vaga restante. Libere uma vaga de operador ou compre mais licenças.',
  'teamCapabilities.error.forbidden':
    'Você não tem permissão para alterar os recursos deste usuário (o usuário pode estar protegido contra alterações).',
  'teamCapabilities.error.save': 'Não foi possível salvar a alteração; nada foi modificado.',
  'teamCapabilities.error.load': 'Não foi possível carregar os recursos da equipe.',
  'teamCapabilities.error.notFound': 'Este usuário não existe mais ou está fora do seu alcance.',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
