import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFrameNl = {
  'supervisionFrame.banner': ({ name }) => `U kijkt mee in de selfcare van ${name}`,
  'supervisionFrame.bannerUnnamed': 'U kijkt mee in de selfcare van een gebruiker',
  'supervisionFrame.timeLeft': 'Resterende tijd',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, { one: 'Nog # minuut in de meekijksessie.', other: 'Nog # minuten in de meekijksessie.' }),
  'supervisionFrame.exit': 'Stoppen',
  'supervisionFrame.exitLabel': ({ name }) => `Stoppen met meekijken bij ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Stoppen met meekijken',
  'supervisionFrame.exiting': 'Meekijken wordt beëindigd…',
  'supervisionFrame.endFailed': 'Het meekijken kon niet worden beëindigd: de sessie loopt nog.',
  'supervisionFrame.closed': 'Het meekijken is beëindigd.',
  'supervisionFrame.expired': ({ minutes }) => `De meekijksessie is beëindigd: ${minutes} minuten is het maximum.`,
  'supervisionFrame.revoked':
    'De meekijksessie werkt niet meer: die is elders beëindigd, of met het account kan niet meer worden meegekeken.',
  'supervisionFrame.close': 'Sluiten',
  'supervisionFrame.notConfigured': 'Het meekijken kan niet openen: de sessie heeft geen token of het frame heeft geen base-url.',
  'supervisionFrame.loadingUser': 'Gebruiker laden…',
  'supervisionFrame.loadUserFailed': 'De gebruiker kon niet worden geladen.',
  'supervisionFrame.account': 'Account',
  'supervisionFrame.field.name': 'Naam',
  'supervisionFrame.field.email': 'E-mail',
  'supervisionFrame.field.mobile': 'Mobiel',
  'supervisionFrame.field.mailLanguage': 'E-mailtaal',
  'supervisionFrame.none': 'Geen',
  'supervisionFrame.saveMailLanguage': 'E-mailtaal opslaan',
  'supervisionFrame.saving': 'Opslaan…',
  'supervisionFrame.saved': 'De e-mailtaal is opgeslagen.',
  'supervisionFrame.saveFailed': 'De e-mailtaal kon niet worden opgeslagen.',
  'supervisionFrame.refusedByServer':
    'Niet toegestaan tijdens het meekijken: de server heeft deze wijziging geweigerd. Alleen de gebruiker zelf kan die doorvoeren.',
  'supervisionFrame.action.password': 'Wachtwoord wijzigen',
  'supervisionFrame.action.email': 'E-mailadres wijzigen',
  'supervisionFrame.action.two_factor': 'Tweestapsverificatie',
  'supervisionFrame.action.delete': 'Account verwijderen',
  'supervisionFrame.blocked.password': 'Niet toegestaan tijdens het meekijken: alleen de gebruiker zelf wijzigt het wachtwoord.',
  'supervisionFrame.blocked.email': 'Niet toegestaan tijdens het meekijken: alleen de gebruiker zelf wijzigt het e-mailadres om in te loggen.',
  'supervisionFrame.blocked.two_factor': 'Niet toegestaan tijdens het meekijken: alleen de gebruiker zelf wijzigt hoe het account is beveiligd.',
  'supervisionFrame.blocked.delete': 'Niet toegestaan tijdens het meekijken: het account kan niet vanuit een meekijksessie worden verwijderd.',
  'supervisionFrame.frameTitle': ({ name }) => `Selfcare van ${name}`,
  'supervisionFrame.frameTitleUnnamed': 'De selfcare van de gebruiker',
  'supervisionFrame.refused.invalid_url': 'De selfcare kan niet openen: het adres (src) is geen geldige URL.',
  'supervisionFrame.refused.insecure':
    'De selfcare kan niet openen: het adres moet https gebruiken, anders kan het meekijktoken onderweg worden meegelezen.',
  'supervisionFrame.refused.same_origin':
    'De selfcare kan niet openen: die staat op dezelfde origin als deze pagina en zou dus het meekijktoken kunnen lezen en verder gaan dan toegestaan. Bied de selfcare aan vanaf een eigen origin.',
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `De selfcare kan niet worden geopend: de Content-Security-Policy van dit portaal staat ${origin} niet toe in frame-src. Vraag de beheerders van het portaal om het toe te voegen.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
