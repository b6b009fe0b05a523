import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerDe = {
  'bulkInvite.title': 'Ausgewählte Benutzer einladen',
  'bulkInvite.dismiss': 'Einladungsbanner schließen',
  'bulkInvite.loading': 'Einladungen werden gezählt…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: '# Einladung wird gesendet', other: '# Einladungen werden gesendet' })}; ${t.plural(withoutEmail, {
      one: '# Benutzer hat keine E-Mail-Adresse und kann nicht eingeladen werden',
      other: '# Benutzer haben keine E-Mail-Adresse und können nicht eingeladen werden',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# Benutzer ist bereits aktiv, gesperrt oder geschlossen und wird übersprungen.',
      other: '# Benutzer sind bereits aktiv, gesperrt oder geschlossen und werden übersprungen.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `Nicht genug Plätze in ${pool}: ${t.number(needed)} benötigt, ${t.number(remaining)} frei. Benutzer jenseits des letzten Platzes werden nicht eingeladen.`,
  'bulkInvite.noEmail.title': 'Benutzer ohne E-Mail-Adresse',
  'bulkInvite.noEmail.hint': 'Geben Sie jedem eine E-Mail-Adresse, um ihn in die Einladungen aufzunehmen.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `Die ersten ${t.number(shown)} von ${t.number(total)} werden angezeigt.`,
  'bulkInvite.noEmail.label': ({ name }) => `E-Mail-Adresse für ${name}`,
  'bulkInvite.noEmail.save': 'Speichern',
  'bulkInvite.noEmail.saveFor': ({ name }) => `E-Mail-Adresse von ${name} speichern`,
  'bulkInvite.noEmail.saving': 'Wird gespeichert…',
  'bulkInvite.noEmail.saved': ({ name }) => `E-Mail-Adresse für ${name} gespeichert. Die Einladungen werden neu gezählt.`,
  'bulkInvite.error.emailRequired': 'Geben Sie eine E-Mail-Adresse ein.',
  'bulkInvite.error.emailInvalid': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@firma.de.',
  'bulkInvite.error.emailTaken': 'Ein anderer Benutzer dieses Kunden hat bereits diese Adresse.',
  'bulkInvite.error.saveEmail': 'Die E-Mail-Adresse konnte nicht gespeichert werden.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: '# Einladung senden', other: '# Einladungen senden' }),
  'bulkInvite.nothingToSend': 'Keine Einladung zu senden.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: '# Einladung wird gesendet…', other: '# Einladungen werden gesendet…' }),
  'bulkInvite.progress': 'Einladungen werden gesendet',
  'bulkInvite.retry': 'Erneut versuchen',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'Fehlgeschlagene Einladung erneut senden', other: 'Die # fehlgeschlagenen Einladungen erneut senden' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Fertig: ${t.plural(sent, { one: '# gesendet', other: '# gesendet' })}, ${t.plural(skipped, { one: '# übersprungen', other: '# übersprungen' })}, ${t.plural(failed, { one: '# fehlgeschlagen', other: '# fehlgeschlagen' })}.`,
  'bulkInvite.results.caption': 'Ergebnis für jeden Benutzer',
  'bulkInvite.results.user': 'Benutzer',
  'bulkInvite.results.outcome': 'Ergebnis',
  'bulkInvite.results.reason': 'Grund',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: '# weiteren anzeigen', other: '# weitere anzeigen' }),
  'bulkInvite.outcome.sent': 'Gesendet',
  'bulkInvite.outcome.skipped': 'Übersprungen',
  'bulkInvite.outcome.failed': 'Fehlgeschlagen',
  'bulkInvite.reason.no_email': 'Keine E-Mail-Adresse',
  'bulkInvite.reason.seat_limit': 'Kein freier Platz mehr im Lizenzpool',
  'bulkInvite.reason.already_active': 'Bereits aktiv',
  'bulkInvite.reason.invalid_status': 'Inaktiv, gesperrt oder geschlossen',
  'bulkInvite.reason.not_found': 'Nicht mehr vorhanden',
  'bulkInvite.reason.rate_limited': 'Zu viele E-Mails an diese Adresse in letzter Zeit',
  'bulkInvite.error.unknownOutcome':
    'Der Server hat die Einladungen nicht bestätigt. Versuchen Sie es erneut: Dieselbe Anfrage wird noch einmal gesendet, nie eine zweite E-Mail.',
  'bulkInvite.error.send': 'Die Einladungen konnten nicht gesendet werden.',
  'bulkInvite.error.forbidden': 'Sie dürfen diese Einladungen nicht senden.',
  'bulkInvite.error.preview': 'Die Einladungen konnten nicht gezählt werden.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
