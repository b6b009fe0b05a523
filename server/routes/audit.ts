import type { Hono } from 'hono';
import type { AuditEvent } from '../../src/api/schemas/audit.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/env.js';
import { bindRoute } from '../http/contract-router.js';
import { invalid } from '../problems.js';
import { reachClient, requirePermission } from '../scope.js';

interface AuditRow {
  id: string;
  at: Date | string;
  /** `at` in microseconds since the epoch, as text: the cursor must not lose PostgreSQL's precision to a JS Date. */
  at_us: string;
  action: AuditEvent['action'];
  actor_id: string;
  actor_name: string;
  client_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  subject_label: string | null;
  reason: string | null;
  supervision_session_id: string | null;
  details: Record<string, unknown> | string;
}

const toEvent = (r: AuditRow): AuditEvent => ({
  id: r.id,
  at: new Date(r.at).toISOString(),
  action: r.action,
  actor: { id: r.actor_id, displayName: r.actor_name },
  clientId: r.client_id,
  subject: r.subject_type === null || r.subject_id === null ? null : { type: r.subject_type, id: r.subject_id, label: r.subject_label ?? '' },
  reason: r.reason,
  supervisionSessionId: r.supervision_session_id,
  details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
});

const encodeCursor = (r: AuditRow) => Buffer.from(`${r.at_us}:${r.id}`).toString('base64url');

function decodeCursor(cursor: string): { atUs: string; id: string } {
  const match = /^(\d{1,20}):(.{1,128})$/s.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw invalid([{ path: 'cursor', code: 'invalid_cursor', message: 'not a cursor from a previous page' }], 'Some query parameters are invalid.');
  return { atUs: match[1]!, id: match[2]! };
}

/** A growing list of SQL conditions and their parameters. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/**
 * What an admin may read of the log. A partner admin: its partner's events,
 * partner-level ones included. A client admin: its client's. An agency-scoped
 * admin: events whose subject lay wholly within its agencies when they happened
 * (the same rule as for users), plus what it did itself; events on the whole
 * client (branding, modules, imports, address-book groups) are not its to see.
 */
function scopeCondition(where: Where, admin: Me): void {
  const scope = admin.scope;
  if (scope.kind === 'partner') {
    where.parts.push(`e.partner_id = ${where.bind(scope.partnerId)}`);
    return;
  }
  where.parts.push(`e.client_id = ${where.bind(scope.clientId)}`);
  if (scope.kind === 'agencies') {
    const agencies = where.bind(scope.agencyIds);
    const self = where.bind(admin.id);
    where.parts.push(`((cardinality(e.subject_agency_ids) > 0 and e.subject_agency_ids <@ ${agencies}::text[]) or e.actor_id = ${self})`);
  }
}

export function registerAuditRoutes(app: Hono<AppEnv>, db: Database): void {
  bindRoute(app, db, 'listAuditEvents', async ({ admin, query }) => {
    requirePermission(admin, 'audit.read');
    const where = new Where();
    scopeCondition(where, admin);
    if (query.clientId) {
      await reachClient(db, admin, query.clientId); // 404 outside the admin's reach
      where.parts.push(`e.client_id = ${where.bind(query.clientId)}`);
    }
    if (query.actor) where.parts.push(`e.actor_id = ${where.bind(query.actor)}`);
    if (query.userId) where.parts.push(`e.subject_id = ${where.bind(query.userId)}`);
    if (query.supervisionSessionId) where.parts.push(`e.supervision_session_id = ${where.bind(query.supervisionSessionId)}`);
    if (query.action?.length) where.parts.push(`e.action = any(${where.bind(query.action)}::text[])`);
    // Half-open [from, to): consecutive ranges never count an event twice.
    if (query.from) where.parts.push(`e.at >= ${where.bind(query.from)}::timestamptz`);
    if (query.to) where.parts.push(`e.at < ${where.bind(query.to)}::timestamptz`);

    const filters = where.parts.join(' and ');
    const [{ total } = { total: 0 }] = await db.query<{ total: number }>(`select count(*)::int as total from audit_events e where ${filters}`, where.params);

    const page = new Where();
    page.parts.push(...where.parts);
    page.params.push(...where.params);
    if (query.cursor) {
      const { atUs, id } = decodeCursor(query.cursor);
      // Keyset on (at desc, id desc); `at` rebuilt exactly from whole microseconds.
      page.parts.push(`(e.at, e.id) < (timestamptz 'epoch' + ${page.bind(atUs)}::bigint * interval '1 microsecond', ${page.bind(id)})`);
    }
    const rows = await db.query<AuditRow>(
      `select e.id, e.at, ((extract(epoch from e.at) * 1000000)::bigint)::text as at_us, e.action, e.actor_id, e.actor_name, e.client_id,
              e.subject_type, e.subject_id, e.subject_label, e.reason, e.supervision_session_id, e.details
         from audit_events e where ${page.parts.join(' and ')}
        order by e.at desc, e.id desc limit ${page.bind(query.limit + 1)}`,
      page.params,
    );
    const items = rows.slice(0, query.limit);
    const nextCursor = rows.length > query.limit ? encodeCursor(items[items.length - 1]!) : null;
    return { body: { items: items.map(toEvent), total, nextCursor } };
  });

  bindRoute(app, db, 'listAuditActors', async ({ admin, query }) => {
    requirePermission(admin, 'audit.read');
    const where = new Where();
    scopeCondition(where, admin);
    if (query.clientId) {
      await reachClient(db, admin, query.clientId);
      where.parts.push(`e.client_id = ${where.bind(query.clientId)}`);
    }
    // Each actor once, under the name of its latest event (a renamed admin shows as it is now called).
    const rows = await db.query<{ id: string; display_name: string }>(
      `select distinct on (e.actor_id) e.actor_id as id, e.actor_name as display_name
         from audit_events e where ${where.parts.join(' and ')}
        order by e.actor_id, e.at desc`,
      where.params,
    );
    const items = rows.map((r) => ({ id: r.id, displayName: r.display_name }));
    items.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
    return { body: { items } };
  });
}
