import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardJa = {
  'selfcareDashboard.title': 'マイアカウント',
  'selfcareDashboard.logo': '会社のロゴ',
  'selfcareDashboard.logoOf': ({ name }) => `${name} のロゴ`,
  'selfcareDashboard.message': 'メッセージ',
  'selfcareDashboard.messageLink': '詳細を見る',
  'selfcareDashboard.newTab': '（新しいタブで開きます）',
  'selfcareDashboard.modules': 'サービス',
  'selfcareDashboard.noModules': '利用できるサービスはまだありません。',
  'selfcareDashboard.loading': 'ダッシュボードを読み込んでいます…',
  'selfcareDashboard.mobileOffer': '新登場：チーム全員で使えるモバイルプラン。',
  'selfcareDashboard.about.dashboard': 'アカウントの概要をひと目で確認できます。',
  'selfcareDashboard.about.my_phones': '回線、端末、オプション。',
  'selfcareDashboard.about.my_phones.mobile': 'プランにモバイル回線を追加できます。',
  'selfcareDashboard.about.documents': '請求書、契約書、共有ファイル。',
  'selfcareDashboard.about.call_management': '転送、営業時間、通話ルール。',
  'selfcareDashboard.about.call_logs': '発信、着信、不在着信の履歴。',
  'selfcareDashboard.about.voicemail': 'メッセージの再生と応答メッセージの録音。',
  'selfcareDashboard.about.contacts': '会社のアドレス帳。',
  'selfcareDashboard.about.unified_communications': 'チャット、プレゼンス、会議をひとつの場所で。',
  'error.loadDashboard': 'ダッシュボードを読み込めませんでした。',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
