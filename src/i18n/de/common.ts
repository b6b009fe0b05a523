import type { CatalogueOf } from '../index.js';
import type { commonEn } from '../common.js';

export const commonDe = {
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  'error.timeout': 'Der Server hat zu lange für die Antwort gebraucht.',
  'error.rateLimited': 'Zu viele Anfragen. Versuchen Sie es gleich noch einmal.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) => `Inkompatibles Backend: ${endpoint} hat ein ungültiges Feld ${fieldPath} geliefert`,
  'error.retry': 'Erneut versuchen',
} satisfies CatalogueOf<typeof commonEn>;
