import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterEs = {
  'licenceMeter.caption': 'Licencias',
  'licenceMeter.column.pool': 'Bolsa de licencias',
  'licenceMeter.column.total': 'Total',
  'licenceMeter.column.used': 'En uso',
  'licenceMeter.column.remaining': 'Disponibles',
  'licenceMeter.column.actions': 'Acciones',
  'licenceMeter.loading': 'Cargando las licencias…',
  'licenceMeter.empty': 'No hay bolsas de licencias',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (completa)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} por encima del límite`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# bolsa supera su límite', other: '# bolsas superan su límite' }),
  'licenceMeter.buy': 'Comprar más licencias',
  'licenceMeter.buyFor': ({ pool }) => `Comprar más licencias para ${pool}`,
  'error.loadLicences': 'No se han podido cargar las licencias.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
