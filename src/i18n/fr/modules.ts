import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesFr = {
  'module.dashboard': 'Tableau de bord',
  'module.my_phones': 'Mes téléphones',
  'module.documents': 'Documents',
  'module.call_management': 'Gestion des appels',
  'module.call_logs': 'Journal des appels',
  'module.voicemail': 'Messagerie vocale',
  'module.contacts': 'Contacts',
  'module.unified_communications': 'Communications unifiées',
  'module.highlight_mobile_offers': 'Mettre en avant les offres mobiles',
} satisfies CatalogueOf<typeof modulesEn>;
