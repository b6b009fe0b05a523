/**
 * The audit endpoints of a mock backend for stories (msw answers the real HTTP
 * client in the browser): a deterministic log of a client's last days, with
 * three supervision sessions (one ended by the admin, one that expired, one
 * still open), answered with the reference backend's filters, half-open date
 * range and cursors, plus the user search the "user concerned" field uses.
 */
import { delay, http, HttpResponse } from 'msw';
import type { AuditAction, AuditEvent } from '../../src/api/schemas/audit.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { User } from '../../src/api/schemas/user.js';
import { plainUser } from '../../test/fixtures/user-record.js';
import { jeanne, STORY_CLIENT_ID } from './jeanne.js';

const AUDIT = '/api/v1/audit';
const ACTORS = '/api/v1/audit/actors';
const USERS = '/api/v1/clients/:clientId/users';

const CAMILLE = { id: 'admin-camille', displayName: 'Camille Durand' };
const NORA = { id: 'admin-nora', displayName: 'Nora Lind' };
const YANN = { id: 'op-yann', displayName: 'Yann Le Gall' };

function person(id: string, firstName: string, lastName: string, userCode: string): User {
  return plainUser({
    id,
    clientId: STORY_CLIENT_ID,
    userCode,
    firstName,
    lastName,
    email: `${firstName}.${lastName}@acme-logistics.example`.toLowerCase().replace(/\s/g, ''),
    login: `${firstName}.${lastName}`.toLowerCase().replace(/\s/g, ''),
    agencyIds: ['ag-lyon'],
    licencePoolIds: ['pool-core'],
    status: 'active',
    invitedAt: '2026-02-03T09:00:00Z',
    activatedAt: '2026-02-04T10:00:00Z',
    createdAt: '2026-02-02T08:15:00Z',
    updatedAt: '2026-03-10T08:15:00Z',
  });
}

const JEANNE = jeanne({ status: 'active', invitedAt: '2026-02-03T09:00:00Z', activatedAt: '2026-02-04T10:00:00Z' });
export const AUDIT_USERS: readonly User[] = [
  JEANNE,
  person('u-paul', 'Paul', 'Durand', 'PD007'),
  person('u-ines', 'Inès', 'Benali', 'IB013'),
  person('u-marc', 'Marc', 'Lefèvre', 'ML021'),
  person('u-sofia', 'Sofia', 'Rossi', 'SR034'),
];

const label = (user: User) => `${user.firstName} ${user.lastName}`;
const subjectOf = (user: User) => ({ type: 'user', id: user.id, label: label(user) });

/** Builds the log newest first, from events written in the order they happened. */
function demoLog(now: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let serial = 0;
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const add = (minutesAgo: number, action: AuditAction, fields: Partial<AuditEvent> = {}) =>
    events.push({
      id: `evt-${String(++serial).padStart(4, '0')}`,
      at: at(minutesAgo),
      action,
      actor: CAMILLE,
      clientId: STORY_CLIENT_ID,
      subject: null,
      reason: null,
      supervisionSessionId: null,
      details: {},
      ...fields,
    });
  const [, paul, ines, marc, sofia] = AUDIT_USERS as [User, User, User, User, User];

  // Six days of ordinary administration, a few events an hour.
  const routine: [AuditAction, User, Record<string, unknown>][] = [
    ['user.updated', paul, { fields: ['jobTitle', 'department'] }],
    ['user.invited', ines, { email: ines.email, resend: false, mailLanguage: 'fr' }],
    ['user.status_changed', marc, { from: 'active', to: 'inactive' }],
    ['user.updated', sofia, { fields: ['mobile'] }],
    ['address_book.shared', paul, { groupName: 'Clients grands comptes', permission: 'read' }],
    ['user.invited', sofia, { email: sofia.email, resend: true, mailLanguage: 'fr' }],
  ];
  for (let i = 0; i < 120; i++) {
    const [action, user, details] = routine[i % routine.length]!;
    add(8_600 - i * 70, action, { actor: i % 3 === 0 ? NORA : CAMILLE, subject: subjectOf(user), details });
  }
  add(3_000, 'branding.updated', { actor: NORA, subject: { type: 'client', id: STORY_CLIENT_ID, label: 'Acme Logistics' }, details: { level: 'client', fields: ['primaryColor', 'logoAssetId'] } });
  add(2_950, 'import.committed', { actor: NORA, subject: { type: 'client', id: STORY_CLIENT_ID, label: 'Acme Logistics' }, details: { kind: 'users', created: 42 } });
  // A name that looks like a formula: the CSV export neutralises it.
  add(2_900, 'user.created', { actor: YANN, subject: { type: 'user', id: 'u-formula', label: '=HYPERLINK("http://evil.example","Click")' }, details: { invite: false } });

  // An ended session: Camille shows Jeanne her voicemail settings, changes her mobile number, exits.
  const reason = 'Jeanne asked for help setting up her voicemail (ticket #4821)';
  add(1_500, 'supervision.started', { subject: subjectOf(JEANNE), reason, supervisionSessionId: 'sess-voicemail', details: { expiresAt: at(1_470) } });
  add(1_496, 'user.updated', { subject: subjectOf(JEANNE), supervisionSessionId: 'sess-voicemail', details: { fields: ['mobile'] } });
  add(1_491, 'modules.updated', { subject: subjectOf(JEANNE), supervisionSessionId: 'sess-voicemail', details: { level: 'client', fields: ['voicemail'] } });
  add(1_488, 'supervision.ended', { subject: subjectOf(JEANNE), reason, supervisionSessionId: 'sess-voicemail', details: { durationSeconds: 720, expired: false, endedWith: 'supervision_token' } });

  // A session left to expire, ended later by the admin's token.
  const expiredReason = 'Check why Paul cannot see his call logs';
  add(400, 'supervision.started', { actor: NORA, subject: subjectOf(paul), reason: expiredReason, supervisionSessionId: 'sess-call-logs', details: { expiresAt: at(370) } });
  add(320, 'supervision.ended', { actor: NORA, subject: subjectOf(paul), reason: expiredReason, supervisionSessionId: 'sess-call-logs', details: { durationSeconds: 1800, expired: true, endedWith: 'admin_token' } });

  // A session under way.
  const openReason = 'Walk Inès through the contacts import';
  add(6, 'supervision.started', { subject: subjectOf(ines), reason: openReason, supervisionSessionId: 'sess-contacts', details: { expiresAt: at(-24) } });
  add(3, 'user.updated', { subject: subjectOf(ines), supervisionSessionId: 'sess-contacts', details: { fields: ['department'] } });

  return events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id));
}

