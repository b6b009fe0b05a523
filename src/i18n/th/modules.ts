import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesTh = {
  'module.dashboard': 'แดชบอร์ด',
  'module.my_phones': 'โทรศัพท์ของฉัน',
  'module.documents': 'เอกสาร',
  'module.call_management': 'การจัดการสายเรียก',
  'module.call_logs': 'ประวัติการโทร',
  'module.voicemail': 'ข้อความเสียง',
  'module.contacts': 'รายชื่อติดต่อ',
  'module.unified_communications': 'การสื่อสารแบบรวมศูนย์',
  'module.highlight_mobile_offers': 'แนะนำโปรโมชันมือถือ',
} satisfies CatalogueOf<typeof modulesEn>;
