import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardFr = {
  'selfcareDashboard.title': 'Mon espace',
  'selfcareDashboard.logo': "Logo de l'entreprise",
  'selfcareDashboard.logoOf': ({ name }) => `Logo de ${name}`,
  'selfcareDashboard.message': 'Message',
  'selfcareDashboard.messageLink': 'En savoir plus',
  'selfcareDashboard.newTab': '(ouvre un nouvel onglet)',
  'selfcareDashboard.modules': 'Services',
  'selfcareDashboard.noModules': "Aucun service n'est encore disponible.",
  'selfcareDashboard.loading': 'Chargement de votre espace…',
  'selfcareDashboard.mobileOffer': 'Nouveau\u00a0: des forfaits mobiles pour toute votre équipe.',
  'selfcareDashboard.about.dashboard': "Votre compte en un coup d'œil.",
  'selfcareDashboard.about.my_phones': 'Vos lignes, vos appareils et leurs options.',
  'selfcareDashboard.about.my_phones.mobile': 'Ajoutez une ligne mobile à votre offre.',
  'selfcareDashboard.about.documents': 'Factures, contrats et fichiers partagés.',
  'selfcareDashboard.about.call_management': "Renvois, horaires d'ouverture et règles d'appel.",
  'selfcareDashboard.about.call_logs': 'Appels émis, reçus et manqués.',
  'selfcareDashboard.about.voicemail': 'Écoutez vos messages et enregistrez votre annonce.',
  'selfcareDashboard.about.contacts': "L'annuaire de votre entreprise.",
  'selfcareDashboard.about.unified_communications': 'Messagerie instantanée, présence et réunions au même endroit.',
  'error.loadDashboard': "Impossible de charger l'espace.",
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
