import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const inviteDialogEn = {
  'inviteDialog.title': ({ name }: { name: string }) => `Invite ${name}`,
  'inviteDialog.titleResend': ({ name }: { name: string }) => `Resend the invitation to ${name}`,
  'inviteDialog.titleAdmin': ({ name }: { name: string }) => `Administrator access for ${name}`,
  'inviteDialog.adminAccess.hint':
    'This account is already active: it gains the administrator space at once. There is no invitation to accept and no email is sent.',
  'inviteDialog.adminAccess.submit': 'Give administrator access',
  'inviteDialog.adminAccess.saving': 'Giving administrator access…',
  'inviteDialog.status.adminGranted': ({ name }: { name: string }) => `${name} now has administrator access.`,
  'inviteDialog.error.grantFailed': 'Administrator access could not be given.',
  'inviteDialog.close': 'Close',
  'inviteDialog.cancel': 'Cancel',
  'inviteDialog.done': 'Done',
  'inviteDialog.send': 'Send the invitation',
  'inviteDialog.resend': 'Resend the invitation',
  'inviteDialog.sending': 'Sending the invitation…',
  'inviteDialog.retry': 'Retry',
  'inviteDialog.loading': 'Loading agencies and licence pools…',
  'inviteDialog.email.legend': 'Email address',
  'inviteDialog.email.account': ({ email }: { email: string }) => `The address on the account: ${email}`,
  'inviteDialog.email.other': 'Another address',
  'inviteDialog.email.otherLabel': 'New email address',
  'inviteDialog.email.none': 'The account has no email address yet: type the one the invitation goes to.',
  'inviteDialog.role.label': 'Role',
  'inviteDialog.role.super_admin': 'Super administrator',
  'inviteDialog.role.admin': 'Administrator',
  'inviteDialog.role.operator': 'Operator',
  'inviteDialog.role.user': 'User',
  'inviteDialog.role.adminHint': 'Administrators manage the users of the agencies checked below.',
  'inviteDialog.agencies.legend': 'Agencies',
  'inviteDialog.agencies.none': 'No agency within your scope.',
  'inviteDialog.pools.legend': 'Licence pools',
  'inviteDialog.pools.none': 'This client has no licence pool.',
  'inviteDialog.pools.remaining': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# seat left', other: '# seats left' }),
  'inviteDialog.pools.held': 'Seat already held by this user',
  'inviteDialog.pools.full': 'Full: no seat left. Free a seat or buy more licences.',
  'inviteDialog.pools.over': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, {
      one: 'Over the limit by # seat: free seats or buy more licences.',
      other: 'Over the limit by # seats: free seats or buy more licences.',
    }),
  'inviteDialog.language.label': 'Language of the email',
  'inviteDialog.status.invitedOn': ({ date }: { date: string }) => `Invited on ${date}`,
  'inviteDialog.status.pending': 'Not invited yet',
  'inviteDialog.status.sent': ({ email, date }: { email: string; date: string }) => `Invitation sent to ${email}. Invited on ${date}`,
  'inviteDialog.status.active': 'This user is already active: there is no invitation to send.',
  'inviteDialog.status.blocked': ({ status }: { status: string }) =>
    `This user is ${status}: reactivate the account before inviting them.`,
  'inviteDialog.statusName.inactive': 'inactive',
  'inviteDialog.statusName.banned': 'banned',
  'inviteDialog.statusName.closed': 'closed',
  'inviteDialog.error.emailRequired': 'Type the email address the invitation goes to.',
  'inviteDialog.error.emailInvalid': 'Type a valid email address, for example name@company.com.',
  'inviteDialog.error.emailTaken': 'Another user of this client already has this address.',
  'inviteDialog.error.seatLimit': ({ pool }: { pool: string }) => `No seat left in the pool ${pool}: uncheck it, free a seat or buy more licences.`,
  'inviteDialog.error.seatLimitAny': 'One of the checked pools has no seat left: uncheck it, free a seat or buy more licences.',
  'inviteDialog.error.unknownChoice': 'This choice no longer exists: reload and choose again.',
  'inviteDialog.error.agencyRequired': 'Check at least one of your agencies.',
  'inviteDialog.error.tooMany': 'Too many items are checked.',
  'inviteDialog.error.invalidTransition': 'The status of this user changed meanwhile: close and open the user again.',
  'inviteDialog.error.forbidden': 'You are not allowed to invite this user.',
  'inviteDialog.error.protected': 'This user is protected against changes: only a super administrator can change this.',
  'inviteDialog.error.unknownOutcome':
    'The server did not confirm the invitation. Retry: the same request is sent again, never a second email.',
  'inviteDialog.error.generic': 'The invitation could not be sent.',
  'inviteDialog.error.loadChoices': 'The agencies and licence pools could not be loaded.',
  'inviteDialog.error.fieldsToFix': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# field needs your attention.', other: '# fields need your attention.' }),
} as const;


export const inviteDialogMessages = mergeMessages(
  defineMessages('inviteDialog', inviteDialogEn),
  commonMessages,
);
