import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportDe = {
  'userExport.title': 'Benutzer exportieren',
  'userExport.scope': 'Die Datei enthält die Benutzer, die zu Suche, Filtern und Sortierung der Tabelle passen, innerhalb Ihres Bereichs.',
  'userExport.format': 'Format',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'CSV-Trennzeichen',
  'userExport.semicolon': 'Semikolon (;), wie es Excel auf Deutsch erwartet',
  'userExport.comma': 'Komma (,)',
  'userExport.start': 'Herunterladen',
  'userExport.cancel': 'Export abbrechen',
  'userExport.progress': 'Exportfortschritt',
  'userExport.running': 'Export läuft…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} empfangen`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} von ${byteSize(total, t)} empfangen`,
  'userExport.saved': ({ fileName }) => `Exportiert: ${fileName}`,
  'userExport.cancelled': 'Export abgebrochen.',
  'userExport.failed': 'Der Export ist fehlgeschlagen.',
} satisfies CatalogueOf<typeof userExportEn>;
