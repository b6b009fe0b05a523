import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardIt = {
  'selfcareDashboard.title': 'Il mio account',
  'selfcareDashboard.logo': 'Logo dell’azienda',
  'selfcareDashboard.logoOf': ({ name }) => `Logo di ${name}`,
  'selfcareDashboard.message': 'Messaggio',
  'selfcareDashboard.messageLink': 'Per saperne di più',
  'selfcareDashboard.newTab': '(si apre in una nuova scheda)',
  'selfcareDashboard.modules': 'Servizi',
  'selfcareDashboard.noModules': 'Nessun servizio ancora disponibile.',
  'selfcareDashboard.loading': 'Caricamento del pannello…',
  'selfcareDashboard.mobileOffer': 'Novità: piani mobile per tutto il suo team.',
  'selfcareDashboard.about.dashboard': 'Il suo account a colpo d’occhio.',
  'selfcareDashboard.about.my_phones': 'Le sue linee, i dispositivi e le opzioni.',
  'selfcareDashboard.about.my_phones.mobile': 'Aggiunga una linea mobile al suo piano.',
  'selfcareDashboard.about.documents': 'Fatture, contratti e file condivisi.',
  'selfcareDashboard.about.call_management': 'Inoltri, orari di apertura e regole di chiamata.',
  'selfcareDashboard.about.call_logs': 'Chiamate effettuate, ricevute e perse.',
  'selfcareDashboard.about.voicemail': 'Ascolti i suoi messaggi e registri il suo saluto.',
  'selfcareDashboard.about.contacts': 'La rubrica della sua azienda.',
  'selfcareDashboard.about.unified_communications': 'Chat, presenza e riunioni in un unico posto.',
  'error.loadDashboard': 'Impossibile caricare il pannello.',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
