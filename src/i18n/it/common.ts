import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonIt = {
  'error.network': 'Impossibile raggiungere il server. Verificare la connessione.',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere.',
  'error.rateLimited': 'Troppe richieste. Riprovare tra qualche istante.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Server incompatibile: ${endpoint} ha restituito un campo non valido ${fieldPath}`,
  'error.retry': 'Riprova',
} satisfies CatalogueOf<typeof commonEn>;
