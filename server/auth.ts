import { createMiddleware } from 'hono/factory';
import { PERMISSIONS } from '../src/api/schemas/me.js';
import type { AdminRole, Me, Permission } from '../src/api/schemas/me.js';
import type { Queryable } from './db/database.js';
import type { AppEnv } from './http/env.js';
import { HttpProblem } from './problems.js';
import { tokenDigest } from './seed.js';

interface AdminRow {
  id: string;
  partner_id: string;
  client_id: string | null;
  role: AdminRole;
  display_name: string;
  email: string | null;
  agency_ids: string[];
}

const ROLE_PERMISSIONS: Record<AdminRole, readonly Permission[]> = {
  partner_admin: PERMISSIONS,
  super_admin: PERMISSIONS.filter((p) => p !== 'clients.read'),
  admin: PERMISSIONS.filter((p) => p !== 'clients.read' && p !== 'users.bulk_invite'),
  operator: ['users.read', 'licences.read'],
};

function toMe(row: AdminRow): Me {
  const scope: Me['scope'] =
    row.client_id === null
      ? { kind: 'partner', partnerId: row.partner_id }
      : row.agency_ids.length > 0
        ? { kind: 'agencies', partnerId: row.partner_id, clientId: row.client_id, agencyIds: row.agency_ids }
        : { kind: 'client', partnerId: row.partner_id, clientId: row.client_id };
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    scope,
    permissions: [...ROLE_PERMISSIONS[row.role]],
    supervisionSessionId: null,
  };
}

const ADMIN_SELECT = 'a.id, a.partner_id, a.client_id, a.role, a.display_name, a.email, a.agency_ids';

/** How long an admin token's lookup is reused: a revoked token or a changed scope takes effect within this. */
export const ADMIN_TOKEN_CACHE_MS = 5_000;
const ADMIN_TOKEN_CACHE_SIZE = 10_000;

/**
 * Admin tokens found in the last few seconds, by digest: every request of an
 * element's burst (list, pools, count) would otherwise look the same token up.
 * Only admin tokens that exist are kept; supervision tokens are looked up every
 * time, since ending a session or banning its user must cut it off at once.
 */
class AdminTokenCache {
  private readonly entries = new Map<string, { row: AdminRow; expires: number }>();

  get(digest: string, now: number): AdminRow | undefined {
    const entry = this.entries.get(digest);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.row;
    this.entries.delete(digest);
    return undefined;
  }

  set(digest: string, row: AdminRow, now: number): void {
    // Oldest first (insertion order): beyond the size, the oldest entry goes.
    if (this.entries.size >= ADMIN_TOKEN_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest, { row, expires: now + ADMIN_TOKEN_CACHE_MS });
  }
}

/**
 * Resolves the bearer token to the admin: the tenant always comes from here,
 * never from the request. A supervision token resolves to the admin who
 * started the session, narrowed to the supervised user's client and marked
 * with the session, so routes can refuse sensitive actions while supervising.
 */
export const authenticate = (db: Queryable, now: () => Date) => {
  // Per app instance, in real time (not the injectable clock, which tests move by days).
  const cache = new AdminTokenCache();
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new HttpProblem(401, 'unauthenticated', 'Authentication required', 'Send an admin token as Authorization: Bearer <token>.');
    const digest = tokenDigest(token);
    let row = cache.get(digest, Date.now());
    if (!row) {
      [row] = await db.query<AdminRow>(`select ${ADMIN_SELECT} from admin_tokens t join admins a on a.id = t.admin_id where t.token_sha256 = $1`, [digest]);
      if (row) cache.set(digest, row, Date.now());
    }
    if (row) {
      c.set('admin', toMe(row));
      c.set('supervision', null);
      return next();
    }
    const [session] = await db.query<AdminRow & { session_id: string; session_client_id: string; user_id: string }>(
      `select ${ADMIN_SELECT}, s.id as session_id, s.client_id as session_client_id, s.user_id
         from supervision_sessions s
         join admins a on a.id = s.admin_id
         -- Banning or closing the user cuts a running session off at once.
         join users u on u.id = s.user_id and u.status = 'active'
        where s.token_sha256 = $1 and s.ended_at is null and s.expires_at > $2`,
      [digest, now()],
    );
    if (!session) throw new HttpProblem(401, 'unauthenticated', 'Authentication required', 'The token is unknown, expired or revoked.');
    const admin = toMe(session);
    c.set('admin', {
      ...admin,
      // Never wider than the admin's own reach: an agency admin's session stays within its agencies.
      scope:
        session.agency_ids.length > 0
          ? { kind: 'agencies', partnerId: session.partner_id, clientId: session.session_client_id, agencyIds: session.agency_ids }
          : { kind: 'client', partnerId: session.partner_id, clientId: session.session_client_id },
      permissions: admin.permissions.filter((p) => p === 'users.read' || p === 'users.write' || p === 'licences.read' || p === 'branding.read'),
      supervisionSessionId: session.session_id,
    });
    c.set('supervision', { sessionId: session.session_id, clientId: session.session_client_id, userId: session.user_id });
    await next();
  });
};
