import type { CatalogueOf } from './index.js';

/** Words every element may need: errors of the HTTP client, retry. */
const en = {
  'error.network': 'The server could not be reached. Check your connection.',
  'error.timeout': 'The server took too long to answer.',
  'error.rateLimited': 'Too many requests. Try again in a moment.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }: { endpoint: string; fieldPath: string }) =>
    `Incompatible backend: ${endpoint} answered an invalid field ${fieldPath}`,
  'error.retry': 'Retry',
} as const;

// U+00A0 before « : » and U+202F inside numbers follow French typography; a
// plain space would let the colon wrap onto its own line.
const fr = {
  'error.network': 'Le serveur est injoignable. Vérifiez votre connexion.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre.',
  'error.rateLimited': 'Trop de requêtes. Réessayez dans un instant.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Serveur incompatible\u00a0: ${endpoint} a renvoyé un champ invalide ${fieldPath}`,
  'error.retry': 'Réessayer',
} satisfies CatalogueOf<typeof en>;

export const commonMessages = { en, fr };
