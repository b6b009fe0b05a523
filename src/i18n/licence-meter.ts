import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const licenceMeterEn = {
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


export const licenceMeterMessages = mergeMessages(
  defineMessages('licenceMeter', licenceMeterEn),
  commonMessages,
);
