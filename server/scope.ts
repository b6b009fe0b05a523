import type { Me, Permission } from '../src/api/schemas/me.js';
import type { Queryable } from './db/database.js';
import { forbidden, notFound } from './problems.js';

/** The part of a client an admin reaches: all of it, or only some agencies. */
export interface ClientReach {
  clientId: string;
  partnerId: string;
  /** `null`: every user of the client; otherwise only users all of whose agencies are in this list. */
  agencyIds: string[] | null;
}

/**
 * Resolves the client an admin asks for, or 404: outside its reach a client
 * does not exist for the admin (a 403 would confirm the id). The tenant comes
 * from the token, never from the request.
 */
export async function reachClient(db: Queryable, admin: Me, clientId: string): Promise<ClientReach> {
  if (admin.scope.kind === 'partner') {
    const [row] = await db.query<{ id: string }>('select id from clients where id = $1 and partner_id = $2', [clientId, admin.scope.partnerId]);
    if (!row) throw notFound('The client');
    return { clientId, partnerId: admin.scope.partnerId, agencyIds: null };
  }
  if (admin.scope.clientId !== clientId) throw notFound('The client');
  return { clientId, partnerId: admin.scope.partnerId, agencyIds: admin.scope.kind === 'agencies' ? admin.scope.agencyIds : null };
}

/**
 * SQL condition: the user row `alias` is within reach. `$n` must be bound to
 * `reach.agencyIds` (null for the whole client). A user with no agency is
 * outside every agency scope; a user in agencies A and C is outside a scope of
 * A and B (changing them would change agency C's user).
 */
export const userInReachSql = (alias: string, param: number) =>
  `($${param}::text[] is null or (cardinality(${alias}.agency_ids) > 0 and ${alias}.agency_ids <@ $${param}::text[]))`;

/** Agencies a write may assign: an agency-scoped admin only its own. */
export function assertAgenciesInReach(reach: ClientReach, agencyIds: readonly string[], field = 'agencyIds'): void {
  if (reach.agencyIds === null) return;
  if (agencyIds.length === 0 || agencyIds.some((id) => !reach.agencyIds!.includes(id))) {
    throw forbidden(`${field}: an agency-scoped admin can only assign its own agencies.`);
  }
}

export function requirePermission(admin: Me, permission: Permission): void {
  if (!admin.permissions.includes(permission)) throw forbidden(`This action needs the ${permission} permission.`);
}

/** Partner-level resources (branding, modules) are the partner admin's only. */
export function assertPartnerAdmin(admin: Me, partnerId: string): void {
  if (admin.scope.kind !== 'partner' || admin.scope.partnerId !== partnerId) throw notFound('The partner');
}
