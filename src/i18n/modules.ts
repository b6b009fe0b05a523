import type { ModuleKey } from '../api/schemas/modules.js';
import { defineMessages } from './index.js';

/** The modules' names, shared by the dashboard that shows them and the switches that turn them on and off. */
export const modulesEn = {
  'module.dashboard': 'Dashboard',
  'module.my_phones': 'My phones',
  'module.documents': 'Documents',
  'module.call_management': 'Call management',
  'module.call_logs': 'Call logs',
  'module.voicemail': 'Voicemail',
  'module.contacts': 'Contacts',
  'module.unified_communications': 'Unified communications',
  'module.highlight_mobile_offers': 'Highlight mobile offers',
} as const satisfies Record<`module.${ModuleKey}`, string>;

export const modulesMessages = defineMessages('modules', modulesEn);
