import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesEs = {
  'module.dashboard': 'Panel',
  'module.my_phones': 'Mis teléfonos',
  'module.documents': 'Documentos',
  'module.call_management': 'Gestión de llamadas',
  'module.call_logs': 'Historial de llamadas',
  'module.voicemail': 'Buzón de voz',
  'module.contacts': 'Contactos',
  'module.unified_communications': 'Comunicaciones unificadas',
  'module.highlight_mobile_offers': 'Destacar las ofertas móviles',
} satisfies CatalogueOf<typeof modulesEn>;
