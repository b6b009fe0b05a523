import * as z from 'zod';
import { Cursor, Id, Timestamp, pageOf, repeatable } from './common.js';

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

export const AuditEvent = z
  .object({
    id: Id,
    at: Timestamp,
    action: z.enum(AUDIT_ACTIONS),
    actor: z.object({ id: Id, displayName: z.string() }),
    clientId: Id.nullable(),
    subject: z.object({ type: z.string(), id: Id, label: z.string() }).nullable(),
    reason: z.string().nullable(),
    /** Set on actions done while supervising. */
    supervisionSessionId: Id.nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = z.object({
  clientId: Id.optional(),
  actor: Id.optional(),
  userId: Id.optional(),
  action: repeatable(z.enum(AUDIT_ACTIONS)),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEvent, 'AuditPage');
export type AuditPage = z.infer<typeof AuditPage>;
