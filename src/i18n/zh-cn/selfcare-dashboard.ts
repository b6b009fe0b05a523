import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardZhCn = {
  'selfcareDashboard.title': '我的账户',
  'selfcareDashboard.logo': '公司徽标',
  'selfcareDashboard.logoOf': ({ name }) => `${name} 徽标`,
  'selfcareDashboard.message': '消息',
  'selfcareDashboard.messageLink': '了解详情',
  'selfcareDashboard.newTab': '（在新标签页中打开）',
  'selfcareDashboard.modules': '服务',
  'selfcareDashboard.noModules': '暂无可用的服务。',
  'selfcareDashboard.loading': '正在加载您的仪表板…',
  'selfcareDashboard.mobileOffer': '新推出：适用于整个团队的移动套餐。',
  'selfcareDashboard.about.dashboard': '账户概况一目了然。',
  'selfcareDashboard.about.my_phones': '您的线路、设备和选项。',
  'selfcareDashboard.about.my_phones.mobile': '为您的套餐添加一条移动线路。',
  'selfcareDashboard.about.documents': '发票、合同和共享文件。',
  'selfcareDashboard.about.call_management': '呼叫转移、营业时间和呼叫规则。',
  'selfcareDashboard.about.call_logs': '已拨、已接和未接来电。',
  'selfcareDashboard.about.voicemail': '收听留言并录制您的问候语。',
  'selfcareDashboard.about.contacts': '您公司的通讯录。',
  'selfcareDashboard.about.unified_communications': '聊天、在线状态和会议集于一处。',
  'error.loadDashboard': '无法加载仪表板。',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
