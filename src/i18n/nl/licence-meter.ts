import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterNl = {
  'licenceMeter.caption': 'Licenties',
  'licenceMeter.column.pool': 'Licentiepool',
  'licenceMeter.column.total': 'Totaal',
  'licenceMeter.column.used': 'Gebruikt',
  'licenceMeter.column.remaining': 'Over',
  'licenceMeter.column.actions': 'Acties',
  'licenceMeter.loading': 'Licenties laden…',
  'licenceMeter.empty': 'Geen licentiepools',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (vol)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} boven de limiet`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# pool zit boven de limiet', other: '# pools zitten boven de limiet' }),
  'licenceMeter.buy': 'Meer licenties kopen',
  'licenceMeter.buyFor': ({ pool }) => `Meer licenties kopen voor ${pool}`,
  'error.loadLicences': 'De licenties konden niet worden geladen.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
