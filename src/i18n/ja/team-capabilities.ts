import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesJa = {
  'teamCapabilities.heading': 'チームの機能',
  'teamCapabilities.loading': 'チームの機能を読み込んでいます…',
  'teamCapabilities.on': 'オン',
  'teamCapabilities.off': 'オフ',
  'teamCapabilities.remoteManagement': 'リモート管理',
  'teamCapabilities.remoteManagement.description': 'チームの端末をリモートで管理できます。',
  'teamCapabilities.supportManagement': 'サポート管理',
  'teamCapabilities.supportManagement.description':
    'このユーザーを、サポートリクエストに対応するオペレーターにします。オペレーターの数はオペレータープールで上限が決まります。',
  'teamCapabilities.counter.label': 'チーム',
  'teamCapabilities.counter.users': 'ユーザー',
  'teamCapabilities.counter.operators': 'オペレーター',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} / ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': '上限なし（オペレータープールなし）',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `サポートをオンにできません。オペレータープール「${pool}」が満席です（${t.number(total)}シート中${t.number(used)}シート使用中）。先にオペレーターのシートを空けるか、ライセンスを追加購入してください。`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `サポートをオンにできません。オペレータープール「${pool}」が上限を${t.number(count)}超えています。先にオペレーターのシートを空けるか、ライセンスを追加購入してください。`,
  'teamCapabilities.readOnly': 'これらの機能は閲覧できますが、変更はできません。',
  'teamCapabilities.saving': '保存しています…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}をオンにしました。`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}をオフにしました。`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `サポートはオンになりませんでした。オペレータープール「${pool}」に空きシートがありません。オペレーターのシートを空けるか、ライセンスを追加購入してください。`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'サポートはオンになりませんでした。オペレータープールに空きシートがありません。オペレーターのシートを空けるか、ライセンスを追加購入してください。',
  'teamCapabilities.error.forbidden': 'このユーザーの機能を変更する権限がありません（ユーザーが変更から保護されている可能性があります）。',
  'teamCapabilities.error.save': '変更を保存できませんでした。何も変更されていません。',
  'teamCapabilities.error.load': 'チームの機能を読み込めませんでした。',
  'teamCapabilities.error.notFound': 'このユーザーはもう存在しないか、あなたの管理範囲外です。',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
