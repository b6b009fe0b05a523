import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportNl = {
  'userExport.title': 'Gebruikers exporteren',
  'userExport.scope': 'Het bestand bevat de gebruikers die voldoen aan de zoekopdracht, filters en sortering van de tabel, binnen uw bereik.',
  'userExport.format': 'Bestandsindeling',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'CSV-scheidingsteken',
  'userExport.semicolon': 'Puntkomma (;), zoals Excel in het Nederlands verwacht',
  'userExport.comma': 'Komma (,)',
  'userExport.start': 'Downloaden',
  'userExport.cancel': 'Export annuleren',
  'userExport.progress': 'Voortgang van de export',
  'userExport.running': 'Exporteren…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} ontvangen`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} van ${byteSize(total, t)} ontvangen`,
  'userExport.saved': ({ fileName }) => `Geëxporteerd: ${fileName}`,
  'userExport.cancelled': 'Export geannuleerd.',
  'userExport.failed': 'De export is mislukt.',
} satisfies CatalogueOf<typeof userExportEn>;
