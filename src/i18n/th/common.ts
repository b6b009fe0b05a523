import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonTh = {
  'error.network': 'ติดต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อ',
  'error.timeout': 'เซิร์ฟเวอร์ใช้เวลาตอบกลับนานเกินไป',
  'error.rateLimited': 'มีคำขอมากเกินไป โปรดลองอีกครั้งในอีกสักครู่',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `แบ็กเอนด์ไม่เข้ากัน: ${endpoint} ส่งฟิลด์ ${fieldPath} ที่ไม่ถูกต้อง`,
  'error.retry': 'ลองอีกครั้ง',
} satisfies CatalogueOf<typeof commonEn>;
