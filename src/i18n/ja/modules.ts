import type { CatalogueOf } from '../index.js';
import type { modulesEn } from '../modules.js';

export const modulesJa = {
  'module.dashboard': 'ダッシュボード',
  'module.my_phones': '電話機と回線',
  'module.documents': 'ドキュメント',
  'module.call_management': '通話管理',
  'module.call_logs': '通話履歴',
  'module.voicemail': 'ボイスメール',
  'module.contacts': '連絡先',
  'module.unified_communications': 'ユニファイドコミュニケーション',
  'module.highlight_mobile_offers': 'モバイルプランのおすすめ表示',
} satisfies CatalogueOf<typeof modulesEn>;
