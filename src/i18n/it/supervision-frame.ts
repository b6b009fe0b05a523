import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFrameIt = {
  'supervisionFrame.banner': ({ name }) => `Sta supervisionando l’area personale di ${name}`,
  'supervisionFrame.bannerUnnamed': 'Sta supervisionando l’area personale di un utente',
  'supervisionFrame.timeLeft': 'Tempo rimanente',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, {
      one: 'Resta # minuto nella sessione di supervisione.',
      other: 'Restano # minuti nella sessione di supervisione.',
    }),
  'supervisionFrame.exit': 'Esci',
  'supervisionFrame.exitLabel': ({ name }) => `Esci dalla supervisione di ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Esci dalla supervisione',
  'supervisionFrame.exiting': 'Chiusura della supervisione…',
  'supervisionFrame.endFailed': 'Impossibile terminare la supervisione: è ancora in corso.',
  'supervisionFrame.closed': 'La supervisione è terminata.',
  'supervisionFrame.expired': ({ minutes }) => `La sessione di supervisione è terminata: il limite è di ${minutes} minuti.`,
  'supervisionFrame.revoked':
    'La sessione di supervisione non è più valida: è stata terminata altrove, oppure l’account non può più essere supervisionato.',
  'supervisionFrame.close': 'Chiudi',
  'supervisionFrame.notConfigured': 'Impossibile aprire la supervisione: la sessione non ha un token o il riquadro non ha base-url.',
  'supervisionFrame.loadingUser': 'Caricamento dell’utente…',
  'supervisionFrame.loadUserFailed': 'Impossibile caricare l’utente.',
  'supervisionFrame.account': 'Account',
  'supervisionFrame.field.name': 'Nome',
  'supervisionFrame.field.email': 'Email',
  'supervisionFrame.field.mobile': 'Cellulare',
  'supervisionFrame.field.mailLanguage': 'Lingua delle email',
  'supervisionFrame.none': 'Nessuna',
  'supervisionFrame.saveMailLanguage': 'Salva la lingua delle email',
  'supervisionFrame.saving': 'Salvataggio…',
  'supervisionFrame.saved': 'La lingua delle email è stata salvata.',
  'supervisionFrame.saveFailed': 'Impossibile salvare la lingua delle email.',
  'supervisionFrame.refusedByServer':
    'Non consentito durante la supervisione: il server ha rifiutato questa modifica. Solo l’utente può farla.',
  'supervisionFrame.action.password': 'Cambia password',
  'supervisionFrame.action.email': 'Cambia email',
  'supervisionFrame.action.two_factor': 'Autenticazione a due fattori',
  'supervisionFrame.action.delete': 'Elimina account',
  'supervisionFrame.blocked.password': 'Non consentito durante la supervisione: solo l’utente può cambiare la propria password.',
  'supervisionFrame.blocked.email':
    'Non consentito durante la supervisione: solo l’utente può cambiare l’email con cui accede.',
  'supervisionFrame.blocked.two_factor':
    'Non consentito durante la supervisione: solo l’utente può cambiare il modo in cui il suo account è protetto.',
  'supervisionFrame.blocked.delete':
    'Non consentito durante la supervisione: l’account non può essere eliminato dall’interno di una supervisione.',
  'supervisionFrame.frameTitle': ({ name }) => `Area personale di ${name}`,
  'supervisionFrame.frameTitleUnnamed': 'Area personale dell’utente',
  'supervisionFrame.refused.invalid_url': 'Impossibile aprire l’area personale: il suo indirizzo (src) non è un URL valido.',
  'supervisionFrame.refused.insecure':
    'Impossibile aprire l’area personale: il suo indirizzo deve usare https, altrimenti il token di supervisione potrebbe essere letto durante il percorso.',
  'supervisionFrame.refused.same_origin':
    'Impossibile aprire l’area personale: ha la stessa origine di questa pagina, quindi potrebbe leggere il token di supervisione e agire oltre i suoi limiti. Servirla da un’origine propria.',
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `L'area personale non può aprirsi: la Content-Security-Policy di questo portale non consente ${origin} in frame-src. Chiedere agli amministratori del portale di aggiungerlo.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
