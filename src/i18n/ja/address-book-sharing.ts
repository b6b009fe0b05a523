import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingJa = {
  'addressBookSharing.heading': 'アドレス帳グループ',
  'addressBookSharing.loading': 'アドレス帳グループを読み込んでいます…',
  'addressBookSharing.empty': 'このクライアントにはまだアドレス帳グループがありません。',
  'addressBookSharing.readOnly': 'これらの共有は閲覧できますが、変更はできません。',
  'addressBookSharing.column.select': '選択',
  'addressBookSharing.column.group': 'グループ',
  'addressBookSharing.column.contacts': '連絡先',
  'addressBookSharing.column.access': ({ name }) => `${name} のアクセス権`,
  'addressBookSharing.column.sharedWith': '共有先',
  'addressBookSharing.selectAll': 'すべてのグループを選択',
  'addressBookSharing.selectGroup': ({ group }) => `${group} を選択`,
  'addressBookSharing.permission.read': '閲覧',
  'addressBookSharing.permission.write': '閲覧と編集',
  'addressBookSharing.notShared': '共有なし',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { other: '#人のユーザー' }),
  'addressBookSharing.recipients': '共有先',
  'addressBookSharing.noRecipients': 'まだ誰もいません。1人以上追加してください。',
  'addressBookSharing.removeRecipient': ({ name }) => `${name} を削除`,
  'addressBookSharing.picker.label': 'ユーザーを追加',
  'addressBookSharing.picker.hint': '名前、メールアドレス、またはログインIDを入力し、矢印キーと Enter キーで選択してください。',
  'addressBookSharing.picker.results': '該当するユーザー',
  'addressBookSharing.picker.searching': '検索しています…',
  'addressBookSharing.picker.none': '該当するユーザーはいません。',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.number(total)}人中${t.plural(count, { other: '#人を表示' })}しています。さらに入力して絞り込んでください。`
      : t.plural(count, { other: '#人のユーザーが見つかりました。' }),
  'addressBookSharing.picker.failed': '検索に失敗しました。もう一度入力してやり直してください。',
  'addressBookSharing.permission': '権限',
  'addressBookSharing.share': '共有',
  'addressBookSharing.unshare': '共有を解除',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { other: '#グループ' })} × ${t.plural(users, { other: '#人' })}`,
  'addressBookSharing.needSelection': 'グループと共有先をそれぞれ1つ以上選択してください。',
  'addressBookSharing.progress.share': '共有しています',
  'addressBookSharing.progress.unshare': '共有を解除しています',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(total)}件中${t.number(done)}件完了`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { other: '完了：#件の変更を保存しました。' })
      : `${t.plural(succeeded, { other: '#件の変更を保存しました' })}。${t.plural(failed, { other: '#件は失敗しました' })}。`,
  'addressBookSharing.failures': '失敗した変更',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}、${name}：${reason}`,
  'addressBookSharing.retryFailed': '失敗した変更を再試行',
  'addressBookSharing.error.unknownUser': 'このユーザーは存在しないか、あなたの管理範囲外です。',
  'addressBookSharing.error.contact': '連絡先にはグループを共有できません。',
  'addressBookSharing.error.groupGone': 'このグループはもう存在しません。',
  'addressBookSharing.error.forbidden': 'この共有を変更する権限がありません。',
  'addressBookSharing.error.item': 'サーバーがこの変更を拒否しました。',
  'addressBookSharing.error.load': 'アドレス帳グループを読み込めませんでした。',
  'addressBookSharing.error.notFound': 'このユーザーはもう存在しないか、あなたの管理範囲外です。',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
