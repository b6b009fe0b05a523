import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../src/api/schemas/audit.js';
import type { Me } from '../src/api/schemas/me.js';
import type { Queryable } from './db/database.js';

export interface AuditEntry {
  action: AuditAction;
  actor: Me;
  clientId: string | null;
  subject?: { type: string; id: string; label: string; agencyIds?: readonly string[] } | null;
  reason?: string | null;
  supervisionSessionId?: string | null;
  /** What changed; never secrets (no passwords, tokens or keys). */
  details?: Record<string, unknown>;
}

/** Records one audit event; call it inside the mutation's transaction so both land or neither. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_events (id, action, actor_id, actor_name, partner_id, client_id, subject_type, subject_id, subject_label,
                               subject_agency_ids, reason, supervision_session_id, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      randomUUID(),
      entry.action,
      entry.actor.id,
      entry.actor.displayName,
      entry.actor.scope.partnerId,
      entry.clientId,
      entry.subject?.type ?? null,
      entry.subject?.id ?? null,
      entry.subject?.label ?? null,
      entry.subject?.agencyIds ?? [],
      entry.reason ?? null,
      entry.supervisionSessionId ?? entry.actor.supervisionSessionId ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}
