import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const userExportEn = {
  'userExport.title': 'Export users',
  'userExport.scope': 'The file holds the users matching the search, filters and sort of the table, within your scope.',
  'userExport.format': 'Format',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'CSV separator',
  'userExport.semicolon': 'Semicolon (;), as Excel in French expects',
  'userExport.comma': 'Comma (,)',
  'userExport.start': 'Download',
  'userExport.cancel': 'Cancel the export',
  'userExport.progress': 'Export progress',
  'userExport.running': 'Exporting…',
  'userExport.received': ({ bytes }: { bytes: number }, t: MessageTools) => `${byteSize(bytes, t)} received`,
  'userExport.receivedOf': ({ bytes, total }: { bytes: number; total: number }, t: MessageTools) =>
    `${byteSize(bytes, t)} of ${byteSize(total, t)} received`,
  'userExport.saved': ({ fileName }: { fileName: string }) => `Exported: ${fileName}`,
  'userExport.cancelled': 'Export cancelled.',
  'userExport.failed': 'The export failed.',
} as const;

/** `1.2 MB`, `340 kB`: a size in the locale's words and digits. */
export function byteSize(bytes: number, t: MessageTools): string {
  if (bytes >= 1_000_000) return t.number(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  if (bytes >= 1_000) return t.number(bytes / 1_000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return t.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
}

export const userExportMessages = mergeMessages(
  defineMessages('userExport', userExportEn),
  commonMessages,
);
