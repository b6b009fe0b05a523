import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogJa = {
  'superviseDialog.title': ({ name }) => `${name} のセルフケアに代理ログイン`,
  'superviseDialog.intro': ({ name }) => `${name} が見ているとおりにセルフケア画面が表示されるので、操作方法を説明できます。`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `セッションは最長${t.number(minutes)}分で、入力した理由とともに監査ログに記録されます。` +
    '代理ログイン中は、パスワード、メールアドレス、2要素認証の変更と、アカウントの削除はできません。',
  'superviseDialog.reason': '理由',
  'superviseDialog.reasonHint': '必須。ユーザーと監査のために、セッションとともに記録されます。',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': '理由を入力してください。セッションとともに記録されます。',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `理由が長すぎます。${t.number(max)}文字以内で入力してください。`,
  'superviseDialog.start': '代理ログインを開始',
  'superviseDialog.starting': '開始しています…',
  'superviseDialog.cancel': 'キャンセル',
  'superviseDialog.close': '閉じる',
  'superviseDialog.refusal.self': '自分のアカウントには代理ログインできません。',
  'superviseDialog.refusal.admin': '管理者には代理ログインできません。',
  'superviseDialog.refusal.banned': 'このユーザーは利用禁止です。利用禁止のアカウントには代理ログインできません。',
  'superviseDialog.refusal.closed': 'このアカウントは閉鎖済みです。閉鎖済みのアカウントには代理ログインできません。',
  'superviseDialog.refusal.not_activated': 'このユーザーはまだアカウントを有効化していません。代理ログインできるのは有効なアカウントのみです。',
  'superviseDialog.refusal.inactive': 'このアカウントは無効化されています。代理ログインできるのは有効なアカウントのみです。',
  'superviseDialog.refusal.already_supervising':
    'すでに別のユーザーに代理ログインしています（別のタブかもしれません）。先にそのセッションを終了してください。セッションは遅くとも30分後に自動的に終了します。',
  'superviseDialog.endOpenSession': 'そのセッションを終了して、このセッションを開始',
  'superviseDialog.refusal.nested': '代理ログイン中です。代理ログイン中に別の代理ログインは開始できません。',
  'superviseDialog.error.forbidden': 'あなたのロールでは、ユーザーに代理ログインできません。',
  'superviseDialog.error.notFound': 'このユーザーはもうあなたの管理範囲にいません（削除されたか、管理範囲外に移動しました）。',
  'superviseDialog.error.failed': '代理ログインを開始できませんでした。',
  'superviseDialog.error.unknownOutcome':
    'サーバーが時間内に応答しませんでした。セッションが開始されている可能性があります。「すでに代理ログインしています」と表示された場合、セッションは30分以内に自動的に終了します。',
} satisfies CatalogueOf<typeof superviseDialogEn>;
