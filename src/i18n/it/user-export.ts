import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportIt = {
  'userExport.title': 'Esporta utenti',
  'userExport.scope':
    'Il file contiene gli utenti che corrispondono alla ricerca, ai filtri e all’ordinamento della tabella, entro il suo ambito.',
  'userExport.format': 'Formato',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'Separatore CSV',
  'userExport.semicolon': 'Punto e virgola (;), come si aspetta Excel in italiano',
  'userExport.comma': 'Virgola (,)',
  'userExport.start': 'Scarica',
  'userExport.cancel': 'Annulla l’esportazione',
  'userExport.progress': 'Avanzamento dell’esportazione',
  'userExport.running': 'Esportazione in corso…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} ricevuti`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} di ${byteSize(total, t)} ricevuti`,
  'userExport.saved': ({ fileName }) => `Esportato: ${fileName}`,
  'userExport.cancelled': 'Esportazione annullata.',
  'userExport.failed': 'L’esportazione non è riuscita.',
} satisfies CatalogueOf<typeof userExportEn>;
