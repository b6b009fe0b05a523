import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingNl = {
  'addressBookSharing.heading': 'Adresboekgroepen',
  'addressBookSharing.loading': 'Adresboekgroepen laden…',
  'addressBookSharing.empty': 'Deze klant heeft nog geen adresboekgroepen.',
  'addressBookSharing.readOnly': 'U kunt deze delingen bekijken, maar niet wijzigen.',
  'addressBookSharing.column.select': 'Selectie',
  'addressBookSharing.column.group': 'Groep',
  'addressBookSharing.column.contacts': 'Contacten',
  'addressBookSharing.column.access': ({ name }) => `Toegang voor ${name}`,
  'addressBookSharing.column.sharedWith': 'Gedeeld met',
  'addressBookSharing.selectAll': 'Alle groepen selecteren',
  'addressBookSharing.selectGroup': ({ group }) => `${group} selecteren`,
  'addressBookSharing.permission.read': 'Lezen',
  'addressBookSharing.permission.write': 'Lezen en schrijven',
  'addressBookSharing.notShared': 'Niet gedeeld',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# gebruiker', other: '# gebruikers' }),
  'addressBookSharing.recipients': 'Delen met',
  'addressBookSharing.noRecipients': 'Nog niemand: voeg minstens één persoon toe.',
  'addressBookSharing.removeRecipient': ({ name }) => `${name} verwijderen`,
  'addressBookSharing.picker.label': 'Personen toevoegen',
  'addressBookSharing.picker.hint': 'Typ een naam, e-mailadres of inlognaam en kies met de pijltjestoetsen en Enter.',
  'addressBookSharing.picker.results': 'Gevonden gebruikers',
  'addressBookSharing.picker.searching': 'Zoeken…',
  'addressBookSharing.picker.none': 'Geen gebruiker gevonden.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: '# gebruiker getoond', other: '# gebruikers getoond' })} van ${t.number(total)}: typ meer om de lijst te verkleinen.`
      : t.plural(count, { one: '# gebruiker gevonden.', other: '# gebruikers gevonden.' }),
  'addressBookSharing.picker.failed': 'Het zoeken is mislukt. Typ opnieuw om het nog eens te proberen.',
  'addressBookSharing.permission': 'Recht',
  'addressBookSharing.share': 'Delen',
  'addressBookSharing.unshare': 'Delen opheffen',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# groep', other: '# groepen' })} × ${t.plural(users, { one: '# persoon', other: '# personen' })}`,
  'addressBookSharing.needSelection': 'Selecteer minstens één groep en één persoon.',
  'addressBookSharing.progress.share': 'Bezig met delen',
  'addressBookSharing.progress.unshare': 'Bezig met delen opheffen',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} van ${t.number(total)} verwerkt`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Klaar: # wijziging opgeslagen.', other: 'Klaar: # wijzigingen opgeslagen.' })
      : `${t.plural(succeeded, { one: '# wijziging opgeslagen', other: '# wijzigingen opgeslagen' })}, ${t.plural(failed, { one: '# mislukt', other: '# mislukt' })}.`,
  'addressBookSharing.failures': 'Mislukte wijzigingen',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Mislukte opnieuw proberen',
  'addressBookSharing.error.unknownUser': 'deze gebruiker bestaat niet of valt buiten uw bereik.',
  'addressBookSharing.error.contact': 'een contact kan geen gedeelde groep ontvangen.',
  'addressBookSharing.error.groupGone': 'deze groep bestaat niet meer.',
  'addressBookSharing.error.forbidden': 'u mag deze deling niet wijzigen.',
  'addressBookSharing.error.item': 'de server heeft deze wijziging geweigerd.',
  'addressBookSharing.error.load': 'De adresboekgroepen konden niet worden geladen.',
  'addressBookSharing.error.notFound': 'Deze gebruiker bestaat niet meer of valt buiten uw bereik.',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
