import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesNl = {
  'teamCapabilities.heading': 'Teambevoegdheden',
  'teamCapabilities.loading': 'Teambevoegdheden laden…',
  'teamCapabilities.on': 'Aan',
  'teamCapabilities.off': 'Uit',
  'teamCapabilities.remoteManagement': 'Beheer op afstand',
  'teamCapabilities.remoteManagement.description': 'Kan de toestellen van het team op afstand beheren.',
  'teamCapabilities.supportManagement': 'Supportbeheer',
  'teamCapabilities.supportManagement.description':
    'Maakt van de gebruiker een operator die supportverzoeken afhandelt. Het aantal operators is begrensd door de operatorpool.',
  'teamCapabilities.counter.label': 'Team',
  'teamCapabilities.counter.users': 'Gebruikers',
  'teamCapabilities.counter.operators': 'Operators',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} van ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'onbegrensd (geen operatorpool)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `Support kan niet worden ingeschakeld: de operatorpool “${pool}” is vol (${t.number(used)} van ${t.number(total)} plaatsen in gebruik). Maak eerst een operatorplaats vrij of koop meer licenties.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `Support kan niet worden ingeschakeld: de operatorpool “${pool}” zit ${t.number(count)} boven de limiet. Maak eerst operatorplaatsen vrij of koop meer licenties.`,
  'teamCapabilities.readOnly': 'U kunt deze bevoegdheden bekijken, maar niet wijzigen.',
  'teamCapabilities.saving': 'Opslaan…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability} ingeschakeld.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability} uitgeschakeld.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `Support is niet ingeschakeld: de operatorpool “${pool}” heeft geen plaats meer over. Maak een operatorplaats vrij of koop meer licenties.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'Support is niet ingeschakeld: de operatorpool heeft geen plaats meer over. Maak een operatorplaats vrij of koop meer licenties.',
  'teamCapabilities.error.forbidden':
    'U mag de bevoegdheden van deze gebruiker niet wijzigen (de gebruiker is mogelijk beschermd tegen wijzigingen).',
  'teamCapabilities.error.save': 'De wijziging kon niet worden opgeslagen; er is niets gewijzigd.',
  'teamCapabilities.error.load': 'De teambevoegdheden konden niet worden geladen.',
  'teamCapabilities.error.notFound': 'Deze gebruiker bestaat niet meer of valt buiten uw bereik.',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
