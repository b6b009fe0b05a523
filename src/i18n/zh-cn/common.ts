import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonZhCn = {
  'error.network': '无法连接到服务器。请检查您的网络连接。',
  'error.timeout': '服务器响应超时。',
  'error.rateLimited': '请求过多。请稍后重试。',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) => `后端不兼容：${endpoint} 返回了无效字段 ${fieldPath}`,
  'error.retry': '重试',
} satisfies CatalogueOf<typeof commonEn>;
