import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesZhCn = {
  'module.dashboard': '仪表板',
  'module.my_phones': '我的电话',
  'module.documents': '文档',
  'module.call_management': '呼叫管理',
  'module.call_logs': '通话记录',
  'module.voicemail': '语音信箱',
  'module.contacts': '联系人',
  'module.unified_communications': '统一通信',
  'module.highlight_mobile_offers': '突出显示移动套餐',
} satisfies CatalogueOf<typeof modulesEn>;
