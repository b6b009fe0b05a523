import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

/** `12 min 30 s`, `45 s`, `1 h 5 min`: a duration in the locale's unit words and digits. */
export function durationText(seconds: number, t: MessageTools): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') => t.number(value, { style: 'unit', unit: name, unitDisplay: 'short' });
  const parts = [hours > 0 ? unit(hours, 'hour') : '', minutes > 0 ? unit(minutes, 'minute') : '', rest > 0 || whole === 0 ? unit(rest, 'second') : ''];
  return parts.filter(Boolean).join(' ');
}

const at = (value: string, t: MessageTools) => t.date(value, { dateStyle: 'medium', timeStyle: 'short' });

export const auditLogEn = {
  'auditLog.heading': 'Audit log',
  'auditLog.caption': 'Audit events, newest first',
  'auditLog.loading': 'Loading the audit log…',
  'auditLog.empty': 'No event matches these filters.',
  'auditLog.emptyAll': 'No event has been recorded yet.',
  'auditLog.count': ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# event', other: '# events' }),

  'auditLog.filters': 'Filters',
  'auditLog.filter.actor': 'Actor',
  'auditLog.filter.anyActor': 'Anyone',
  'auditLog.filter.actorsFailed': 'The list of actors could not be loaded.',
  'auditLog.filter.user': 'User concerned',
  'auditLog.filter.userHint': 'Type a name, then pick the user in the list.',
  'auditLog.filter.userIdHint': 'The user’s identifier.',
  'auditLog.filter.pickUser': 'Pick a user in the list, or clear the field.',
  'auditLog.filter.actions': 'Actions',
  'auditLog.filter.from': 'From',
  'auditLog.filter.to': 'To (inclusive)',
  'auditLog.filter.toBeforeFrom': 'The end date must be on or after the start date.',
  'auditLog.filter.apply': 'Apply filters',
  'auditLog.filter.clear': 'Clear filters',

  'auditLog.column.at': 'When',
  'auditLog.column.action': 'Action',
  'auditLog.column.actor': 'Actor',
  'auditLog.column.subject': 'Subject',
  'auditLog.column.reason': 'Reason',
  'auditLog.column.details': 'Details',
  'auditLog.duringSupervision': 'During a supervision session',
  'auditLog.none': 'None',

  'auditLog.page': ({ page, pages }: { page: number; pages: number }, t: MessageTools) => `Page ${t.number(page)} of ${t.number(pages)}`,
  'auditLog.pagination': 'Pages of the audit log',
  'auditLog.previous': 'Previous',
  'auditLog.next': 'Next',

  'auditLog.session.show': 'Show session',
  'auditLog.session.hide': 'Hide session',
  'auditLog.session.label': ({ user }: { user: string }) => `Supervision session of ${user}`,
  'auditLog.session.loading': 'Loading the session…',
  'auditLog.session.failed': 'The session could not be loaded.',
  'auditLog.session.reason': 'Reason',
  'auditLog.session.start': 'Start',
  'auditLog.session.end': 'End',
  'auditLog.session.duration': 'Duration',
  'auditLog.session.stillOpen': 'Still open',
  'auditLog.session.stillOpenUntil': ({ until }: { until: string }, t: MessageTools) => `Still open (expires at ${at(until, t)})`,
  'auditLog.session.expiredAt': ({ at: when }: { at: string }, t: MessageTools) => `Expired at ${at(when, t)}`,
  'auditLog.session.endedAt': ({ at: when }: { at: string }, t: MessageTools) => at(when, t),
  'auditLog.session.actions': 'Actions done with the session’s token',
  'auditLog.session.noAction': 'Nothing was done during this session.',

  'auditLog.export.start': 'Export to CSV',
  'auditLog.export.hint': 'Every event matching the filters, all pages.',
  'auditLog.export.progress': 'Export progress',
  'auditLog.export.count': ({ done, total }: { done: number; total: number }, t: MessageTools) =>
    `${t.number(done)} of ${t.plural(total, { one: '# event', other: '# events' })}`,
  'auditLog.export.cancel': 'Cancel the export',
  'auditLog.export.running': 'Exporting…',
  'auditLog.export.saved': ({ fileName }: { fileName: string }) => `Exported: ${fileName}`,
  'auditLog.export.cancelled': 'Export cancelled.',
  'auditLog.export.failed': 'The export failed.',

  'auditLog.error.load': 'The audit log could not be loaded.',
  'auditLog.error.forbidden': 'You are not allowed to read the audit log.',
  'auditLog.error.notFound': 'This client does not exist or is outside your reach.',
  'auditLog.error.invalid': 'The server refused these filters. Change them and try again.',
  'auditLog.error.unauthenticated': 'Your session has ended. Sign in again.',

  'auditLog.details.fields': ({ fields }: { fields: string }) => `Changed: ${fields}`,
  'auditLog.details.status': ({ from, to }: { from: string; to: string }) => `From ${from} to ${to}`,
  'auditLog.details.invited': ({ email }: { email: string }) => `Invitation sent to ${email}`,
  'auditLog.details.reinvited': ({ email }: { email: string }) => `Invitation sent again to ${email}`,
  'auditLog.details.bulk': ({ sent, skipped, failed }: { sent: number; skipped: number; failed: number }, t: MessageTools) =>
    `${t.number(sent)} sent, ${t.number(skipped)} skipped, ${t.number(failed)} failed`,
  'auditLog.details.validated': ({ rows, errors }: { rows: number; errors: number }, t: MessageTools) =>
    `${t.plural(rows, { one: '# row', other: '# rows' })}, ${t.plural(errors, { one: '# with errors', other: '# with errors' })}`,
  'auditLog.details.committed': ({ created }: { created: number }, t: MessageTools) =>
    t.plural(created, { one: '# user created', other: '# users created' }),
  'auditLog.details.shared': ({ group, permission }: { group: string; permission: string }) => `Group ${group}, ${permission}`,
  'auditLog.details.unshared': ({ group }: { group: string }) => `Group ${group}`,
  'auditLog.details.asset': ({ purpose, width, height }: { purpose: string; width: number; height: number }) => `${purpose}, ${width} × ${height}`,
  'auditLog.details.expiresAt': ({ at: when }: { at: string }, t: MessageTools) => `Expires at ${at(when, t)}`,
  'auditLog.details.lasted': ({ seconds }: { seconds: number }, t: MessageTools) => `Lasted ${durationText(seconds, t)}`,
  'auditLog.details.expiredAfter': ({ seconds }: { seconds: number }, t: MessageTools) => `Expired after ${durationText(seconds, t)}`,
  'auditLog.details.duration': ({ seconds }: { seconds: number }, t: MessageTools) => durationText(seconds, t),

  'auditLog.action.user.created': 'User created',
  'auditLog.action.user.updated': 'User updated',
  'auditLog.action.user.deleted': 'User deleted',
  'auditLog.action.user.invited': 'User invited',
  'auditLog.action.user.status_changed': 'User status changed',
  'auditLog.action.user.replaced': 'User replaced',
  'auditLog.action.user.password_reset': 'Password reset forced',
  'auditLog.action.user.api_key_revoked': 'API key revoked',
  'auditLog.action.invitation.accepted': 'Invitation accepted',
  'auditLog.action.invitation.bulk_sent': 'Invitations sent in bulk',
  'auditLog.action.import.validated': 'Import checked',
  'auditLog.action.import.committed': 'Import done',
  'auditLog.action.branding.updated': 'Branding changed',
  'auditLog.action.branding.reset': 'Branding reset to inherited',
  'auditLog.action.modules.updated': 'Modules changed',
  'auditLog.action.modules.reset': 'Modules reset to inherited',
  'auditLog.action.asset.uploaded': 'Image uploaded',
  'auditLog.action.supervision.started': 'Supervision started',
  'auditLog.action.supervision.ended': 'Supervision ended',
  'auditLog.action.supervision.action': 'Action while supervising',
  'auditLog.action.address_book.created': 'Address-book group created',
  'auditLog.action.address_book.shared': 'Address-book group shared',
  'auditLog.action.address_book.unshared': 'Address-book group unshared',
} as const;

export const auditLogMessages = mergeMessages(
  defineMessages('auditLog', auditLogEn),
  commonMessages,
);
