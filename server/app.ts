import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LicencePoolList } from '../src/api/schemas/licence-pool.js';
import { Me } from '../src/api/schemas/me.js';
import { ClientListQuery, ClientPage } from '../src/api/schemas/tenancy.js';
import type * as z from 'zod/mini';
import { authenticate, canReachClient } from './auth.js';
import type { AuthEnv } from './auth.js';
import type { Database } from './db/database.js';
import { HttpProblem, notFound, problemResponse } from './problems.js';

/**
 * Answers with a body checked against the contract: the reference backend must
 * never send what its own client would call an incompatible backend.
 */
function contractJson<S extends z.ZodMiniType>(schema: S, value: z.input<S>): z.output<S> {
  return schema.parse(value);
}

export function createApp(db: Database) {
  const api = new Hono<AuthEnv>();

  api.use('*', bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new HttpProblem(413, 'payload_too_large', 'Payload too large'); } }));
  api.use('*', authenticate(db));

  api.get('/me', (c) => c.json(contractJson(Me, c.get('admin'))));

  api.get('/clients', async (c) => {
    const parsed = ClientListQuery.safeParse(c.req.query());
    if (!parsed.success) {
      throw new HttpProblem(400, 'validation_failed', 'Invalid query', undefined,
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message })));
    }
    const { q, cursor, limit } = parsed.data;
    const admin = c.get('admin');
    const offset = cursor ? Number.parseInt(Buffer.from(cursor, 'base64url').toString(), 10) || 0 : 0;
    // Agency-scoped admins count only their agencies' users.
    const agencyIds = admin.scope.kind === 'agencies' ? admin.scope.agencyIds : null;
    const where = admin.scope.kind === 'partner' ? 'c.partner_id = $1' : 'c.id = $1';
    const scopeValue = admin.scope.kind === 'partner' ? admin.scope.partnerId : admin.scope.clientId;
    const params: unknown[] = [scopeValue, q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : null, agencyIds, limit, offset];
    const rows = await db.query<{ id: string; partner_id: string; name: string; created_at: Date | string; user_count: number; total: number }>(
      `select c.id, c.partner_id, c.name, c.created_at,
              (select count(*)::int from users u where u.client_id = c.id and ($3::text[] is null or u.agency_id = any($3))) as user_count,
              count(*) over ()::int as total
         from clients c
        where ${where} and ($2::text is null or c.name ilike $2)
        order by c.name, c.id
        limit $4 offset $5`,
      params,
    );
    const total = rows[0]?.total ?? (offset === 0 ? 0 : (await db.query<{ n: number }>(`select count(*)::int as n from clients c where ${where} and ($2::text is null or c.name ilike $2)`, params.slice(0, 2)))[0]?.n ?? 0);
    const nextOffset = offset + rows.length;
    return c.json(
      contractJson(ClientPage, {
        items: rows.map((r) => ({ id: r.id, partnerId: r.partner_id, name: r.name, userCount: r.user_count, hasOwnBranding: false, createdAt: new Date(r.created_at).toISOString() })),
        total,
        nextCursor: nextOffset < total ? Buffer.from(String(nextOffset)).toString('base64url') : null,
      }),
    );
  });

  api.get('/clients/:clientId/licence-pools', async (c) => {
    const clientId = c.req.param('clientId');
    if (!(await canReachClient(db, c.get('admin'), clientId))) throw notFound('The client');
    const rows = await db.query<{ id: string; client_id: string; key: string; name: string; kind: 'user' | 'operator'; total: number; used: number }>(
      `select p.id, p.client_id, p.key, p.name, p.kind, p.total,
              count(u.id) filter (where u.status in ('invited', 'active'))::int as used
         from licence_pools p
         left join user_licence_pools up on up.pool_id = p.id
         left join users u on u.id = up.user_id
        where p.client_id = $1
        group by p.id
        order by p.kind = 'operator', p.name`,
      [clientId],
    );
    return c.json(
      contractJson(LicencePoolList, {
        items: rows.map((r) => ({ id: r.id, clientId: r.client_id, key: r.key, name: r.name, kind: r.kind, total: r.total, used: r.used, remaining: r.total - r.used })),
      }),
    );
  });

  const app = new Hono();
  app.route('/api/v1', api);
  app.notFound((c) => problemResponse(c, new HttpProblem(404, 'not_found', 'Not found', `No route for ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    // Never echo internals (or a token in a message) to the caller.
    console.error(`${c.req.method} ${c.req.path} failed:`, error instanceof Error ? error.message : error);
    return problemResponse(c, new HttpProblem(500, 'internal', 'Internal error'));
  });
  return app;
}
