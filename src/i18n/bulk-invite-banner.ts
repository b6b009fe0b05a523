import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

type Count = { count: number };

export const bulkInviteBannerEn = {
  'bulkInvite.title': 'Invite the selected users',
  'bulkInvite.dismiss': 'Dismiss the invitation banner',
  'bulkInvite.loading': 'Counting the invitations…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }: { toInvite: number; withoutEmail: number }, t: MessageTools) =>
    `${t.plural(toInvite, { one: '# invitation will be sent', other: '# invitations will be sent' })}; ${t.plural(withoutEmail, {
      one: '# user has no email and cannot be invited',
      other: '# users have no email and cannot be invited',
    })}.`,
  'bulkInvite.skipped': ({ count }: Count, t: MessageTools) =>
    t.plural(count, {
      one: '# user is already active, banned or closed and will be skipped.',
      other: '# users are already active, banned or closed and will be skipped.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }: { pool: string; needed: number; remaining: number }, t: MessageTools) =>
    `Not enough seats in ${pool}: ${t.number(needed)} needed, ${t.number(remaining)} left. The users beyond the last seat will not be invited.`,
  'bulkInvite.noEmail.title': 'Users without an email',
  'bulkInvite.noEmail.hint': 'Give each an email to include them in the invitations.',
  'bulkInvite.noEmail.partial': ({ shown, total }: { shown: number; total: number }, t: MessageTools) =>
    `Showing the first ${t.number(shown)} of ${t.number(total)}.`,
  'bulkInvite.noEmail.label': ({ name }: { name: string }) => `Email address for ${name}`,
  'bulkInvite.noEmail.save': 'Save',
  'bulkInvite.noEmail.saveFor': ({ name }: { name: string }) => `Save the email address of ${name}`,
  'bulkInvite.noEmail.saving': 'Saving…',
  'bulkInvite.noEmail.saved': ({ name }: { name: string }) => `Email saved for ${name}. Counting the invitations again.`,
  'bulkInvite.error.emailRequired': 'Type an email address.',
  'bulkInvite.error.emailInvalid': 'Type a valid email address, for example name@company.com.',
  'bulkInvite.error.emailTaken': 'Another user of this client already has this address.',
  'bulkInvite.error.saveEmail': 'The email address could not be saved.',
  'bulkInvite.send': ({ count }: Count, t: MessageTools) => t.plural(count, { one: 'Send # invitation', other: 'Send # invitations' }),
  'bulkInvite.nothingToSend': 'No invitation to send.',
  'bulkInvite.sending': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: 'Sending # invitation…', other: 'Sending # invitations…' }),
  'bulkInvite.progress': 'Sending the invitations',
  'bulkInvite.retry': 'Retry',
  'bulkInvite.retryFailed': ({ count }: Count, t: MessageTools) =>
    t.plural(count, { one: 'Retry the # failed invitation', other: 'Retry the # failed invitations' }),
  'bulkInvite.done': ({ sent, skipped, failed }: { sent: number; skipped: number; failed: number }, t: MessageTools) =>
    `Done: ${t.plural(sent, { one: '# sent', other: '# sent' })}, ${t.plural(skipped, { one: '# skipped', other: '# skipped' })}, ${t.plural(failed, { one: '# failed', other: '# failed' })}.`,
  'bulkInvite.results.caption': 'Result for each user',
  'bulkInvite.results.user': 'User',
  'bulkInvite.results.outcome': 'Result',
  'bulkInvite.results.reason': 'Reason',
  'bulkInvite.results.more': ({ count }: Count, t: MessageTools) => t.plural(count, { one: 'Show # more', other: 'Show # more' }),
  'bulkInvite.outcome.sent': 'Sent',
  'bulkInvite.outcome.skipped': 'Skipped',
  'bulkInvite.outcome.failed': 'Failed',
  'bulkInvite.reason.no_email': 'No email address',
  'bulkInvite.reason.seat_limit': 'No seat left in the licence pool',
  'bulkInvite.reason.already_active': 'Already active',
  'bulkInvite.reason.invalid_status': 'Inactive, banned or closed',
  'bulkInvite.reason.not_found': 'No longer found',
  'bulkInvite.reason.rate_limited': 'Too many emails to this address lately',
  'bulkInvite.error.unknownOutcome':
    'The server did not confirm the invitations. Retry: the same request is sent again, never a second email.',
  'bulkInvite.error.send': 'The invitations could not be sent.',
  'bulkInvite.error.forbidden': 'You are not allowed to send these invitations.',
  'bulkInvite.error.preview': 'The invitations could not be counted.',
} as const;


export const bulkInviteBannerMessages = mergeMessages(
  defineMessages('bulkInviteBanner', bulkInviteBannerEn),
  commonMessages,
);
