import { commonMessages } from './common.js';
import { defineMessages, mergeMessages } from './index.js';
import { modulesMessages } from './modules.js';

export const selfcareDashboardEn = {
  'selfcareDashboard.title': 'My account',
  'selfcareDashboard.logo': 'Company logo',
  'selfcareDashboard.logoOf': ({ name }: { name: string }) => `${name} logo`,
  'selfcareDashboard.message': 'Message',
  'selfcareDashboard.messageLink': 'Learn more',
  'selfcareDashboard.newTab': '(opens in a new tab)',
  'selfcareDashboard.modules': 'Services',
  'selfcareDashboard.noModules': 'No service is available yet.',
  'selfcareDashboard.loading': 'Loading your dashboard…',
  'selfcareDashboard.mobileOffer': 'New: mobile plans for your whole team.',
  'selfcareDashboard.about.dashboard': 'Your account at a glance.',
  'selfcareDashboard.about.my_phones': 'Your lines, devices and options.',
  'selfcareDashboard.about.my_phones.mobile': 'Add a mobile line to your plan.',
  'selfcareDashboard.about.documents': 'Invoices, contracts and shared files.',
  'selfcareDashboard.about.call_management': 'Forwarding, opening hours and call rules.',
  'selfcareDashboard.about.call_logs': 'Calls made, received and missed.',
  'selfcareDashboard.about.voicemail': 'Listen to your messages and record your greeting.',
  'selfcareDashboard.about.contacts': "Your company's address book.",
  'selfcareDashboard.about.unified_communications': 'Chat, presence and meetings in one place.',
  'error.loadDashboard': 'The dashboard could not be loaded.',
} as const;

export const selfcareDashboardMessages = mergeMessages(
  mergeMessages(
    defineMessages('selfcareDashboard', selfcareDashboardEn),
    modulesMessages,
  ),
  commonMessages,
);
