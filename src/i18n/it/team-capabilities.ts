import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesIt = {
  'teamCapabilities.heading': 'Funzionalità del team',
  'teamCapabilities.loading': 'Caricamento delle funzionalità del team…',
  'teamCapabilities.on': 'Attiva',
  'teamCapabilities.off': 'Disattiva',
  'teamCapabilities.remoteManagement': 'Gestione remota',
  'teamCapabilities.remoteManagement.description': 'Può gestire da remoto i dispositivi del team.',
  'teamCapabilities.supportManagement': 'Gestione dell’assistenza',
  'teamCapabilities.supportManagement.description':
    'Rende l’utente un operatore che gestisce le richieste di assistenza. Il numero di operatori è limitato dal pool degli operatori.',
  'teamCapabilities.counter.label': 'Team',
  'teamCapabilities.counter.users': 'Utenti',
  'teamCapabilities.counter.operators': 'Operatori',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} di ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'senza limite (nessun pool degli operatori)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `Impossibile attivare l’assistenza: il pool degli operatori “${pool}” è esaurito (${t.number(used)} posti su ${t.number(total)} occupati). Liberare prima un posto di operatore o acquistare altre licenze.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `Impossibile attivare l’assistenza: il pool degli operatori “${pool}” ha ${t.number(count)} posti oltre il limite. Liberare prima dei posti di operatore o acquistare altre licenze.`,
  'teamCapabilities.readOnly': 'È possibile vedere queste funzionalità, ma non modificarle.',
  'teamCapabilities.saving': 'Salvataggio…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}: attivata.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}: disattivata.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `L’assistenza non è stata attivata: il pool degli operatori “${pool}” non ha più posti liberi. Liberare un posto di operatore o acquistare altre licenze.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'L’assistenza non è stata attivata: il pool degli operatori non ha più posti liberi. Liberare un posto di operatore o acquistare altre licenze.',
  'teamCapabilities.error.forbidden':
    'Non si dispone dell’autorizzazione per modificare le funzionalità di questo utente (l’utente potrebbe essere protetto dalle modifiche).',
  'teamCapabilities.error.save': 'Impossibile salvare la modifica; non è stato cambiato nulla.',
  'teamCapabilities.error.load': 'Impossibile caricare le funzionalità del team.',
  'teamCapabilities.error.notFound': 'Questo utente non esiste più o è fuori dal suo ambito.',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
