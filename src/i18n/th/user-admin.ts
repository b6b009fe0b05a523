import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminTh = {
  'userAdmin.title': 'ผู้ใช้',
  'userAdmin.loading': 'กำลังโหลดระบบจัดการ…',
  'userAdmin.notConfigured': 'โปรดตั้งค่า base-url และโทเค็น (หรืออ็อบเจกต์ api) และ client-id เพื่อแสดงผู้ใช้',
  'userAdmin.inviteAll': 'เชิญผู้ใช้ทั้งหมด',
  'userAdmin.inviteMatching': ({ count }, t) => t.plural(count, { other: 'เชิญผู้ใช้ที่เลือก # คน' }),
  'userAdmin.panelTitle': 'รายละเอียดผู้ใช้',
  'userAdmin.closePanel': 'ปิดรายละเอียดผู้ใช้',
  'userAdmin.signedInAs': ({ name }) => `ลงชื่อเข้าใช้ในชื่อ ${name}`,
  'userAdmin.noAccess': 'บัญชีของคุณไม่สามารถดูผู้ใช้ของลูกค้ารายนี้ได้',
  'error.loadAdmin': 'โหลดบัญชีผู้ดูแลระบบของคุณไม่ได้',

  'userAdmin.export.open': 'ส่งออก',
  'userAdmin.import.open': 'นำเข้าผู้ใช้',
  'userAdmin.import.close': 'ปิดการนำเข้า',
  'userAdmin.import.loading': 'กำลังโหลดการนำเข้า…',
  'userAdmin.import.loadFailed': 'โหลดการนำเข้าไม่ได้',
  'userAdmin.supervision.exit': ({ name }) => `สิ้นสุดการเข้าใช้งานเซลฟ์แคร์แทน ${name} แล้ว`,
  'userAdmin.supervision.expired': ({ name }) => `สิ้นสุดการเข้าใช้งานเซลฟ์แคร์แทน ${name} แล้ว ครบ 30 นาที`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `สิ้นสุดการเข้าใช้งานเซลฟ์แคร์แทน ${name} แล้ว เซิร์ฟเวอร์ปิดเซสชัน (ถูกสิ้นสุดจากที่อื่น หรือบัญชีมีการเปลี่ยนแปลง)`,
} satisfies CatalogueOf<typeof userAdminEn>;
