import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesZhCn = {
  'teamCapabilities.heading': '团队能力',
  'teamCapabilities.loading': '正在加载团队能力…',
  'teamCapabilities.on': '开',
  'teamCapabilities.off': '关',
  'teamCapabilities.remoteManagement': '远程管理',
  'teamCapabilities.remoteManagement.description': '可以远程管理团队的设备。',
  'teamCapabilities.supportManagement': '支持管理',
  'teamCapabilities.supportManagement.description': '使该用户成为处理支持请求的操作员。操作员数量受操作员许可证池限制。',
  'teamCapabilities.counter.label': '团队',
  'teamCapabilities.counter.users': '用户',
  'teamCapabilities.counter.operators': '操作员',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} / ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': '无上限（没有操作员许可证池）',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `无法开启支持：操作员许可证池“${pool}”已满（已使用 ${t.number(used)} / ${t.number(total)} 个席位）。请先释放一个操作员席位或购买更多许可证。`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `无法开启支持：操作员许可证池“${pool}”超出限额 ${t.number(count)} 个。请先释放操作员席位或购买更多许可证。`,
  'teamCapabilities.readOnly': '您可以查看这些能力，但不能更改。',
  'teamCapabilities.saving': '正在保存…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}已开启。`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}已关闭。`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `未开启支持：操作员许可证池“${pool}”没有剩余席位。请释放一个操作员席位或购买更多许可证。`,
  'teamCapabilities.error.seatLimitUnknownPool': '未开启支持：操作员许可证池没有剩余席位。请释放一个操作员席位或购买更多许可证。',
  'teamCapabilities.error.forbidden': '您无权更改此用户的能力（该用户可能受更改保护）。',
  'teamCapabilities.error.save': '无法保存此更改；设置保持不变。',
  'teamCapabilities.error.load': '无法加载团队能力。',
  'teamCapabilities.error.notFound': '此用户已不存在或不在您的权限范围内。',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
