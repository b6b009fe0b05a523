import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardTh = {
  'selfcareDashboard.title': 'บัญชีของฉัน',
  'selfcareDashboard.logo': 'โลโก้บริษัท',
  'selfcareDashboard.logoOf': ({ name }) => `โลโก้ ${name}`,
  'selfcareDashboard.message': 'ข้อความ',
  'selfcareDashboard.messageLink': 'ดูข้อมูลเพิ่มเติม',
  'selfcareDashboard.newTab': '(เปิดในแท็บใหม่)',
  'selfcareDashboard.modules': 'บริการ',
  'selfcareDashboard.noModules': 'ยังไม่มีบริการที่ใช้ได้',
  'selfcareDashboard.loading': 'กำลังโหลดแดชบอร์ด…',
  'selfcareDashboard.mobileOffer': 'ใหม่: แพ็กเกจมือถือสำหรับทั้งทีมของคุณ',
  'selfcareDashboard.about.dashboard': 'ภาพรวมบัญชีของคุณ',
  'selfcareDashboard.about.my_phones': 'หมายเลข อุปกรณ์ และตัวเลือกของคุณ',
  'selfcareDashboard.about.my_phones.mobile': 'เพิ่มหมายเลขมือถือในแพ็กเกจของคุณ',
  'selfcareDashboard.about.documents': 'ใบแจ้งหนี้ สัญญา และไฟล์ที่แชร์',
  'selfcareDashboard.about.call_management': 'การโอนสาย เวลาทำการ และกฎการรับสาย',
  'selfcareDashboard.about.call_logs': 'สายโทรออก สายรับ และสายที่ไม่ได้รับ',
  'selfcareDashboard.about.voicemail': 'ฟังข้อความและบันทึกคำทักทายของคุณ',
  'selfcareDashboard.about.contacts': 'สมุดที่อยู่ของบริษัทคุณ',
  'selfcareDashboard.about.unified_communications': 'แชท สถานะออนไลน์ และการประชุมในที่เดียว',
  'error.loadDashboard': 'โหลดแดชบอร์ดไม่ได้',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
