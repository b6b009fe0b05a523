import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesNl = {
  'module.dashboard': 'Dashboard',
  'module.my_phones': 'Mijn telefoons',
  'module.documents': 'Documenten',
  'module.call_management': 'Gespreksbeheer',
  'module.call_logs': 'Gesprekslijst',
  'module.voicemail': 'Voicemail',
  'module.contacts': 'Contacten',
  'module.unified_communications': 'Unified communications',
  'module.highlight_mobile_offers': 'Mobiele aanbiedingen uitlichten',
} satisfies CatalogueOf<typeof modulesEn>;
