import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterTh = {
  'licenceMeter.caption': 'ไลเซนส์',
  'licenceMeter.column.pool': 'พูลไลเซนส์',
  'licenceMeter.column.total': 'ทั้งหมด',
  'licenceMeter.column.used': 'ใช้แล้ว',
  'licenceMeter.column.remaining': 'คงเหลือ',
  'licenceMeter.column.actions': 'การดำเนินการ',
  'licenceMeter.loading': 'กำลังโหลดไลเซนส์…',
  'licenceMeter.empty': 'ไม่มีพูลไลเซนส์',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (เต็ม)`,
  'licenceMeter.overLimit': ({ count }, t) => `เกินขีดจำกัด ${t.number(count)}`,
  'licenceMeter.overAllocatedPools': ({ count }, t) => t.plural(count, { other: 'มี # พูลที่เกินขีดจำกัด' }),
  'licenceMeter.buy': 'ซื้อไลเซนส์เพิ่ม',
  'licenceMeter.buyFor': ({ pool }) => `ซื้อไลเซนส์เพิ่มสำหรับ ${pool}`,
  'error.loadLicences': 'โหลดไลเซนส์ไม่ได้',
} satisfies CatalogueOf<typeof licenceMeterEn>;
