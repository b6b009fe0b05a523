import { commonMessages } from './common.js';
import { defineMessages, mergeMessages } from './index.js';
import { modulesMessages } from './modules.js';

export const moduleTogglesEn = {
  'moduleToggles.title': 'Modules',
  'moduleToggles.intro.partner': 'What every client of yours shows, unless a client has its own setting.',
  'moduleToggles.intro.client': "What this client's users see. A switch you have not set follows the partner's setting.",
  'moduleToggles.loading': 'Loading modules…',
  'moduleToggles.notConfigured': 'Choose a client to see its modules.',
  'moduleToggles.readOnly': 'You can see these settings but not change them.',
  'moduleToggles.on': 'On',
  'moduleToggles.off': 'Off',
  'moduleToggles.alsoChanges': ({ modules }: { modules: string }) => `Also changes: ${modules}`,
  'moduleToggles.source.default': 'Default setting',
  'moduleToggles.source.partner': 'Inherited from the partner',
  'moduleToggles.source.partner.own': 'Set for all clients',
  'moduleToggles.source.client': 'Set for this client',
  'moduleToggles.resetOne': 'Use inherited',
  'moduleToggles.resetOneFor': ({ module }: { module: string }) => `Use inherited for ${module}`,
  'moduleToggles.resetAll': 'Use inherited for all',
  'moduleToggles.saving': 'Saving…',
  'moduleToggles.saved': 'Saved',
  'moduleToggles.conflict.title': 'Someone else changed these modules while you were editing',
  'moduleToggles.conflict.by': ({ who, when }: { who: string; when: string }) => `Saved by ${who} on ${when}.`,
  'moduleToggles.conflict.theirs': 'Their changes',
  'moduleToggles.conflict.mine': 'Your changes, not saved yet',
  'moduleToggles.conflict.none': 'None',
  'moduleToggles.conflict.both': 'changed by both of you',
  'moduleToggles.conflict.keepMine': 'Keep my changes',
  'moduleToggles.conflict.useTheirs': 'Use theirs',
  'moduleToggles.conflict.mineHint': 'Keeps their other changes and saves yours over them.',
  'moduleToggles.change': ({ module, from, to }: { module: string; from: string; to: string }) => `${module}: ${from} → ${to}`,
  'moduleToggles.value.on': 'on',
  'moduleToggles.value.off': 'off',
  'moduleToggles.value.inherited': 'inherited',
  'error.loadModules': 'The modules could not be loaded.',
  'error.saveModules': 'Your changes could not be saved. They are kept here: try again.',
  'error.forbiddenModules': 'You are not allowed to change these modules.',
} as const;

export const moduleTogglesMessages = mergeMessages(
  mergeMessages(
    defineMessages('moduleToggles', moduleTogglesEn),
    modulesMessages,
  ),
  commonMessages,
);
