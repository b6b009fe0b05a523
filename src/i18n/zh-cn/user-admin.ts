import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminZhCn = {
  'userAdmin.title': '用户',
  'userAdmin.loading': '正在加载管理后台…',
  'userAdmin.notConfigured': '请设置 base-url 和令牌（或 api 对象）以及 client-id 以显示用户。',
  'userAdmin.inviteAll': '邀请所有用户',
  'userAdmin.inviteMatching': ({ count }, t) => t.plural(count, { other: '邀请所选的 # 个用户' }),
  'userAdmin.panelTitle': '用户详情',
  'userAdmin.closePanel': '关闭用户详情',
  'userAdmin.signedInAs': ({ name }) => `当前登录：${name}`,
  'userAdmin.noAccess': '您的账户无法查看此客户的用户。',
  'error.loadAdmin': '无法加载您的管理员账户。',

  'userAdmin.export.open': '导出',
  'userAdmin.import.open': '导入用户',
  'userAdmin.import.close': '关闭导入',
  'userAdmin.import.loading': '正在加载导入…',
  'userAdmin.import.loadFailed': '无法加载导入。',
  'userAdmin.supervision.exit': ({ name }) => `对 ${name} 的自助服务门户的监督已结束。`,
  'userAdmin.supervision.expired': ({ name }) => `对 ${name} 的自助服务门户的监督已结束：30 分钟已到。`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `对 ${name} 的自助服务门户的监督已结束：服务器关闭了会话（已在别处结束，或账户已更改）。`,
} satisfies CatalogueOf<typeof userAdminEn>;
