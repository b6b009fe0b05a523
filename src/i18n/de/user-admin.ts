import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminDe = {
  'userAdmin.title': 'Benutzer',
  'userAdmin.loading': 'Die Verwaltung wird geladen…',
  'userAdmin.notConfigured': 'Legen Sie base-url und ein Token (oder ein api-Objekt) sowie client-id fest, um die Benutzer anzuzeigen.',
  'userAdmin.inviteAll': 'Alle Benutzer einladen',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'Den # ausgewählten Benutzer einladen', other: 'Die # ausgewählten Benutzer einladen' }),
  'userAdmin.panelTitle': 'Benutzerdetails',
  'userAdmin.closePanel': 'Benutzerdetails schließen',
  'userAdmin.signedInAs': ({ name }) => `Angemeldet als ${name}`,
  'userAdmin.noAccess': 'Ihr Konto kann die Benutzer dieses Kunden nicht sehen.',
  'error.loadAdmin': 'Ihr Administratorkonto konnte nicht geladen werden.',

  'userAdmin.export.open': 'Exportieren',
  'userAdmin.import.open': 'Benutzer importieren',
  'userAdmin.import.close': 'Import schließen',
  'userAdmin.import.loading': 'Der Import wird geladen…',
  'userAdmin.import.loadFailed': 'Der Import konnte nicht geladen werden.',
  'userAdmin.supervision.exit': ({ name }) => `Supervision des Selfcare von ${name} beendet.`,
  'userAdmin.supervision.expired': ({ name }) => `Supervision des Selfcare von ${name} beendet: Die 30 Minuten sind abgelaufen.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `Supervision des Selfcare von ${name} beendet: Der Server hat die Sitzung geschlossen (anderswo beendet, oder das Konto hat sich geändert).`,
} satisfies CatalogueOf<typeof userAdminEn>;
