import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonPtBr = {
  'error.network': 'Não foi possível conectar ao servidor. Verifique sua conexão.',
  'error.timeout': 'O servidor demorou demais para responder.',
  'error.rateLimited': 'Solicitações demais. Tente novamente em instantes.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Servidor incompatível: ${endpoint} retornou um campo inválido ${fieldPath}`,
  'error.retry': 'Tentar novamente',
} satisfies CatalogueOf<typeof commonEn>;
