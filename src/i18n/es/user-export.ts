import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportEs = {
  'userExport.title': 'Exportar usuarios',
  'userExport.scope':
    'El archivo contiene los usuarios que coinciden con la búsqueda, los filtros y el orden de la tabla, dentro de su ámbito.',
  'userExport.format': 'Formato',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'Separador CSV',
  'userExport.semicolon': 'Punto y coma (;), como espera Excel en español',
  'userExport.comma': 'Coma (,)',
  'userExport.start': 'Descargar',
  'userExport.cancel': 'Cancelar la exportación',
  'userExport.progress': 'Progreso de la exportación',
  'userExport.running': 'Exportando…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} recibidos`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} de ${byteSize(total, t)} recibidos`,
  'userExport.saved': ({ fileName }) => `Exportado: ${fileName}`,
  'userExport.cancelled': 'Exportación cancelada.',
  'userExport.failed': 'La exportación ha fallado.',
} satisfies CatalogueOf<typeof userExportEn>;
