import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const superviseDialogEn = {
  'superviseDialog.title': ({ name }: { name: string }) => `Supervise ${name}'s selfcare`,
  'superviseDialog.intro': ({ name }: { name: string }) =>
    `You will see ${name}'s selfcare as they see it, to show them how to do something.`,
  'superviseDialog.rules': ({ minutes }: { minutes: number }, t: MessageTools) =>
    `The session lasts at most ${t.number(minutes)} minutes and is recorded in the audit log with your reason. ` +
    'Changing the password, the email or two-factor authentication, and deleting the account, are not possible while supervising.',
  'superviseDialog.reason': 'Reason',
  'superviseDialog.reasonHint': 'Required. Recorded with the session, for the user and for audits.',
  'superviseDialog.reasonCount': ({ count, max }: { count: number; max: number }, t: MessageTools) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Give a reason: it is recorded with the session.',
  'superviseDialog.error.reasonTooLong': ({ max }: { max: number }, t: MessageTools) => `The reason is too long: at most ${t.number(max)} characters.`,
  'superviseDialog.start': 'Start supervising',
  'superviseDialog.starting': 'Starting…',
  'superviseDialog.cancel': 'Cancel',
  'superviseDialog.close': 'Close',
  'superviseDialog.refusal.self': 'You cannot supervise your own account.',
  'superviseDialog.refusal.admin': 'Administrators cannot be supervised.',
  'superviseDialog.refusal.banned': 'This user is banned: a banned account cannot be supervised.',
  'superviseDialog.refusal.closed': 'This account is closed: a closed account cannot be supervised.',
  'superviseDialog.refusal.not_activated': 'This user has not activated their account yet: only an active account can be supervised.',
  'superviseDialog.refusal.inactive': 'This account is deactivated: only an active account can be supervised.',
  'superviseDialog.refusal.already_supervising':
    'You are already supervising a user (perhaps in another tab). End that session first; it ends by itself after 30 minutes at the latest.',
  'superviseDialog.endOpenSession': 'End that session and start this one',
  'superviseDialog.refusal.nested': 'You are supervising: a supervision cannot be started from inside another one.',
  'superviseDialog.error.forbidden': 'Your role does not allow supervising users.',
  'superviseDialog.error.notFound': 'This user is not within your reach any more (deleted, or moved out of your scope).',
  'superviseDialog.error.failed': 'The supervision could not be started.',
  'superviseDialog.error.unknownOutcome':
    'The server did not answer in time: the session may have started. If "already supervising" appears, it ends by itself within 30 minutes.',
} as const;

export const superviseDialogMessages = mergeMessages(
  defineMessages('superviseDialog', superviseDialogEn),
  commonMessages,
);
