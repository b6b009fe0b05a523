import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterDe = {
  'licenceMeter.caption': 'Lizenzen',
  'licenceMeter.column.pool': 'Lizenzpool',
  'licenceMeter.column.total': 'Gesamt',
  'licenceMeter.column.used': 'Belegt',
  'licenceMeter.column.remaining': 'Frei',
  'licenceMeter.column.actions': 'Aktionen',
  'licenceMeter.loading': 'Lizenzen werden geladen…',
  'licenceMeter.empty': 'Keine Lizenzpools',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (voll)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} über dem Limit`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# Pool ist über seinem Limit', other: '# Pools sind über ihrem Limit' }),
  'licenceMeter.buy': 'Weitere Lizenzen kaufen',
  'licenceMeter.buyFor': ({ pool }) => `Weitere Lizenzen für ${pool} kaufen`,
  'error.loadLicences': 'Die Lizenzen konnten nicht geladen werden.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
