import type { CatalogueOf } from '../index.js';
import type { clientPickerEn } from '../client-picker.js';

export const clientPickerJa = {
  'clientPicker.search': 'クライアントを検索',
  'clientPicker.list': 'クライアント',
  'clientPicker.loading': 'クライアントを読み込んでいます…',
  'clientPicker.count': ({ count }, t) => t.plural(count, { other: '#件のクライアント' }),
  'clientPicker.matches': ({ count, query }, t) => t.plural(count, { other: `「${query}」に一致するクライアント：#件` }),
  'clientPicker.noMatch': ({ query }) => `「${query}」に一致するクライアントはありません。`,
  'clientPicker.none': 'まだクライアントがありません。',
  'clientPicker.page': ({ page, pages }) => `${page} / ${pages} ページ`,
  'clientPicker.previous': '前のページ',
  'clientPicker.next': '次のページ',
  'clientPicker.ownBranding': '独自のブランディング',
  'clientPicker.inherits': 'パートナーのブランディング',
  'clientPicker.users': ({ count }, t) => t.plural(count, { other: '#人のユーザー' }),
  'clientPicker.failed': 'クライアントを読み込めませんでした。',
  'clientPicker.help': '矢印キーでクライアント間を移動し、Enter キーで選択、Page Up キーと Page Down キーでページを切り替えます。',
} satisfies CatalogueOf<typeof clientPickerEn>;
