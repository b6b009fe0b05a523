import type { CatalogueOf } from '../index.js';
import type { clientPickerEn } from '../client-picker.js';

export const clientPickerTh = {
  'clientPicker.search': 'ค้นหาลูกค้า',
  'clientPicker.list': 'ลูกค้า',
  'clientPicker.loading': 'กำลังโหลดลูกค้า…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { other: 'ลูกค้า # ราย' }),
  'clientPicker.matches': ({ count, query }, t) => t.plural(count, { other: `ลูกค้า # รายตรงกับ “${query}”` }),
  'clientPicker.noMatch': ({ query }) => `ไม่มีลูกค้าที่ตรงกับ “${query}”`,
  'clientPicker.none': 'ยังไม่มีลูกค้า',
  'clientPicker.page': ({ page, pages }) => `หน้า ${page} จาก ${pages}`,
  'clientPicker.previous': 'หน้าก่อนหน้า',
  'clientPicker.next': 'หน้าถัดไป',
  'clientPicker.ownBranding': 'แบรนด์ของตนเอง',
  'clientPicker.inherits': 'แบรนด์ของพาร์ทเนอร์',
  'clientPicker.users': ({ count }, t) => t.plural(count, { other: 'ผู้ใช้ # คน' }),
  'clientPicker.failed': 'โหลดลูกค้าไม่ได้',
  'clientPicker.help': 'ใช้ปุ่มลูกศรเพื่อเลื่อนไปมาระหว่างลูกค้า กด Enter เพื่อเลือก และกด Page Up หรือ Page Down เพื่อเปลี่ยนหน้า',
} satisfies CatalogueOf<typeof clientPickerEn>;
