import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminJa = {
  'userAdmin.title': 'ユーザー',
  'userAdmin.loading': '管理画面を読み込んでいます…',
  'userAdmin.notConfigured': 'ユーザーを表示するには、base-url とトークン（または api オブジェクト）、client-id を設定してください。',
  'userAdmin.inviteAll': 'すべてのユーザーを招待',
  'userAdmin.inviteMatching': ({ count }, t) => t.plural(count, { other: '選択した#人のユーザーを招待' }),
  'userAdmin.panelTitle': 'ユーザーの詳細',
  'userAdmin.closePanel': 'ユーザーの詳細を閉じる',
  'userAdmin.signedInAs': ({ name }) => `${name} としてサインイン中`,
  'userAdmin.noAccess': 'あなたのアカウントでは、このクライアントのユーザーを閲覧できません。',
  'error.loadAdmin': '管理者アカウントを読み込めませんでした。',

  'userAdmin.export.open': 'エクスポート',
  'userAdmin.import.open': 'ユーザーをインポート',
  'userAdmin.import.close': 'インポートを閉じる',
  'userAdmin.import.loading': 'インポートを読み込んでいます…',
  'userAdmin.import.loadFailed': 'インポートを読み込めませんでした。',
  'userAdmin.supervision.exit': ({ name }) => `${name} のセルフケアへの代理ログインを終了しました。`,
  'userAdmin.supervision.expired': ({ name }) => `${name} のセルフケアへの代理ログインを終了しました。30分が経過しました。`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `${name} のセルフケアへの代理ログインを終了しました。サーバーがセッションを終了しました（別の場所で終了されたか、アカウントが変更されました）。`,
} satisfies CatalogueOf<typeof userAdminEn>;
