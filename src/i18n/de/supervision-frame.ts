import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFrameDe = {
  'supervisionFrame.banner': ({ name }) => `Supervision: Sie sehen das Selfcare von ${name}`,
  'supervisionFrame.bannerUnnamed': 'Supervision: Sie sehen das Selfcare eines Benutzers',
  'supervisionFrame.timeLeft': 'Verbleibende Zeit',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, { one: 'Noch # Minute in der Supervisionssitzung.', other: 'Noch # Minuten in der Supervisionssitzung.' }),
  'supervisionFrame.exit': 'Beenden',
  'supervisionFrame.exitLabel': ({ name }) => `Supervision von ${name} beenden`,
  'supervisionFrame.exitLabelUnnamed': 'Supervision beenden',
  'supervisionFrame.exiting': 'Die Supervision wird beendet…',
  'supervisionFrame.endFailed': 'Die Supervision konnte nicht beendet werden: Sie läuft noch.',
  'supervisionFrame.closed': 'Die Supervision ist beendet.',
  'supervisionFrame.expired': ({ minutes }) => `Die Supervisionssitzung ist beendet: ${minutes} Minuten sind das Maximum.`,
  'supervisionFrame.revoked':
    'Die Supervisionssitzung funktioniert nicht mehr: Sie wurde anderswo beendet, oder für das Konto ist keine Supervision mehr möglich.',
  'supervisionFrame.close': 'Schließen',
  'supervisionFrame.notConfigured': 'Die Supervision kann nicht geöffnet werden: Die Sitzung hat kein Token oder der Rahmen hat keine base-url.',
  'supervisionFrame.loadingUser': 'Der Benutzer wird geladen…',
  'supervisionFrame.loadUserFailed': 'Der Benutzer konnte nicht geladen werden.',
  'supervisionFrame.account': 'Konto',
  'supervisionFrame.field.name': 'Name',
  'supervisionFrame.field.email': 'E-Mail',
  'supervisionFrame.field.mobile': 'Mobil',
  'supervisionFrame.field.mailLanguage': 'E-Mail-Sprache',
  'supervisionFrame.none': 'Keine',
  'supervisionFrame.saveMailLanguage': 'E-Mail-Sprache speichern',
  'supervisionFrame.saving': 'Wird gespeichert…',
  'supervisionFrame.saved': 'Die E-Mail-Sprache wurde gespeichert.',
  'supervisionFrame.saveFailed': 'Die E-Mail-Sprache konnte nicht gespeichert werden.',
  'supervisionFrame.refusedByServer':
    'Während einer Supervision nicht erlaubt: Der Server hat diese Änderung abgelehnt. Nur der Benutzer selbst kann sie vornehmen.',
  'supervisionFrame.action.password': 'Passwort ändern',
  'supervisionFrame.action.email': 'E-Mail-Adresse ändern',
  'supervisionFrame.action.two_factor': 'Zwei-Faktor-Authentifizierung',
  'supervisionFrame.action.delete': 'Konto löschen',
  'supervisionFrame.blocked.password': 'Während einer Supervision nicht erlaubt: Nur der Benutzer selbst ändert sein Passwort.',
  'supervisionFrame.blocked.email': 'Während einer Supervision nicht erlaubt: Nur der Benutzer selbst ändert seine Anmelde-E-Mail-Adresse.',
  'supervisionFrame.blocked.two_factor': 'Während einer Supervision nicht erlaubt: Nur der Benutzer selbst ändert, wie sein Konto geschützt ist.',
  'supervisionFrame.blocked.delete': 'Während einer Supervision nicht erlaubt: Das Konto kann nicht aus einer Supervision heraus gelöscht werden.',
  'supervisionFrame.frameTitle': ({ name }) => `Selfcare von ${name}`,
  'supervisionFrame.frameTitleUnnamed': 'Das Selfcare des Benutzers',
  'supervisionFrame.refused.invalid_url': 'Das Selfcare kann nicht geöffnet werden: Seine Adresse (src) ist keine gültige URL.',
  'supervisionFrame.refused.insecure':
    'Das Selfcare kann nicht geöffnet werden: Seine Adresse muss https verwenden, sonst könnte das Supervisions-Token unterwegs mitgelesen werden.',
  'supervisionFrame.refused.same_origin':
    'Das Selfcare kann nicht geöffnet werden: Es liegt auf demselben Origin wie diese Seite, könnte also das Supervisions-Token lesen und darüber hinaus handeln. Stellen Sie es von einem eigenen Origin bereit.',
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `Das Selfcare kann nicht geöffnet werden: Die Content-Security-Policy dieses Portals erlaubt ${origin} nicht in frame-src. Bitten Sie die Administratoren des Portals, es hinzuzufügen.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
