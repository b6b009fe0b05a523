import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

// U+00A0 before « : » and U+202F inside numbers follow French typography; a
// plain space would let the colon wrap onto its own line.
export const commonFr = {
  'error.network': 'Le serveur est injoignable. Vérifiez votre connexion.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre.',
  'error.rateLimited': 'Trop de requêtes. Réessayez dans un instant.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Serveur incompatible\u00a0: ${endpoint} a renvoyé un champ invalide ${fieldPath}`,
  'error.retry': 'Réessayer',
} satisfies CatalogueOf<typeof commonEn>;
