import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportFr = {
  'userExport.title': 'Exporter les utilisateurs',
  'userExport.scope': 'Le fichier contient les utilisateurs qui correspondent à la recherche, aux filtres et au tri du tableau, dans votre périmètre.',
  'userExport.format': 'Format',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'Séparateur CSV',
  'userExport.semicolon': 'Point-virgule (;), comme l’attend Excel en français',
  'userExport.comma': 'Virgule (,)',
  'userExport.start': 'Télécharger',
  'userExport.cancel': 'Annuler l’export',
  'userExport.progress': 'Progression de l’export',
  'userExport.running': 'Export en cours…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} reçus`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} reçus sur ${byteSize(total, t)}`,
  'userExport.saved': ({ fileName }) => `Exporté\u00a0: ${fileName}`,
  'userExport.cancelled': 'Export annulé.',
  'userExport.failed': 'L’export a échoué.',
} satisfies CatalogueOf<typeof userExportEn>;
