import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterZhCn = {
  'licenceMeter.caption': '许可证',
  'licenceMeter.column.pool': '许可证池',
  'licenceMeter.column.total': '总数',
  'licenceMeter.column.used': '已用',
  'licenceMeter.column.remaining': '剩余',
  'licenceMeter.column.actions': '操作',
  'licenceMeter.loading': '正在加载许可证…',
  'licenceMeter.empty': '没有许可证池',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)}（已满）`,
  'licenceMeter.overLimit': ({ count }, t) => `超出限额 ${t.number(count)}`,
  'licenceMeter.overAllocatedPools': ({ count }, t) => t.plural(count, { other: '# 个许可证池超出限额' }),
  'licenceMeter.buy': '购买更多许可证',
  'licenceMeter.buyFor': ({ pool }) => `为 ${pool} 购买更多许可证`,
  'error.loadLicences': '无法加载许可证。',
} satisfies CatalogueOf<typeof licenceMeterEn>;
