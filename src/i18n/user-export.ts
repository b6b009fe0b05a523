import { byteSize } from './formats.js';
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

export const userExportMessages = mergeMessages(
  defineMessages('userExport', userExportEn),
  commonMessages,
);
