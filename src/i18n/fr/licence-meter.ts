import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterFr = {
  'licenceMeter.caption': 'Licences',
  'licenceMeter.column.pool': 'Pool de licences',
  'licenceMeter.column.total': 'Total',
  'licenceMeter.column.used': 'Utilisées',
  'licenceMeter.column.remaining': 'Restantes',
  'licenceMeter.column.actions': 'Actions',
  'licenceMeter.loading': 'Chargement des licences…',
  'licenceMeter.empty': 'Aucun pool de licences',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (complet)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} au-delà de la limite`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# pool dépasse sa limite', other: '# pools dépassent leur limite' }),
  'licenceMeter.buy': 'Acheter des licences',
  'licenceMeter.buyFor': ({ pool }) => `Acheter des licences pour ${pool}`,
  'error.loadLicences': 'Impossible de charger les licences.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
