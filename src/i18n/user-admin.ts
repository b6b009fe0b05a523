import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const userAdminEn = {
  'userAdmin.title': 'Users',
  'userAdmin.loading': 'Loading the administration…',
  'userAdmin.notConfigured': 'Set base-url and a token (or an api object) and client-id to show the users.',
  'userAdmin.inviteAll': 'Invite all users',
  'userAdmin.inviteMatching': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: 'Invite the # selected user', other: 'Invite the # selected users' }),
  'userAdmin.panelTitle': 'User details',
  'userAdmin.closePanel': 'Close the user details',
  'userAdmin.signedInAs': ({ name }: { name: string }) => `Signed in as ${name}`,
  'userAdmin.noAccess': 'Your account cannot see the users of this client.',
  'error.loadAdmin': 'Your administrator account could not be loaded.',


  'userAdmin.export.open': 'Export',
  'userAdmin.import.open': 'Import users',
  'userAdmin.import.close': 'Close the import',
  'userAdmin.import.loading': 'Loading the import…',
  'userAdmin.import.loadFailed': 'The import could not be loaded.',
  'userAdmin.supervision.exit': ({ name }: { name: string }) => `Supervision of ${name}'s selfcare ended.`,
  'userAdmin.supervision.expired': ({ name }: { name: string }) => `Supervision of ${name}'s selfcare ended: the 30 minutes were up.`,
  'userAdmin.supervision.revoked': ({ name }: { name: string }) =>
    `Supervision of ${name}'s selfcare ended: the server closed the session (ended elsewhere, or the account changed).`,
} as const;

export const userAdminMessages = mergeMessages(
  defineMessages('userAdmin', userAdminEn),
  commonMessages,
);
