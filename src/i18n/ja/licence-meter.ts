import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterJa = {
  'licenceMeter.caption': 'ライセンス',
  'licenceMeter.column.pool': 'ライセンスプール',
  'licenceMeter.column.total': '合計',
  'licenceMeter.column.used': '使用中',
  'licenceMeter.column.remaining': '残り',
  'licenceMeter.column.actions': '操作',
  'licenceMeter.loading': 'ライセンスを読み込んでいます…',
  'licenceMeter.empty': 'ライセンスプールはありません',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)}（満席）`,
  'licenceMeter.overLimit': ({ count }, t) => `上限を${t.number(count)}超過`,
  'licenceMeter.overAllocatedPools': ({ count }, t) => t.plural(count, { other: '#件のプールが上限を超えています' }),
  'licenceMeter.buy': 'ライセンスを追加購入',
  'licenceMeter.buyFor': ({ pool }) => `${pool} のライセンスを追加購入`,
  'error.loadLicences': 'ライセンスを読み込めませんでした。',
} satisfies CatalogueOf<typeof licenceMeterEn>;
