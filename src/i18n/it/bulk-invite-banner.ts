import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerIt = {
  'bulkInvite.title': 'Invita gli utenti selezionati',
  'bulkInvite.dismiss': 'Chiudi l’avviso sugli inviti',
  'bulkInvite.loading': 'Conteggio degli inviti…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: 'Verrà inviato # invito', other: 'Verranno inviati # inviti' })}; ${t.plural(withoutEmail, {
      one: '# utente non ha un’email e non può essere invitato',
      other: '# utenti non hanno un’email e non possono essere invitati',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# utente è già attivo, bloccato o chiuso e verrà saltato.',
      other: '# utenti sono già attivi, bloccati o chiusi e verranno saltati.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `Posti insufficienti in ${pool}: ne servono ${t.number(needed)}, ne restano ${t.number(remaining)}. Gli utenti oltre l’ultimo posto non verranno invitati.`,
  'bulkInvite.noEmail.title': 'Utenti senza email',
  'bulkInvite.noEmail.hint': 'Assegnare un’email a ciascuno per includerlo negli inviti.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `Sono mostrati i primi ${t.number(shown)} di ${t.number(total)}.`,
  'bulkInvite.noEmail.label': ({ name }) => `Indirizzo email di ${name}`,
  'bulkInvite.noEmail.save': 'Salva',
  'bulkInvite.noEmail.saveFor': ({ name }) => `Salva l’indirizzo email di ${name}`,
  'bulkInvite.noEmail.saving': 'Salvataggio…',
  'bulkInvite.noEmail.saved': ({ name }) => `Email di ${name} salvata. Nuovo conteggio degli inviti in corso.`,
  'bulkInvite.error.emailRequired': 'Digitare un indirizzo email.',
  'bulkInvite.error.emailInvalid': 'Digitare un indirizzo email valido, ad esempio nome@azienda.it.',
  'bulkInvite.error.emailTaken': 'Un altro utente di questo cliente ha già questo indirizzo.',
  'bulkInvite.error.saveEmail': 'Impossibile salvare l’indirizzo email.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: 'Invia # invito', other: 'Invia # inviti' }),
  'bulkInvite.nothingToSend': 'Nessun invito da inviare.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: 'Invio di # invito…', other: 'Invio di # inviti…' }),
  'bulkInvite.progress': 'Invio degli inviti',
  'bulkInvite.retry': 'Riprova',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'Riprova l’invito non riuscito', other: 'Riprova i # inviti non riusciti' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Fatto: ${t.plural(sent, { one: '# inviato', other: '# inviati' })}, ${t.plural(skipped, { one: '# saltato', other: '# saltati' })}, ${t.plural(failed, { one: '# non riuscito', other: '# non riusciti' })}.`,
  'bulkInvite.results.caption': 'Esito per ciascun utente',
  'bulkInvite.results.user': 'Utente',
  'bulkInvite.results.outcome': 'Esito',
  'bulkInvite.results.reason': 'Motivo',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: 'Mostra # altro', other: 'Mostra altri #' }),
  'bulkInvite.outcome.sent': 'Inviato',
  'bulkInvite.outcome.skipped': 'Saltato',
  'bulkInvite.outcome.failed': 'Non riuscito',
  'bulkInvite.reason.no_email': 'Nessun indirizzo email',
  'bulkInvite.reason.seat_limit': 'Nessun posto rimasto nel pool di licenze',
  'bulkInvite.reason.already_active': 'Già attivo',
  'bulkInvite.reason.invalid_status': 'Inattivo, bloccato o chiuso',
  'bulkInvite.reason.not_found': 'Non più trovato',
  'bulkInvite.reason.rate_limited': 'Troppe email a questo indirizzo di recente',
  'bulkInvite.error.unknownOutcome':
    'Il server non ha confermato gli inviti. Riprovare: viene inviata di nuovo la stessa richiesta, mai una seconda email.',
  'bulkInvite.error.send': 'Impossibile inviare gli inviti.',
  'bulkInvite.error.forbidden': 'Non si dispone dell’autorizzazione per inviare questi inviti.',
  'bulkInvite.error.preview': 'Impossibile contare gli inviti.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
