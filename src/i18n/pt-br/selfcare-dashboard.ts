import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardPtBr = {
  'selfcareDashboard.title': 'Minha conta',
  'selfcareDashboard.logo': 'Logotipo da empresa',
  'selfcareDashboard.logoOf': ({ name }) => `Logotipo de ${name}`,
  'selfcareDashboard.message': 'Mensagem',
  'selfcareDashboard.messageLink': 'Saiba mais',
  'selfcareDashboard.newTab': '(abre em uma nova aba)',
  'selfcareDashboard.modules': 'Serviços',
  'selfcareDashboard.noModules': 'Nenhum serviço disponível ainda.',
  'selfcareDashboard.loading': 'Carregando o seu painel…',
  'selfcareDashboard.mobileOffer': 'Novo: planos móveis para toda a sua equipe.',
  'selfcareDashboard.about.dashboard': 'Sua conta em um relance.',
  'selfcareDashboard.about.my_phones': 'Suas linhas, aparelhos e opções.',
  'selfcareDashboard.about.my_phones.mobile': 'Adicione uma linha móvel ao seu plano.',
  'selfcareDashboard.about.documents': 'Faturas, contratos e arquivos compartilhados.',
  'selfcareDashboard.about.call_management': 'Desvios, horário de funcionamento e regras de chamada.',
  'selfcareDashboard.about.call_logs': 'Chamadas feitas, recebidas e perdidas.',
  'selfcareDashboard.about.voicemail': 'Ouça suas mensagens e grave sua saudação.',
  'selfcareDashboard.about.contacts': 'O catálogo de endereços da sua empresa.',
  'selfcareDashboard.about.unified_communications': 'Chat, presença e reuniões em um só lugar.',
  'error.loadDashboard': 'Não foi possível carregar o painel.',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
