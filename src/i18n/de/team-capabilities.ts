import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesDe = {
  'teamCapabilities.heading': 'Team-Fähigkeiten',
  'teamCapabilities.loading': 'Team-Fähigkeiten werden geladen…',
  'teamCapabilities.on': 'Ein',
  'teamCapabilities.off': 'Aus',
  'teamCapabilities.remoteManagement': 'Fernverwaltung',
  'teamCapabilities.remoteManagement.description': 'Kann die Geräte des Teams aus der Ferne verwalten.',
  'teamCapabilities.supportManagement': 'Support-Verwaltung',
  'teamCapabilities.supportManagement.description':
    'Macht den Benutzer zu einem Operator, der Support-Anfragen bearbeitet. Die Zahl der Operatoren ist durch den Operator-Pool begrenzt.',
  'teamCapabilities.counter.label': 'Team',
  'teamCapabilities.counter.users': 'Benutzer',
  'teamCapabilities.counter.operators': 'Operatoren',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} von ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'unbegrenzt (kein Operator-Pool)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `Support kann nicht eingeschaltet werden: Der Operator-Pool „${pool}“ ist voll (${t.number(used)} von ${t.number(total)} Plätzen belegt). Geben Sie zuerst einen Operator-Platz frei oder kaufen Sie weitere Lizenzen.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `Support kann nicht eingeschaltet werden: Der Operator-Pool „${pool}“ liegt ${t.number(count)} über seinem Limit. Geben Sie zuerst Operator-Plätze frei oder kaufen Sie weitere Lizenzen.`,
  'teamCapabilities.readOnly': 'Sie können diese Fähigkeiten sehen, aber nicht ändern.',
  'teamCapabilities.saving': 'Wird gespeichert…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability} eingeschaltet.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability} ausgeschaltet.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `Support wurde nicht eingeschaltet: Der Operator-Pool „${pool}“ hat keinen freien Platz mehr. Geben Sie einen Operator-Platz frei oder kaufen Sie weitere Lizenzen.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'Support wurde nicht eingeschaltet: Der Operator-Pool hat keinen freien Platz mehr. Geben Sie einen Operator-Platz frei oder kaufen Sie weitere Lizenzen.',
  'teamCapabilities.error.forbidden':
    'Sie dürfen die Fähigkeiten dieses Benutzers nicht ändern (der Benutzer ist möglicherweise vor Änderungen geschützt).',
  'teamCapabilities.error.save': 'Die Änderung konnte nicht gespeichert werden; es wurde nichts geändert.',
  'teamCapabilities.error.load': 'Die Team-Fähigkeiten konnten nicht geladen werden.',
  'teamCapabilities.error.notFound': 'Dieser Benutzer existiert nicht mehr oder liegt außerhalb Ihres Bereichs.',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
