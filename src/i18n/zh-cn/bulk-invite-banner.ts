import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerZhCn = {
  'bulkInvite.title': '邀请所选用户',
  'bulkInvite.dismiss': '关闭邀请横幅',
  'bulkInvite.loading': '正在统计邀请…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { other: '将发送 # 份邀请' })}；${t.plural(withoutEmail, {
      other: '# 个用户没有邮箱，无法邀请',
    })}。`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      other: '# 个用户已启用、已封禁或已关闭，将被跳过。',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `${pool} 中的席位不足：需要 ${t.number(needed)} 个，剩余 ${t.number(remaining)} 个。超出最后一个席位的用户将不会被邀请。`,
  'bulkInvite.noEmail.title': '没有邮箱的用户',
  'bulkInvite.noEmail.hint': '为每个用户填写邮箱，即可将其纳入邀请。',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `显示前 ${t.number(shown)} 个，共 ${t.number(total)} 个。`,
  'bulkInvite.noEmail.label': ({ name }) => `${name} 的邮箱地址`,
  'bulkInvite.noEmail.save': '保存',
  'bulkInvite.noEmail.saveFor': ({ name }) => `保存 ${name} 的邮箱地址`,
  'bulkInvite.noEmail.saving': '正在保存…',
  'bulkInvite.noEmail.saved': ({ name }) => `已保存 ${name} 的邮箱。正在重新统计邀请。`,
  'bulkInvite.error.emailRequired': '请输入邮箱地址。',
  'bulkInvite.error.emailInvalid': '请输入有效的邮箱地址，例如 name@company.com。',
  'bulkInvite.error.emailTaken': '此客户的另一位用户已在使用此地址。',
  'bulkInvite.error.saveEmail': '无法保存邮箱地址。',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { other: '发送 # 份邀请' }),
  'bulkInvite.nothingToSend': '没有要发送的邀请。',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { other: '正在发送 # 份邀请…' }),
  'bulkInvite.progress': '正在发送邀请',
  'bulkInvite.retry': '重试',
  'bulkInvite.retryFailed': ({ count }, t) => t.plural(count, { other: '重试 # 份失败的邀请' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `完成：${t.plural(sent, { other: '已发送 #' })}，${t.plural(skipped, { other: '已跳过 #' })}，${t.plural(failed, { other: '失败 #' })}。`,
  'bulkInvite.results.caption': '每个用户的结果',
  'bulkInvite.results.user': '用户',
  'bulkInvite.results.outcome': '结果',
  'bulkInvite.results.reason': '原因',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { other: '再显示 # 个' }),
  'bulkInvite.outcome.sent': '已发送',
  'bulkInvite.outcome.skipped': '已跳过',
  'bulkInvite.outcome.failed': '失败',
  'bulkInvite.reason.no_email': '没有邮箱地址',
  'bulkInvite.reason.seat_limit': '许可证池中没有剩余席位',
  'bulkInvite.reason.already_active': '已启用',
  'bulkInvite.reason.invalid_status': '已停用、已封禁或已关闭',
  'bulkInvite.reason.not_found': '已找不到',
  'bulkInvite.reason.rate_limited': '最近发往此地址的邮件过多',
  'bulkInvite.error.unknownOutcome': '服务器未确认邀请。请重试：将重新发送同一请求，绝不会发送第二封邮件。',
  'bulkInvite.error.send': '无法发送邀请。',
  'bulkInvite.error.forbidden': '您无权发送这些邀请。',
  'bulkInvite.error.preview': '无法统计邀请。',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
