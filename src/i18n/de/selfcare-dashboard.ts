import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardDe = {
  'selfcareDashboard.title': 'Mein Konto',
  'selfcareDashboard.logo': 'Firmenlogo',
  'selfcareDashboard.logoOf': ({ name }) => `Logo von ${name}`,
  'selfcareDashboard.message': 'Nachricht',
  'selfcareDashboard.messageLink': 'Mehr erfahren',
  'selfcareDashboard.newTab': '(öffnet in einem neuen Tab)',
  'selfcareDashboard.modules': 'Dienste',
  'selfcareDashboard.noModules': 'Noch ist kein Dienst verfügbar.',
  'selfcareDashboard.loading': 'Ihr Dashboard wird geladen…',
  'selfcareDashboard.mobileOffer': 'Neu: Mobilfunktarife für Ihr ganzes Team.',
  'selfcareDashboard.about.dashboard': 'Ihr Konto auf einen Blick.',
  'selfcareDashboard.about.my_phones': 'Ihre Leitungen, Geräte und Optionen.',
  'selfcareDashboard.about.my_phones.mobile': 'Fügen Sie Ihrem Tarif eine Mobilfunkleitung hinzu.',
  'selfcareDashboard.about.documents': 'Rechnungen, Verträge und geteilte Dateien.',
  'selfcareDashboard.about.call_management': 'Weiterleitungen, Öffnungszeiten und Anrufregeln.',
  'selfcareDashboard.about.call_logs': 'Getätigte, empfangene und verpasste Anrufe.',
  'selfcareDashboard.about.voicemail': 'Hören Sie Ihre Nachrichten ab und nehmen Sie Ihre Ansage auf.',
  'selfcareDashboard.about.contacts': 'Das Adressbuch Ihres Unternehmens.',
  'selfcareDashboard.about.unified_communications': 'Chat, Präsenz und Meetings an einem Ort.',
  'error.loadDashboard': 'Das Dashboard konnte nicht geladen werden.',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
