import type { Catalogue } from './index.js';

// U+00A0 before « : » and U+202F inside numbers follow French typography; a
// plain space would let the colon wrap onto its own line.
export const fr = {
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
  'error.network': 'Le serveur est injoignable. Vérifiez votre connexion.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre.',
  'error.rateLimited': 'Trop de requêtes. Réessayez dans un instant.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }) =>
    `Serveur incompatible\u00a0: ${endpoint} a renvoyé un champ invalide ${fieldPath}`,
  'error.retry': 'Réessayer',
} satisfies Catalogue;
