import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogZhCn = {
  'superviseDialog.title': ({ name }) => `监督 ${name} 的自助服务门户`,
  'superviseDialog.intro': ({ name }) => `您将以 ${name} 的视角查看其自助服务门户，以便向其演示如何操作。`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `会话最长 ${t.number(minutes)} 分钟，并会连同您填写的原因记录在审计日志中。` +
    '监督期间无法更改密码、邮箱或双重验证，也无法删除账户。',
  'superviseDialog.reason': '原因',
  'superviseDialog.reasonHint': '必填。将随会话一起记录，供用户查看和审计使用。',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': '请填写原因：它会随会话一起记录。',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `原因过长：最多 ${t.number(max)} 个字符。`,
  'superviseDialog.start': '开始监督',
  'superviseDialog.starting': '正在开始…',
  'superviseDialog.cancel': '取消',
  'superviseDialog.close': '关闭',
  'superviseDialog.refusal.self': '您不能监督自己的账户。',
  'superviseDialog.refusal.admin': '管理员不能被监督。',
  'superviseDialog.refusal.banned': '此用户已被封禁：已封禁的账户不能被监督。',
  'superviseDialog.refusal.closed': '此账户已关闭：已关闭的账户不能被监督。',
  'superviseDialog.refusal.not_activated': '此用户尚未激活账户：只有已启用的账户才能被监督。',
  'superviseDialog.refusal.inactive': '此账户已停用：只有已启用的账户才能被监督。',
  'superviseDialog.refusal.already_supervising':
    '您已在监督一个用户（可能在另一个标签页中）。请先结束该会话；它最迟会在 30 分钟后自动结束。',
  'superviseDialog.endOpenSession': '结束该会话并开始此会话',
  'superviseDialog.refusal.nested': '您正在监督中：不能在一个监督会话内开始另一个监督。',
  'superviseDialog.error.forbidden': '您的角色不允许监督用户。',
  'superviseDialog.error.notFound': '此用户已不在您的权限范围内（已删除，或已移出您的管理范围）。',
  'superviseDialog.error.failed': '无法开始监督。',
  'superviseDialog.error.unknownOutcome':
    '服务器未及时响应：会话可能已经开始。如果出现“已在监督”提示，该会话会在 30 分钟内自动结束。',
} satisfies CatalogueOf<typeof superviseDialogEn>;
