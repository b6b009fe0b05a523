import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesDe = {
  'module.dashboard': 'Dashboard',
  'module.my_phones': 'Meine Telefone',
  'module.documents': 'Dokumente',
  'module.call_management': 'Anrufverwaltung',
  'module.call_logs': 'Anrufliste',
  'module.voicemail': 'Mailbox',
  'module.contacts': 'Kontakte',
  'module.unified_communications': 'Unified Communications',
  'module.highlight_mobile_offers': 'Mobilfunkangebote hervorheben',
} satisfies CatalogueOf<typeof modulesEn>;
