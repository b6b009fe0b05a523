import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingIt = {
  'addressBookSharing.heading': 'Gruppi della rubrica',
  'addressBookSharing.loading': 'Caricamento dei gruppi della rubrica…',
  'addressBookSharing.empty': 'Questo cliente non ha ancora gruppi nella rubrica.',
  'addressBookSharing.readOnly': 'È possibile vedere queste condivisioni, ma non modificarle.',
  'addressBookSharing.column.select': 'Selezione',
  'addressBookSharing.column.group': 'Gruppo',
  'addressBookSharing.column.contacts': 'Contatti',
  'addressBookSharing.column.access': ({ name }) => `Accesso di ${name}`,
  'addressBookSharing.column.sharedWith': 'Condiviso con',
  'addressBookSharing.selectAll': 'Seleziona tutti i gruppi',
  'addressBookSharing.selectGroup': ({ group }) => `Seleziona ${group}`,
  'addressBookSharing.permission.read': 'Lettura',
  'addressBookSharing.permission.write': 'Lettura e scrittura',
  'addressBookSharing.notShared': 'Non condiviso',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# utente', other: '# utenti' }),
  'addressBookSharing.recipients': 'Condividi con',
  'addressBookSharing.noRecipients': 'Ancora nessuno: aggiungere almeno una persona.',
  'addressBookSharing.removeRecipient': ({ name }) => `Rimuovi ${name}`,
  'addressBookSharing.picker.label': 'Aggiungi persone',
  'addressBookSharing.picker.hint': 'Digitare un nome, un’email o un nome utente, poi scegliere con i tasti freccia e Invio.',
  'addressBookSharing.picker.results': 'Utenti corrispondenti',
  'addressBookSharing.picker.searching': 'Ricerca in corso…',
  'addressBookSharing.picker.none': 'Nessun utente corrisponde.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: '# utente mostrato', other: '# utenti mostrati' })} su ${t.number(total)}: digitare altro per restringere l’elenco.`
      : t.plural(count, { one: '# utente trovato.', other: '# utenti trovati.' }),
  'addressBookSharing.picker.failed': 'La ricerca non è riuscita. Digitare di nuovo per riprovare.',
  'addressBookSharing.permission': 'Autorizzazione',
  'addressBookSharing.share': 'Condividi',
  'addressBookSharing.unshare': 'Annulla condivisione',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# gruppo', other: '# gruppi' })} × ${t.plural(users, { one: '# persona', other: '# persone' })}`,
  'addressBookSharing.needSelection': 'Selezionare almeno un gruppo e una persona.',
  'addressBookSharing.progress.share': 'Condivisione in corso',
  'addressBookSharing.progress.unshare': 'Annullamento della condivisione in corso',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} di ${t.number(total)} completati`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Fatto: # modifica salvata.', other: 'Fatto: # modifiche salvate.' })
      : `${t.plural(succeeded, { one: '# modifica salvata', other: '# modifiche salvate' })}, ${t.plural(failed, { one: '# non riuscita', other: '# non riuscite' })}.`,
  'addressBookSharing.failures': 'Modifiche non riuscite',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Riprova quelle non riuscite',
  'addressBookSharing.error.unknownUser': 'questo utente non esiste o è fuori dal suo ambito.',
  'addressBookSharing.error.contact': 'un contatto non può ricevere un gruppo condiviso.',
  'addressBookSharing.error.groupGone': 'questo gruppo non esiste più.',
  'addressBookSharing.error.forbidden': 'non si dispone dell’autorizzazione per modificare questa condivisione.',
  'addressBookSharing.error.item': 'il server ha rifiutato questa modifica.',
  'addressBookSharing.error.load': 'Impossibile caricare i gruppi della rubrica.',
  'addressBookSharing.error.notFound': 'Questo utente non esiste più o è fuori dal suo ambito.',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
