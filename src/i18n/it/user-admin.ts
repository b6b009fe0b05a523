import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminIt = {
  'userAdmin.title': 'Utenti',
  'userAdmin.loading': 'Caricamento dell’amministrazione…',
  'userAdmin.notConfigured': 'Impostare base-url e un token (o un oggetto api) e client-id per mostrare gli utenti.',
  'userAdmin.inviteAll': 'Invita tutti gli utenti',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'Invita l’utente selezionato', other: 'Invita i # utenti selezionati' }),
  'userAdmin.panelTitle': 'Dettagli dell’utente',
  'userAdmin.closePanel': 'Chiudi i dettagli dell’utente',
  'userAdmin.signedInAs': ({ name }) => `Accesso effettuato come ${name}`,
  'userAdmin.noAccess': 'Il suo account non può vedere gli utenti di questo cliente.',
  'error.loadAdmin': 'Impossibile caricare il suo account di amministratore.',

  'userAdmin.export.open': 'Esporta',
  'userAdmin.import.open': 'Importa utenti',
  'userAdmin.import.close': 'Chiudi l’importazione',
  'userAdmin.import.loading': 'Caricamento dell’importazione…',
  'userAdmin.import.loadFailed': 'Impossibile caricare l’importazione.',
  'userAdmin.supervision.exit': ({ name }) => `La supervisione dell’area personale di ${name} è terminata.`,
  'userAdmin.supervision.expired': ({ name }) =>
    `La supervisione dell’area personale di ${name} è terminata: i 30 minuti sono scaduti.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `La supervisione dell’area personale di ${name} è terminata: il server ha chiuso la sessione (terminata altrove, oppure l’account è cambiato).`,
} satisfies CatalogueOf<typeof userAdminEn>;
