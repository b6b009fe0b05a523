import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminNl = {
  'userAdmin.title': 'Gebruikers',
  'userAdmin.loading': 'Beheer laden…',
  'userAdmin.notConfigured': 'Stel base-url en een token (of een api-object) en client-id in om de gebruikers te tonen.',
  'userAdmin.inviteAll': 'Alle gebruikers uitnodigen',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'De # geselecteerde gebruiker uitnodigen', other: 'De # geselecteerde gebruikers uitnodigen' }),
  'userAdmin.panelTitle': 'Gebruikersgegevens',
  'userAdmin.closePanel': 'Gebruikersgegevens sluiten',
  'userAdmin.signedInAs': ({ name }) => `Ingelogd als ${name}`,
  'userAdmin.noAccess': 'Uw account kan de gebruikers van deze klant niet zien.',
  'error.loadAdmin': 'Uw beheerdersaccount kon niet worden geladen.',

  'userAdmin.export.open': 'Exporteren',
  'userAdmin.import.open': 'Gebruikers importeren',
  'userAdmin.import.close': 'Import sluiten',
  'userAdmin.import.loading': 'Import laden…',
  'userAdmin.import.loadFailed': 'De import kon niet worden geladen.',
  'userAdmin.supervision.exit': ({ name }) => `Meekijken in de selfcare van ${name} beëindigd.`,
  'userAdmin.supervision.expired': ({ name }) => `Meekijken in de selfcare van ${name} beëindigd: de 30 minuten waren om.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `Meekijken in de selfcare van ${name} beëindigd: de server heeft de sessie gesloten (elders beëindigd, of het account is gewijzigd).`,
} satisfies CatalogueOf<typeof userAdminEn>;
