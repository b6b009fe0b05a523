import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportJa = {
  'userExport.title': 'ユーザーをエクスポート',
  'userExport.scope': 'ファイルには、あなたの管理範囲内で、表の検索、フィルター、並べ替えに一致するユーザーが含まれます。',
  'userExport.format': '形式',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'CSV の区切り文字',
  'userExport.semicolon': 'セミコロン (;)：フランス語版 Excel 向け',
  'userExport.comma': 'カンマ (,)',
  'userExport.start': 'ダウンロード',
  'userExport.cancel': 'エクスポートをキャンセル',
  'userExport.progress': 'エクスポートの進行状況',
  'userExport.running': 'エクスポートしています…',
  'userExport.received': ({ bytes }, t) => `受信済み：${byteSize(bytes, t)}`,
  'userExport.receivedOf': ({ bytes, total }, t) => `受信済み：${byteSize(bytes, t)} / ${byteSize(total, t)}`,
  'userExport.saved': ({ fileName }) => `エクスポートしました：${fileName}`,
  'userExport.cancelled': 'エクスポートをキャンセルしました。',
  'userExport.failed': 'エクスポートに失敗しました。',
} satisfies CatalogueOf<typeof userExportEn>;
