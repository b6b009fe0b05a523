import type { CatalogueOf } from '../index.js';
import type { licenceMeterEn } from '../licence-meter.js';

export const licenceMeterPtBr = {
  'licenceMeter.caption': 'Licenças',
  'licenceMeter.column.pool': 'Pool de licenças',
  'licenceMeter.column.total': 'Total',
  'licenceMeter.column.used': 'Em uso',
  'licenceMeter.column.remaining': 'Restantes',
  'licenceMeter.column.actions': 'Ações',
  'licenceMeter.loading': 'Carregando as licenças…',
  'licenceMeter.empty': 'Nenhum pool de licenças',
  'licenceMeter.full': ({ remaining }, t) => `${t.number(remaining)} (cheio)`,
  'licenceMeter.overLimit': ({ count }, t) => `${t.number(count)} acima do limite`,
  'licenceMeter.overAllocatedPools': ({ count }, t) =>
    t.plural(count, { one: '# pool está acima do limite', other: '# pools estão acima do limite' }),
  'licenceMeter.buy': 'Comprar mais licenças',
  'licenceMeter.buyFor': ({ pool }) => `Comprar mais licenças para ${pool}`,
  'error.loadLicences': 'Não foi possível carregar as licenças.',
} satisfies CatalogueOf<typeof licenceMeterEn>;
