import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export interface Name {
  name: string;
}

export const supervisionFrameEn = {
  'supervisionFrame.banner': ({ name }: Name) => `You are supervising ${name}'s selfcare`,
  'supervisionFrame.bannerUnnamed': "You are supervising a user's selfcare",
  'supervisionFrame.timeLeft': 'Time left',
  'supervisionFrame.minutesLeft': ({ minutes }: { minutes: number }, t: MessageTools) =>
    t.plural(minutes, { one: '# minute left in the supervision session.', other: '# minutes left in the supervision session.' }),
  'supervisionFrame.exit': 'Exit',
  'supervisionFrame.exitLabel': ({ name }: Name) => `Exit the supervision of ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Exit the supervision',
  'supervisionFrame.exiting': 'Ending the supervision…',
  'supervisionFrame.endFailed': 'The supervision could not be ended: it is still running.',
  'supervisionFrame.closed': 'The supervision has ended.',
  'supervisionFrame.expired': ({ minutes }: { minutes: number }) => `The supervision session has ended: ${minutes} minutes is the limit.`,
  'supervisionFrame.revoked': 'The supervision session no longer works: it was ended elsewhere, or the account can no longer be supervised.',
  'supervisionFrame.close': 'Close',
  'supervisionFrame.notConfigured': 'The supervision cannot open: the session has no token or the frame has no base-url.',
  'supervisionFrame.loadingUser': 'Loading the user…',
  'supervisionFrame.loadUserFailed': 'The user could not be loaded.',
  'supervisionFrame.account': 'Account',
  'supervisionFrame.field.name': 'Name',
  'supervisionFrame.field.email': 'Email',
  'supervisionFrame.field.mobile': 'Mobile',
  'supervisionFrame.field.mailLanguage': 'Mail language',
  'supervisionFrame.none': 'None',
  'supervisionFrame.saveMailLanguage': 'Save the mail language',
  'supervisionFrame.saving': 'Saving…',
  'supervisionFrame.saved': 'The mail language was saved.',
  'supervisionFrame.saveFailed': 'The mail language could not be saved.',
  'supervisionFrame.refusedByServer': 'Not allowed while supervising: the server refused this change. Only the user can make it.',
  'supervisionFrame.action.password': 'Change password',
  'supervisionFrame.action.email': 'Change email',
  'supervisionFrame.action.two_factor': 'Two-factor authentication',
  'supervisionFrame.action.delete': 'Delete account',
  'supervisionFrame.blocked.password': 'Not allowed while supervising: only the user changes their password.',
  'supervisionFrame.blocked.email': 'Not allowed while supervising: only the user changes their sign-in email.',
  'supervisionFrame.blocked.two_factor': 'Not allowed while supervising: only the user changes how their account is protected.',
  'supervisionFrame.blocked.delete': 'Not allowed while supervising: the account cannot be deleted from inside a supervision.',
  'supervisionFrame.frameTitle': ({ name }: Name) => `${name}'s selfcare`,
  'supervisionFrame.frameTitleUnnamed': "The user's selfcare",
  'supervisionFrame.refused.invalid_url': 'The selfcare cannot open: its address (src) is not a valid URL.',
  'supervisionFrame.refused.insecure': 'The selfcare cannot open: its address must use https, or the supervision token could be read on the way.',
  'supervisionFrame.refused.same_origin':
    'The selfcare cannot open: it is on the same origin as this page, so it could read the supervision token and act beyond it. Serve it from its own origin.',
  'supervisionFrame.refused.page_policy': ({ origin }: { origin: string }) =>
    `The selfcare cannot open: this portal's Content-Security-Policy does not allow ${origin} in frame-src. Ask the portal's administrators to add it.`,
} as const;

export const supervisionFrameMessages = mergeMessages(
  defineMessages('supervisionFrame', supervisionFrameEn),
  commonMessages,
);
