import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonEs = {
  'error.network': 'No se ha podido conectar con el servidor. Compruebe su conexión.',
  'error.timeout': 'El servidor ha tardado demasiado en responder.',
  'error.rateLimited': 'Demasiadas solicitudes. Vuelva a intentarlo en un momento.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Servidor incompatible: ${endpoint} ha devuelto un campo no válido ${fieldPath}`,
  'error.retry': 'Reintentar',
} satisfies CatalogueOf<typeof commonEn>;
