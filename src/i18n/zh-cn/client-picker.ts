import type { clientPickerEn } from '../client-picker.js';
import type { CatalogueOf } from '../index.js';

export const clientPickerZhCn = {
  'clientPicker.search': '搜索客户',
  'clientPicker.list': '客户',
  'clientPicker.loading': '正在加载客户…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { other: '# 个客户' }),
  'clientPicker.matches': ({ count, query }, t) => t.plural(count, { other: `# 个客户匹配“${query}”` }),
  'clientPicker.noMatch': ({ query }) => `没有客户匹配“${query}”。`,
  'clientPicker.none': '还没有任何客户。',
  'clientPicker.page': ({ page, pages }) => `第 ${page} 页，共 ${pages} 页`,
  'clientPicker.previous': '上一页',
  'clientPicker.next': '下一页',
  'clientPicker.ownBranding': '自有品牌外观',
  'clientPicker.inherits': '合作伙伴品牌外观',
  'clientPicker.users': ({ count }, t) => t.plural(count, { other: '# 个用户' }),
  'clientPicker.failed': '无法加载客户。',
  'clientPicker.help': '使用方向键浏览客户，按 Enter 键选择，按 Page Up 和 Page Down 键翻页。',
} satisfies CatalogueOf<typeof clientPickerEn>;
