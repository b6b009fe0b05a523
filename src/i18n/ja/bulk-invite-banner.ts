import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerJa = {
  'bulkInvite.title': '選択したユーザーを招待',
  'bulkInvite.dismiss': '招待バナーを閉じる',
  'bulkInvite.loading': '招待数を数えています…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { other: '#件の招待を送信します' })}。${t.plural(withoutEmail, {
      other: '#人のユーザーはメールアドレスがないため招待できません',
    })}。`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      other: '#人のユーザーはすでに有効、利用禁止、または閉鎖済みのため、スキップされます。',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `${pool} のシートが足りません（必要：${t.number(needed)}、残り：${t.number(remaining)}）。最後のシートを超えたユーザーは招待されません。`,
  'bulkInvite.noEmail.title': 'メールアドレスのないユーザー',
  'bulkInvite.noEmail.hint': '招待の対象にするには、それぞれにメールアドレスを設定してください。',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `${t.number(total)}人中、最初の${t.number(shown)}人を表示しています。`,
  'bulkInvite.noEmail.label': ({ name }) => `${name} のメールアドレス`,
  'bulkInvite.noEmail.save': '保存',
  'bulkInvite.noEmail.saveFor': ({ name }) => `${name} のメールアドレスを保存`,
  'bulkInvite.noEmail.saving': '保存しています…',
  'bulkInvite.noEmail.saved': ({ name }) => `${name} のメールアドレスを保存しました。招待数を数え直しています。`,
  'bulkInvite.error.emailRequired': 'メールアドレスを入力してください。',
  'bulkInvite.error.emailInvalid': '有効なメールアドレスを入力してください（例：name@company.com）。',
  'bulkInvite.error.emailTaken': 'このクライアントの別のユーザーがすでにこのアドレスを使用しています。',
  'bulkInvite.error.saveEmail': 'メールアドレスを保存できませんでした。',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { other: '#件の招待を送信' }),
  'bulkInvite.nothingToSend': '送信する招待はありません。',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { other: '#件の招待を送信しています…' }),
  'bulkInvite.progress': '招待を送信しています',
  'bulkInvite.retry': '再試行',
  'bulkInvite.retryFailed': ({ count }, t) => t.plural(count, { other: '失敗した#件の招待を再試行' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `完了：${t.plural(sent, { other: '送信 #件' })}、${t.plural(skipped, { other: 'スキップ #件' })}、${t.plural(failed, { other: '失敗 #件' })}。`,
  'bulkInvite.results.caption': 'ユーザーごとの結果',
  'bulkInvite.results.user': 'ユーザー',
  'bulkInvite.results.outcome': '結果',
  'bulkInvite.results.reason': '理由',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { other: 'さらに#件を表示' }),
  'bulkInvite.outcome.sent': '送信済み',
  'bulkInvite.outcome.skipped': 'スキップ',
  'bulkInvite.outcome.failed': '失敗',
  'bulkInvite.reason.no_email': 'メールアドレスなし',
  'bulkInvite.reason.seat_limit': 'ライセンスプールに空きシートなし',
  'bulkInvite.reason.already_active': 'すでに有効',
  'bulkInvite.reason.invalid_status': '無効、利用禁止、または閉鎖済み',
  'bulkInvite.reason.not_found': '見つかりません',
  'bulkInvite.reason.rate_limited': '最近このアドレスへのメールが多すぎます',
  'bulkInvite.error.unknownOutcome':
    'サーバーが招待の送信を確認できませんでした。再試行してください。同じリクエストが再送されるだけで、メールが二重に送られることはありません。',
  'bulkInvite.error.send': '招待を送信できませんでした。',
  'bulkInvite.error.forbidden': 'これらの招待を送信する権限がありません。',
  'bulkInvite.error.preview': '招待数を数えられませんでした。',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
