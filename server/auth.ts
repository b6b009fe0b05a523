import { createMiddleware } from 'hono/factory';
import { PERMISSIONS } from '../src/api/schemas/me.js';
import type { AdminRole, Me, Permission } from '../src/api/schemas/me.js';
import type { Queryable } from './db/database.js';
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

export type AuthEnv = { Variables: { admin: Me } };

/** Resolves the bearer token to the admin: the tenant always comes from here, never from the request. */
export const authenticate = (db: Queryable) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new HttpProblem(401, 'unauthenticated', 'Authentication required', 'Send an admin token as Authorization: Bearer <token>.');
    const [row] = await db.query<AdminRow>(
      `select a.id, a.partner_id, a.client_id, a.role, a.display_name, a.email, a.agency_ids
         from admin_tokens t join admins a on a.id = t.admin_id
        where t.token_sha256 = $1`,
      [tokenDigest(token)],
    );
    if (!row) throw new HttpProblem(401, 'unauthenticated', 'Authentication required', 'The token is unknown or revoked.');
    c.set('admin', toMe(row));
    await next();
  });

/**
 * Whether the admin reaches this client at all. Outside its reach a client does
 * not exist for it (404, never 403: a 403 would confirm the id).
 */
export async function canReachClient(db: Queryable, admin: Me, clientId: string): Promise<boolean> {
  if (admin.scope.kind === 'partner') {
    const [row] = await db.query<{ ok: boolean }>('select true as ok from clients where id = $1 and partner_id = $2', [clientId, admin.scope.partnerId]);
    return row !== undefined;
  }
  return admin.scope.clientId === clientId;
}
