import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardNl = {
  'selfcareDashboard.title': 'Mijn account',
  'selfcareDashboard.logo': 'Bedrijfslogo',
  'selfcareDashboard.logoOf': ({ name }) => `Logo van ${name}`,
  'selfcareDashboard.message': 'Bericht',
  'selfcareDashboard.messageLink': 'Meer informatie',
  'selfcareDashboard.newTab': '(opent in een nieuw tabblad)',
  'selfcareDashboard.modules': 'Diensten',
  'selfcareDashboard.noModules': 'Er is nog geen dienst beschikbaar.',
  'selfcareDashboard.loading': 'Uw dashboard laden…',
  'selfcareDashboard.mobileOffer': 'Nieuw: mobiele abonnementen voor uw hele team.',
  'selfcareDashboard.about.dashboard': 'Uw account in één oogopslag.',
  'selfcareDashboard.about.my_phones': 'Uw lijnen, toestellen en opties.',
  'selfcareDashboard.about.my_phones.mobile': 'Voeg een mobiele lijn toe aan uw abonnement.',
  'selfcareDashboard.about.documents': 'Facturen, contracten en gedeelde bestanden.',
  'selfcareDashboard.about.call_management': 'Doorschakelen, openingstijden en belregels.',
  'selfcareDashboard.about.call_logs': 'Uitgaande, ontvangen en gemiste gesprekken.',
  'selfcareDashboard.about.voicemail': 'Luister uw berichten af en spreek uw begroeting in.',
  'selfcareDashboard.about.contacts': 'Het adresboek van uw bedrijf.',
  'selfcareDashboard.about.unified_communications': 'Chat, aanwezigheid en vergaderingen op één plek.',
  'error.loadDashboard': 'Het dashboard kon niet worden geladen.',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
