import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportPtBr = {
  'userExport.title': 'Exportar usuários',
  'userExport.scope': 'O arquivo contém os usuários que correspondem à pesquisa, aos filtros e à ordenação da tabela, dentro do seu escopo.',
  'userExport.format': 'Formato',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'Separador do CSV',
  'userExport.semicolon': 'Ponto e vírgula (;), como o Excel em português espera',
  'userExport.comma': 'Vírgula (,)',
  'userExport.start': 'Baixar',
  'userExport.cancel': 'Cancelar a exportação',
  'userExport.progress': 'Progresso da exportação',
  'userExport.running': 'Exportando…',
  'userExport.received': ({ bytes }, t) => `${byteSize(bytes, t)} recebidos`,
  'userExport.receivedOf': ({ bytes, total }, t) => `${byteSize(bytes, t)} de ${byteSize(total, t)} recebidos`,
  'userExport.saved': ({ fileName }) => `Exportado: ${fileName}`,
  'userExport.cancelled': 'Exportação cancelada.',
  'userExport.failed': 'A exportação falhou.',
} satisfies CatalogueOf<typeof userExportEn>;
