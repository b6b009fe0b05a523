import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const teamCapabilitiesEn = {
  'teamCapabilities.heading': 'Team capabilities',
  'teamCapabilities.loading': 'Loading team capabilities…',
  'teamCapabilities.on': 'On',
  'teamCapabilities.off': 'Off',
  'teamCapabilities.remoteManagement': 'Remote management',
  'teamCapabilities.remoteManagement.description': "Can manage the team's devices remotely.",
  'teamCapabilities.supportManagement': 'Support management',
  'teamCapabilities.supportManagement.description':
    'Makes the user an operator who handles support requests. Operators are capped by the operator pool.',
  'teamCapabilities.counter.label': 'Team',
  'teamCapabilities.counter.users': 'Users',
  'teamCapabilities.counter.operators': 'Operators',
  'teamCapabilities.counter.operatorSeats': ({ used, total }: { used: number; total: number }, t: MessageTools) =>
    `${t.number(used)} of ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'not capped (no operator pool)',
  'teamCapabilities.poolFull': ({ pool, used, total }: { pool: string; used: number; total: number }, t: MessageTools) =>
    `Support cannot be turned on: the operator pool “${pool}” is full (${t.number(used)} of ${t.number(total)} seats used). Free an operator seat or buy more licences first.`,
  'teamCapabilities.poolOver': ({ pool, count }: { pool: string; count: number }, t: MessageTools) =>
    `Support cannot be turned on: the operator pool “${pool}” is ${t.number(count)} over its limit. Free operator seats or buy more licences first.`,
  'teamCapabilities.readOnly': 'You can see these capabilities but not change them.',
  'teamCapabilities.saving': 'Saving…',
  'teamCapabilities.turnedOn': ({ capability }: { capability: string }) => `${capability} turned on.`,
  'teamCapabilities.turnedOff': ({ capability }: { capability: string }) => `${capability} turned off.`,
  'teamCapabilities.error.seatLimit': ({ pool }: { pool: string }) =>
    `Support was not turned on: the operator pool “${pool}” has no seat left. Free an operator seat or buy more licences.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'Support was not turned on: the operator pool has no seat left. Free an operator seat or buy more licences.',
  'teamCapabilities.error.forbidden': "You are not allowed to change this user's capabilities (the user may be protected against modification).",
  'teamCapabilities.error.save': 'The change could not be saved; nothing was changed.',
  'teamCapabilities.error.load': 'The team capabilities could not be loaded.',
  'teamCapabilities.error.notFound': 'This user no longer exists or is outside your reach.',
} as const;


export const teamCapabilitiesMessages = mergeMessages(
  defineMessages('teamCapabilities', teamCapabilitiesEn),
  commonMessages,
);
