import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportZhCn = {
  'userExport.title': '导出用户',
  'userExport.scope': '文件包含符合表格当前搜索、筛选和排序条件且在您管理范围内的用户。',
  'userExport.format': '格式',
  'userExport.csv': 'CSV（UTF-8）',
  'userExport.xlsx': 'Excel（XLSX）',
  'userExport.delimiter': 'CSV 分隔符',
  'userExport.semicolon': '分号（;），法语等区域设置的 Excel 需要此格式',
  'userExport.comma': '逗号（,）',
  'userExport.start': '下载',
  'userExport.cancel': '取消导出',
  'userExport.progress': '导出进度',
  'userExport.running': '正在导出…',
  'userExport.received': ({ bytes }, t) => `已接收 ${byteSize(bytes, t)}`,
  'userExport.receivedOf': ({ bytes, total }, t) => `已接收 ${byteSize(bytes, t)} / ${byteSize(total, t)}`,
  'userExport.saved': ({ fileName }) => `已导出：${fileName}`,
  'userExport.cancelled': '导出已取消。',
  'userExport.failed': '导出失败。',
} satisfies CatalogueOf<typeof userExportEn>;
