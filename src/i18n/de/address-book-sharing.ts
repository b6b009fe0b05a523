import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingDe = {
  'addressBookSharing.heading': 'Adressbuchgruppen',
  'addressBookSharing.loading': 'Adressbuchgruppen werden geladen…',
  'addressBookSharing.empty': 'Dieser Kunde hat noch keine Adressbuchgruppen.',
  'addressBookSharing.readOnly': 'Sie können diese Freigaben sehen, aber nicht ändern.',
  'addressBookSharing.column.select': 'Auswahl',
  'addressBookSharing.column.group': 'Gruppe',
  'addressBookSharing.column.contacts': 'Kontakte',
  'addressBookSharing.column.access': ({ name }) => `Zugriff für ${name}`,
  'addressBookSharing.column.sharedWith': 'Freigegeben für',
  'addressBookSharing.selectAll': 'Alle Gruppen auswählen',
  'addressBookSharing.selectGroup': ({ group }) => `${group} auswählen`,
  'addressBookSharing.permission.read': 'Lesen',
  'addressBookSharing.permission.write': 'Lesen und schreiben',
  'addressBookSharing.notShared': 'Nicht freigegeben',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# Benutzer', other: '# Benutzer' }),
  'addressBookSharing.recipients': 'Freigeben für',
  'addressBookSharing.noRecipients': 'Noch niemand: Fügen Sie mindestens eine Person hinzu.',
  'addressBookSharing.removeRecipient': ({ name }) => `${name} entfernen`,
  'addressBookSharing.picker.label': 'Personen hinzufügen',
  'addressBookSharing.picker.hint': 'Geben Sie einen Namen, eine E-Mail-Adresse oder einen Anmeldenamen ein und wählen Sie mit den Pfeiltasten und der Eingabetaste.',
  'addressBookSharing.picker.results': 'Passende Benutzer',
  'addressBookSharing.picker.searching': 'Suche läuft…',
  'addressBookSharing.picker.none': 'Kein Benutzer passt.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: '# Benutzer angezeigt', other: '# Benutzer angezeigt' })} von ${t.number(total)}: Geben Sie mehr ein, um die Liste einzugrenzen.`
      : t.plural(count, { one: '# Benutzer gefunden.', other: '# Benutzer gefunden.' }),
  'addressBookSharing.picker.failed': 'Die Suche ist fehlgeschlagen. Tippen Sie erneut, um es noch einmal zu versuchen.',
  'addressBookSharing.permission': 'Berechtigung',
  'addressBookSharing.share': 'Freigeben',
  'addressBookSharing.unshare': 'Freigabe aufheben',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# Gruppe', other: '# Gruppen' })} × ${t.plural(users, { one: '# Person', other: '# Personen' })}`,
  'addressBookSharing.needSelection': 'Wählen Sie mindestens eine Gruppe und eine Person aus.',
  'addressBookSharing.progress.share': 'Freigabe läuft',
  'addressBookSharing.progress.unshare': 'Freigaben werden aufgehoben',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} von ${t.number(total)} erledigt`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Fertig: # Änderung gespeichert.', other: 'Fertig: # Änderungen gespeichert.' })
      : `${t.plural(succeeded, { one: '# Änderung gespeichert', other: '# Änderungen gespeichert' })}, ${t.plural(failed, { one: '# fehlgeschlagen', other: '# fehlgeschlagen' })}.`,
  'addressBookSharing.failures': 'Fehlgeschlagene Änderungen',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Fehlgeschlagene wiederholen',
  'addressBookSharing.error.unknownUser': 'Dieser Benutzer existiert nicht oder liegt außerhalb Ihres Bereichs.',
  'addressBookSharing.error.contact': 'Ein Kontakt kann keine freigegebene Gruppe erhalten.',
  'addressBookSharing.error.groupGone': 'Diese Gruppe existiert nicht mehr.',
  'addressBookSharing.error.forbidden': 'Sie dürfen diese Freigabe nicht ändern.',
  'addressBookSharing.error.item': 'Der Server hat diese Änderung abgelehnt.',
  'addressBookSharing.error.load': 'Die Adressbuchgruppen konnten nicht geladen werden.',
  'addressBookSharing.error.notFound': 'Dieser Benutzer existiert nicht mehr oder liegt außerhalb Ihres Bereichs.',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
