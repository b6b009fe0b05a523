import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonNl = {
  'error.network': 'De server is niet bereikbaar. Controleer uw verbinding.',
  'error.timeout': 'De server deed er te lang over om te antwoorden.',
  'error.rateLimited': 'Te veel verzoeken. Probeer het zo opnieuw.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) => `Incompatibele backend: ${endpoint} gaf een ongeldig veld ${fieldPath} terug`,
  'error.retry': 'Opnieuw proberen',
} satisfies CatalogueOf<typeof commonEn>;
