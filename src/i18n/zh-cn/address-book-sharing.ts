import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingZhCn = {
  'addressBookSharing.heading': '通讯录分组',
  'addressBookSharing.loading': '正在加载通讯录分组…',
  'addressBookSharing.empty': '此客户还没有通讯录分组。',
  'addressBookSharing.readOnly': '您可以查看这些共享，但不能更改。',
  'addressBookSharing.column.select': '选择',
  'addressBookSharing.column.group': '分组',
  'addressBookSharing.column.contacts': '联系人',
  'addressBookSharing.column.access': ({ name }) => `${name} 的访问权限`,
  'addressBookSharing.column.sharedWith': '共享对象',
  'addressBookSharing.selectAll': '选择所有分组',
  'addressBookSharing.selectGroup': ({ group }) => `选择 ${group}`,
  'addressBookSharing.permission.read': '只读',
  'addressBookSharing.permission.write': '读写',
  'addressBookSharing.notShared': '未共享',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { other: '# 个用户' }),
  'addressBookSharing.recipients': '共享给',
  'addressBookSharing.noRecipients': '尚无共享对象：请至少添加一人。',
  'addressBookSharing.removeRecipient': ({ name }) => `移除 ${name}`,
  'addressBookSharing.picker.label': '添加人员',
  'addressBookSharing.picker.hint': '输入姓名、邮箱或登录名，然后用方向键和 Enter 键选择。',
  'addressBookSharing.picker.results': '匹配的用户',
  'addressBookSharing.picker.searching': '正在搜索…',
  'addressBookSharing.picker.none': '没有匹配的用户。',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { other: '显示 # 个用户' })}，共 ${t.number(total)} 个：请继续输入以缩小范围。`
      : t.plural(count, { other: '找到 # 个用户。' }),
  'addressBookSharing.picker.failed': '搜索失败。请重新输入以重试。',
  'addressBookSharing.permission': '权限',
  'addressBookSharing.share': '共享',
  'addressBookSharing.unshare': '取消共享',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { other: '# 个分组' })} × ${t.plural(users, { other: '# 人' })}`,
  'addressBookSharing.needSelection': '请至少选择一个分组和一个人。',
  'addressBookSharing.progress.share': '正在共享',
  'addressBookSharing.progress.unshare': '正在取消共享',
  'addressBookSharing.progress.count': ({ done, total }, t) => `已完成 ${t.number(done)} / ${t.number(total)}`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { other: '完成：已保存 # 项更改。' })
      : `${t.plural(succeeded, { other: '已保存 # 项更改' })}，${t.plural(failed, { other: '# 项失败' })}。`,
  'addressBookSharing.failures': '失败的更改',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}，${name}：${reason}`,
  'addressBookSharing.retryFailed': '重试失败项',
  'addressBookSharing.error.unknownUser': '此用户不存在或不在您的权限范围内。',
  'addressBookSharing.error.contact': '联系人不能接收共享分组。',
  'addressBookSharing.error.groupGone': '此分组已不存在。',
  'addressBookSharing.error.forbidden': '您无权更改此共享。',
  'addressBookSharing.error.item': '服务器拒绝了此更改。',
  'addressBookSharing.error.load': '无法加载通讯录分组。',
  'addressBookSharing.error.notFound': '此用户已不存在或不在您的权限范围内。',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
