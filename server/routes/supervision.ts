import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/env.js';
import type { ServerConfig } from '../config.js';
import { recordAudit } from '../audit.js';
import { closeSession, loadSessionForEnd, openSession, refused, rowToSession } from '../domain/supervision.js';
import { loadUser, userLabel } from '../domain/user-records.js';
import { bindRoute } from '../http/contract-router.js';
import { reachClient, requirePermission } from '../scope.js';
import { registerAddressBookRoutes } from './address-book.js';
import { registerAuditRoutes } from './audit.js';

/** Supervision sessions, and (registered from here) the audit log and the address book. */
export function registerSupervisionRoutes(app: Hono<AppEnv>, db: Database, config: ServerConfig): void {
  bindRoute(app, db, 'startSupervision', async ({ admin, supervision, params, body }) => {
    // Checked before the permission so the answer says why: a supervision token never opens another session.
    if (supervision) throw refused(403, 'nested', 'You are supervising: a supervision cannot be started from inside another one.');
    requirePermission(admin, 'users.supervise');
    const reach = await reachClient(db, admin, params.clientId);
    const session = await db.transaction(async (tx) => {
      const user = await loadUser(tx, reach, params.userId);
      const opened = await openSession(tx, admin, user, body.reason, config.now());
      await recordAudit(tx, {
        action: 'supervision.started',
        actor: admin,
        clientId: reach.clientId,
        subject: { type: 'user', id: user.id, label: userLabel(user), agencyIds: user.agencyIds },
        reason: body.reason,
        // The start is the first line of the session's trail, like everything done with its token.
        supervisionSessionId: opened.id,
        details: { expiresAt: opened.expiresAt },
      });
      return opened;
    });
    return { status: 201, body: session };
  });

  bindRoute(app, db, 'endSupervision', async ({ admin, supervision, params }) => {
    const session = await db.transaction(async (tx) => {
      const row = await loadSessionForEnd(tx, admin, supervision, params.sessionId);
      if (row.ended_at !== null) return row; // ending twice changes nothing and records nothing
      const { session: ended, durationSeconds, expired } = await closeSession(tx, row, config.now());
      const [user] = await tx.query<{ first_name: string; last_name: string; agency_ids: string[] }>(
        'select first_name, last_name, agency_ids from users where id = $1',
        [row.user_id],
      );
      await recordAudit(tx, {
        action: 'supervision.ended',
        actor: admin,
        clientId: row.client_id,
        subject: user ? { type: 'user', id: row.user_id, label: `${user.first_name} ${user.last_name}`, agencyIds: user.agency_ids } : null,
        reason: row.reason,
        supervisionSessionId: row.id,
        details: { durationSeconds, expired, endedWith: supervision ? 'supervision_token' : 'admin_token' },
      });
      return ended;
    });
    return { body: rowToSession(session) };
  });

  registerAuditRoutes(app, db);
  registerAddressBookRoutes(app, db);
}
