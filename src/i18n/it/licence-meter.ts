import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterIt = {
  'licenceMeter.caption': 'Licenze',
  'licenceMeter.column.pool': 'Pool di licenze',
  'licenceMeter.column.total': 'Totale',
  'licenceMeter.column.used': 'In uso',
  'licenceMeter.column.remaining': 'Disponibili',
  'licenceMeter.column.actions': 'Azioni',
  'licenceMeter.loading': 'Caricamento delle licenze…',
  'licenceMeter.empty': 'Nessun pool di licenze',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (esaurito)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} oltre il limite`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# pool supera il proprio limite', other: '# pool superano il proprio limite' }),
  'licenceMeter.buy': 'Acquista altre licenze',
  'licenceMeter.buyFor': ({ pool }) => `Acquista altre licenze per ${pool}`,
  'error.loadLicences': 'Impossibile caricare le licenze.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