export interface AuditBackendOptions {
  /** No event at all: a new client. */
  empty?: boolean;
  /** Every audit call answers this problem (e.g. an admin without `audit.read`). */
  refuse?: Problem;
  latencyMs?: number;
}

const PROBLEM = { 'Content-Type': 'application/problem+json' };

/** Fresh handlers for one story; the log is dated from the moment the story loads. */
export function auditBackend(options: AuditBackendOptions = {}) {
  const log = options.empty ? [] : demoLog(Date.now());
  const latency = () => delay(options.latencyMs ?? 200);
  const refusal = () => (options.refuse ? HttpResponse.json(options.refuse, { status: options.refuse.status, headers: PROBLEM }) : undefined);

  return [
    http.get(ACTORS, async ({ request }) => {
      await latency();
      const refused = refusal();
      if (refused) return refused;
      const clientId = new URL(request.url).searchParams.get('clientId');
      const actors = new Map(log.filter((event) => !clientId || event.clientId === clientId).map((event) => [event.actor.id, event.actor]));
      return HttpResponse.json({ items: [...actors.values()].sort((a, b) => a.displayName.localeCompare(b.displayName)) });
    }),
    http.get(AUDIT, async ({ request }) => {
      await latency();
      const refused = refusal();
      if (refused) return refused;
      const query = new URL(request.url).searchParams;
      const actions = query.getAll('action');
      const from = query.get('from');
      const to = query.get('to');
      const matching = log.filter(
        (event) =>
          (!query.get('clientId') || event.clientId === query.get('clientId')) &&
          (!query.get('actor') || event.actor.id === query.get('actor')) &&
          (!query.get('userId') || event.subject?.id === query.get('userId')) &&
          (!query.get('supervisionSessionId') || event.supervisionSessionId === query.get('supervisionSessionId')) &&
          (actions.length === 0 || actions.includes(event.action)) &&
          // Half-open [from, to), as the reference backend.
          (!from || Date.parse(event.at) >= Date.parse(from)) &&
          (!to || Date.parse(event.at) < Date.parse(to)),
      );
      const start = Number(query.get('cursor')?.replace(/^offset-/, '') ?? 0);
      const limit = Number(query.get('limit') ?? 50);
      const items = matching.slice(start, start + limit);
      return HttpResponse.json({ items, total: matching.length, nextCursor: start + limit < matching.length ? `offset-${start + limit}` : null });
    }),
    http.get(USERS, async ({ request }) => {
      await latency();
      const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
      const items = AUDIT_USERS.filter((user) => label(user).toLowerCase().includes(q));
      return HttpResponse.json({ items, total: items.length, nextCursor: null });
    }),
  ];
}
