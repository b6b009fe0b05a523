import * as z from 'zod/mini';
import { Cursor, Id, Timestamp, described, pageOf, queryInt, repeatable } from './common.js';

export const AUDIT_ACTIONS = [
  'user.created',
  'user.updated',
  'user.deleted',
  'user.invited',
  'user.status_changed',
  'user.replaced',
  'user.password_reset',
  'user.api_key_revoked',
  'invitation.accepted',
  'invitation.bulk_sent',
  'import.validated',
  'import.committed',
  'branding.updated',
  'branding.reset',
  'modules.updated',
  'modules.reset',
  'asset.uploaded',
  'supervision.started',
  'supervision.ended',
  'supervision.action',
  'address_book.created',
  'address_book.shared',
  'address_book.unshared',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEvent = described(
  z.object({
    id: Id,
    at: Timestamp,
    action: z.enum(AUDIT_ACTIONS),
    actor: z.object({ id: Id, displayName: z.string() }),
    clientId: z.nullable(Id),
    subject: z.nullable(z.object({ type: z.string(), id: Id, label: z.string() })),
    reason: z.nullable(z.string()),
    /** Set on actions done while supervising. */
    supervisionSessionId: z.nullable(Id),
    details: z.record(z.string(), z.unknown()),
  }),
  { id: 'AuditEvent' },
);
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = z.object({
  clientId: z.optional(Id),
  actor: z.optional(Id),
  userId: z.optional(Id),
  /** The trail of one supervision session: its start, what was done with its token, its end. */
  supervisionSessionId: z.optional(Id),
  action: repeatable(z.enum(AUDIT_ACTIONS)),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
  cursor: z.optional(Cursor),
  limit: queryInt(1, 500, 50),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEvent, 'AuditPage');
export type AuditPage = z.infer<typeof AuditPage>;

/** Someone who appears as the actor of events the caller may read: what the audit log's actor filter offers. */
export const AuditActor = described(z.object({ id: Id, displayName: z.string() }), { id: 'AuditActor' });
export type AuditActor = z.infer<typeof AuditActor>;

export const AuditActorQuery = z.object({ clientId: z.optional(Id) });
export type AuditActorQuery = z.input<typeof AuditActorQuery>;

export const AuditActorList = described(z.object({ items: z.array(AuditActor) }), { id: 'AuditActorList' });
export type AuditActorList = z.infer<typeof AuditActorList>;
