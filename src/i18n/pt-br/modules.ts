import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesPtBr = {
  'module.dashboard': 'Painel',
  'module.my_phones': 'Meus telefones',
  'module.documents': 'Documentos',
  'module.call_management': 'Gerenciamento de chamadas',
  'module.call_logs': 'Histórico de chamadas',
  'module.voicemail': 'Correio de voz',
  'module.contacts': 'Contatos',
  'module.unified_communications': 'Comunicações unificadas',
  'module.highlight_mobile_offers': 'Destacar ofertas móveis',
} satisfies CatalogueOf<typeof modulesEn>;
