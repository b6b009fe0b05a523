import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogNl = {
  'superviseDialog.title': ({ name }) => `Meekijken in de selfcare van ${name}`,
  'superviseDialog.intro': ({ name }) =>
    `U ziet de selfcare van ${name} zoals deze persoon die ziet, zodat u kunt laten zien hoe iets werkt.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `De sessie duurt maximaal ${t.number(minutes)} minuten en wordt met uw reden vastgelegd in het auditlog. ` +
    'Het wachtwoord, het e-mailadres of de tweestapsverificatie wijzigen en het account verwijderen is niet mogelijk tijdens het meekijken.',
  'superviseDialog.reason': 'Reden',
  'superviseDialog.reasonHint': 'Verplicht. Wordt bij de sessie vastgelegd, voor de gebruiker en voor audits.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Geef een reden op: die wordt bij de sessie vastgelegd.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `De reden is te lang: maximaal ${t.number(max)} tekens.`,
  'superviseDialog.start': 'Meekijken starten',
  'superviseDialog.starting': 'Starten…',
  'superviseDialog.cancel': 'Annuleren',
  'superviseDialog.close': 'Sluiten',
  'superviseDialog.refusal.self': 'U kunt niet meekijken met uw eigen account.',
  'superviseDialog.refusal.admin': 'Met beheerders kan niet worden meegekeken.',
  'superviseDialog.refusal.banned': 'Deze gebruiker is geblokkeerd: met een geblokkeerd account kan niet worden meegekeken.',
  'superviseDialog.refusal.closed': 'Dit account is gesloten: met een gesloten account kan niet worden meegekeken.',
  'superviseDialog.refusal.not_activated':
    'Deze gebruiker heeft het account nog niet geactiveerd: alleen met een actief account kan worden meegekeken.',
  'superviseDialog.refusal.inactive': 'Dit account is gedeactiveerd: alleen met een actief account kan worden meegekeken.',
  'superviseDialog.refusal.already_supervising':
    'U kijkt al mee met een gebruiker (misschien in een ander tabblad). Beëindig eerst die sessie; die stopt uiterlijk na 30 minuten vanzelf.',
  'superviseDialog.endOpenSession': 'Die sessie beëindigen en deze starten',
  'superviseDialog.refusal.nested': 'U kijkt al mee: vanuit een meekijksessie kan geen nieuwe worden gestart.',
  'superviseDialog.error.forbidden': 'Uw rol staat niet toe dat u met gebruikers meekijkt.',
  'superviseDialog.error.notFound': 'Deze gebruiker valt niet meer binnen uw bereik (verwijderd of buiten uw bereik geplaatst).',
  'superviseDialog.error.failed': 'Het meekijken kon niet worden gestart.',
  'superviseDialog.error.unknownOutcome':
    'De server antwoordde niet op tijd: de sessie is mogelijk gestart. Als “U kijkt al mee” verschijnt, stopt die binnen 30 minuten vanzelf.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
