import { byteSize } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userExportEn } from '../user-export.js';

export const userExportTh = {
  'userExport.title': 'ส่งออกผู้ใช้',
  'userExport.scope': 'ไฟล์จะมีผู้ใช้ที่ตรงกับการค้นหา ตัวกรอง และการเรียงลำดับของตาราง ภายในขอบเขตของคุณ',
  'userExport.format': 'รูปแบบ',
  'userExport.csv': 'CSV (UTF-8)',
  'userExport.xlsx': 'Excel (XLSX)',
  'userExport.delimiter': 'ตัวคั่น CSV',
  'userExport.semicolon': 'อัฒภาค (;) ตามที่ Excel ภาษาฝรั่งเศสต้องการ',
  'userExport.comma': 'จุลภาค (,)',
  'userExport.start': 'ดาวน์โหลด',
  'userExport.cancel': 'ยกเลิกการส่งออก',
  'userExport.progress': 'ความคืบหน้าการส่งออก',
  'userExport.running': 'กำลังส่งออก…',
  'userExport.received': ({ bytes }, t) => `ได้รับแล้ว ${byteSize(bytes, t)}`,
  'userExport.receivedOf': ({ bytes, total }, t) => `ได้รับแล้ว ${byteSize(bytes, t)} จาก ${byteSize(total, t)}`,
  'userExport.saved': ({ fileName }) => `ส่งออกแล้ว: ${fileName}`,
  'userExport.cancelled': 'ยกเลิกการส่งออกแล้ว',
  'userExport.failed': 'การส่งออกล้มเหลว',
} satisfies CatalogueOf<typeof userExportEn>;
