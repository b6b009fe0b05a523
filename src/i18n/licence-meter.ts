import { commonMessages } from './common.js';
import { mergeMessages, type CatalogueOf, type MessageTools } from './index.js';

const en = {
  'licenceMeter.caption': 'Licences',
  'licenceMeter.column.pool': 'Licence pool',
  'licenceMeter.column.total': 'Total',
  'licenceMeter.column.used': 'Used',
  'licenceMeter.column.remaining': 'Remaining',
  'licenceMeter.column.actions': 'Actions',
  'licenceMeter.loading': 'Loading licences…',
  'licenceMeter.empty': 'No licence pools',
  'licenceMeter.full': ({ remaining }: { remaining: number }, t: MessageTools) => `${t.number(remaining)} (full)`,
  'licenceMeter.overLimit': ({ count }: { count: number }, t: MessageTools) => `${t.number(count)} over the limit`,
  'licenceMeter.overAllocatedPools': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# pool is over its limit', other: '# pools are over their limit' }),
  'licenceMeter.buy': 'Buy more licences',
  'licenceMeter.buyFor': ({ pool }: { pool: string }) => `Buy more licences for ${pool}`,
  'error.loadLicences': 'The licences could not be loaded.',
} as const;

const fr = {
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
} satisfies CatalogueOf<typeof en>;

export const licenceMeterMessages = mergeMessages({ en, fr }, commonMessages);
