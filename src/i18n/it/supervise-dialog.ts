import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogIt = {
  'superviseDialog.title': ({ name }) => `Supervisiona l’area personale di ${name}`,
  'superviseDialog.intro': ({ name }) =>
    `Vedrà l’area personale di ${name} così come la vede questa persona, per mostrarle come fare qualcosa.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `La sessione dura al massimo ${t.number(minutes)} minuti e viene registrata nel registro di audit con il motivo indicato. ` +
    'Durante la supervisione non è possibile cambiare la password, l’email o l’autenticazione a due fattori, né eliminare l’account.',
  'superviseDialog.reason': 'Motivo',
  'superviseDialog.reasonHint': 'Obbligatorio. Viene registrato con la sessione, per l’utente e per gli audit.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Indicare un motivo: viene registrato con la sessione.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `Il motivo è troppo lungo: al massimo ${t.number(max)} caratteri.`,
  'superviseDialog.start': 'Avvia la supervisione',
  'superviseDialog.starting': 'Avvio…',
  'superviseDialog.cancel': 'Annulla',
  'superviseDialog.close': 'Chiudi',
  'superviseDialog.refusal.self': 'Non è possibile supervisionare il proprio account.',
  'superviseDialog.refusal.admin': 'Gli amministratori non possono essere supervisionati.',
  'superviseDialog.refusal.banned': 'Questo utente è bloccato: un account bloccato non può essere supervisionato.',
  'superviseDialog.refusal.closed': 'Questo account è chiuso: un account chiuso non può essere supervisionato.',
  'superviseDialog.refusal.not_activated':
    'Questo utente non ha ancora attivato il suo account: si può supervisionare solo un account attivo.',
  'superviseDialog.refusal.inactive': 'Questo account è disattivato: si può supervisionare solo un account attivo.',
  'superviseDialog.refusal.already_supervising':
    'È già in corso la supervisione di un utente (forse in un’altra scheda). Terminare prima quella sessione; in ogni caso termina da sola dopo 30 minuti al massimo.',
  'superviseDialog.endOpenSession': 'Termina quella sessione e avvia questa',
  'superviseDialog.refusal.nested': 'È in corso una supervisione: non si può avviare una supervisione dall’interno di un’altra.',
  'superviseDialog.error.forbidden': 'Il suo ruolo non consente di supervisionare gli utenti.',
  'superviseDialog.error.notFound': 'Questo utente non è più raggiungibile (eliminato o spostato fuori dal suo ambito).',
  'superviseDialog.error.failed': 'Impossibile avviare la supervisione.',
  'superviseDialog.error.unknownOutcome':
    'Il server non ha risposto in tempo: la sessione potrebbe essere stata avviata. Se compare “È già in corso la supervisione”, la sessione termina da sola entro 30 minuti.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
