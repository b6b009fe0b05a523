import type { MessageTools } from './index.js';

/**
 * The English catalogue is the reference: its keys are the message keys, and
 * its parameter types are what every other catalogue must accept.
 */
export const en = {
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
  'error.network': 'The server could not be reached. Check your connection.',
  'error.timeout': 'The server took too long to answer.',
  'error.rateLimited': 'Too many requests. Try again in a moment.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }: { endpoint: string; fieldPath: string }) =>
    `Incompatible backend: ${endpoint} answered an invalid field ${fieldPath}`,
  'error.retry': 'Retry',
} as const;
