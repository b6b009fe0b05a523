import type { Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/env.js';
import { bindRoute } from '../http/contract-router.js';
import { notFound } from '../problems.js';
import { seatsUsedSql } from '../domain/seats.js';
import { reachClient, requirePermission, userInReachSql } from '../scope.js';

interface ClientRow {
  id: string;
  partner_id: string;
  name: string;
  created_at: Date | string;
  user_count: number;
  has_own_branding: boolean;
}

const CLIENT_SELECT = `c.id, c.partner_id, c.name, c.created_at,
  (select count(*)::int from users u where u.client_id = c.id and ${userInReachSql('u', 1)}) as user_count,
  exists (select 1 from branding_settings b where b.level = 'client' and b.owner_id = c.id and b.settings <> '{}'::jsonb) as has_own_branding`;

const toClient = (r: ClientRow) => ({
  id: r.id,
  partnerId: r.partner_id,
  name: r.name,
  userCount: r.user_count,
  hasOwnBranding: r.has_own_branding,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Opaque cursors: the offset, base64url-encoded (clients are few; users use a keyset cursor). */
const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : 0;
}

/** Who is signed in, and the clients, agencies and licence pools within their reach. */
export function registerTenancyRoutes(app: Hono<AppEnv>, db: Database): void {
  bindRoute(app, db, 'getMe', async ({ admin }) => ({ body: admin }));

  bindRoute(app, db, 'listClients', async ({ admin, query }) => {
    const offset = decodeOffset(query.cursor);
    const agencyIds = admin.scope.kind === 'agencies' ? admin.scope.agencyIds : null;
    const scopeColumn = admin.scope.kind === 'partner' ? 'c.partner_id' : 'c.id';
    const scopeValue = admin.scope.kind === 'partner' ? admin.scope.partnerId : admin.scope.clientId;
    // `q` matches anywhere in the name, case-insensitively; LIKE wildcards in it are literal.
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
    const where = (scope: number, q: number) => `${scopeColumn} = $${scope} and ($${q}::text is null or c.name ilike $${q})`;
    const rows = await db.query<ClientRow>(
      `select ${CLIENT_SELECT} from clients c where ${where(2, 3)} order by lower(c.name), c.id limit $4 offset $5`,
      [agencyIds, scopeValue, pattern, query.limit, offset],
    );
    const [{ total } = { total: 0 }] = await db.query<{ total: number }>(`select count(*)::int as total from clients c where ${where(1, 2)}`, [scopeValue, pattern]);
    const next = offset + rows.length;
    return { body: { items: rows.map(toClient), total, nextCursor: next < total ? encodeOffset(next) : null } };
  });

  bindRoute(app, db, 'getClient', async ({ admin, params }) => {
    const reach = await reachClient(db, admin, params.clientId);
    const [row] = await db.query<ClientRow>(`select ${CLIENT_SELECT} from clients c where c.id = $2`, [reach.agencyIds, reach.clientId]);
    if (!row) throw notFound('The client');
    return { body: toClient(row) };
  });

  bindRoute(app, db, 'listAgencies', async ({ admin, params }) => {
    const reach = await reachClient(db, admin, params.clientId);
    // An agency-scoped admin never sees the other agencies, not even their names.
    const rows = await db.query<{ id: string; client_id: string; name: string }>(
      'select id, client_id, name from agencies where client_id = $1 and ($2::text[] is null or id = any($2::text[])) order by name, id',
      [reach.clientId, reach.agencyIds],
    );
    return { body: { items: rows.map((r) => ({ id: r.id, clientId: r.client_id, name: r.name })) } };
  });

  bindRoute(app, db, 'listLicencePools', async ({ admin, params }) => {
    requirePermission(admin, 'licences.read');
    const reach = await reachClient(db, admin, params.clientId);
    // Seats are client-wide: an agency admin needs the true remaining count to know whether an invitation can go out.
    const rows = await db.query<{ id: string; client_id: string; key: string; name: string; kind: 'user' | 'operator'; total: number; used: number }>(
      `select p.id, p.client_id, p.key, p.name, p.kind, p.total,
              ${seatsUsedSql('p.id')} as used
         from licence_pools p
        where p.client_id = $1
        order by p.kind = 'operator', p.name`,
      [reach.clientId],
    );
    return {
      body: {
        items: rows.map((r) => ({ id: r.id, clientId: r.client_id, key: r.key, name: r.name, kind: r.kind, total: r.total, used: r.used, remaining: r.total - r.used })),
      },
    };
  });
}
