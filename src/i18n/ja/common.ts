import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonJa = {
  'error.network': 'サーバーに接続できませんでした。接続を確認してください。',
  'error.timeout': 'サーバーの応答に時間がかかりすぎています。',
  'error.rateLimited': 'リクエストが多すぎます。しばらくしてからもう一度お試しください。',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `互換性のないバックエンドです：${endpoint} が無効なフィールド ${fieldPath} を返しました`,
  'error.retry': '再試行',
} satisfies CatalogueOf<typeof commonEn>;
