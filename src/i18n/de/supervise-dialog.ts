import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogDe = {
  'superviseDialog.title': ({ name }) => `Supervision des Selfcare von ${name}`,
  'superviseDialog.intro': ({ name }) =>
    `Sie sehen das Selfcare von ${name} so, wie diese Person es sieht, um ihr zu zeigen, wie etwas geht.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `Die Sitzung dauert höchstens ${t.number(minutes)} Minuten und wird mit Ihrem Grund im Audit-Protokoll aufgezeichnet. ` +
    'Passwort, E-Mail-Adresse oder Zwei-Faktor-Authentifizierung ändern und das Konto löschen ist während einer Supervision nicht möglich.',
  'superviseDialog.reason': 'Grund',
  'superviseDialog.reasonHint': 'Pflichtfeld. Wird mit der Sitzung gespeichert, für den Benutzer und für Audits.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Geben Sie einen Grund an: Er wird mit der Sitzung gespeichert.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `Der Grund ist zu lang: höchstens ${t.number(max)} Zeichen.`,
  'superviseDialog.start': 'Supervision starten',
  'superviseDialog.starting': 'Wird gestartet…',
  'superviseDialog.cancel': 'Abbrechen',
  'superviseDialog.close': 'Schließen',
  'superviseDialog.refusal.self': 'Für Ihr eigenes Konto ist keine Supervision möglich.',
  'superviseDialog.refusal.admin': 'Für Administratoren ist keine Supervision möglich.',
  'superviseDialog.refusal.banned': 'Dieser Benutzer ist gesperrt: Für ein gesperrtes Konto ist keine Supervision möglich.',
  'superviseDialog.refusal.closed': 'Dieses Konto ist geschlossen: Für ein geschlossenes Konto ist keine Supervision möglich.',
  'superviseDialog.refusal.not_activated':
    'Dieser Benutzer hat sein Konto noch nicht aktiviert: Eine Supervision ist nur für ein aktives Konto möglich.',
  'superviseDialog.refusal.inactive': 'Dieses Konto ist deaktiviert: Eine Supervision ist nur für ein aktives Konto möglich.',
  'superviseDialog.refusal.already_supervising':
    'Sie führen bereits eine Supervision durch (vielleicht in einem anderen Tab). Beenden Sie zuerst diese Sitzung; sie endet spätestens nach 30 Minuten von selbst.',
  'superviseDialog.endOpenSession': 'Diese Sitzung beenden und die neue starten',
  'superviseDialog.refusal.nested': 'Sie führen gerade eine Supervision durch: Aus ihr heraus kann keine weitere gestartet werden.',
  'superviseDialog.error.forbidden': 'Ihre Rolle erlaubt keine Supervision von Benutzern.',
  'superviseDialog.error.notFound': 'Dieser Benutzer ist nicht mehr in Ihrem Bereich (gelöscht oder aus Ihrem Bereich verschoben).',
  'superviseDialog.error.failed': 'Die Supervision konnte nicht gestartet werden.',
  'superviseDialog.error.unknownOutcome':
    'Der Server hat nicht rechtzeitig geantwortet: Die Sitzung wurde vielleicht gestartet. Wenn „Sie führen bereits eine Supervision durch“ erscheint, endet sie innerhalb von 30 Minuten von selbst.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
