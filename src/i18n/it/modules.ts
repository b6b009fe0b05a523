import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesIt = {
  'module.dashboard': 'Pannello di controllo',
  'module.my_phones': 'I miei telefoni',
  'module.documents': 'Documenti',
  'module.call_management': 'Gestione chiamate',
  'module.call_logs': 'Registro chiamate',
  'module.voicemail': 'Segreteria telefonica',
  'module.contacts': 'Contatti',
  'module.unified_communications': 'Comunicazioni unificate',
  'module.highlight_mobile_offers': 'Offerte mobile in evidenza',
} satisfies CatalogueOf<typeof modulesEn>;
