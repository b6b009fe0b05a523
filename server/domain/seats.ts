import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';

export interface SeatDemand {
  poolId: string;
  /** Seats this change adds to the pool (users becoming invited/active while assigned to it). */
  seats: number;
}

/**
 * Checks that every pool has room for the demand, with each pool's row locked
 * (`for update`) until the caller's transaction ends: two admins inviting at
 * once queue on the lock, and the second sees the first one's seat. Call it in
 * the same transaction as the write that takes the seats, before that write.
 */
export async function reserveSeats(tx: Queryable, clientId: string, demands: readonly SeatDemand[]): Promise<void> {
  const wanted = demands.filter((d) => d.seats > 0);
  if (wanted.length === 0) return;
  const poolIds = [...new Set(wanted.map((d) => d.poolId))].sort(); // one lock order everywhere: no deadlock
  const pools = await tx.query<{ id: string; name: string; total: number }>(
    'select id, name, total from licence_pools where client_id = $1 and id = any($2::text[]) order by id for update',
    [clientId, poolIds],
  );
  const unknown = poolIds.filter((id) => !pools.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new HttpProblem(400, 'validation_failed', 'Invalid request', 'Unknown licence pool.', unknown.map((id) => ({ path: 'licencePoolIds', code: 'unknown_pool', message: `no licence pool ${id} in this client` })));
  }
  const used = await tx.query<{ pool_id: string; used: number }>(
    `select up.pool_id, count(*)::int as used
       from user_licence_pools up join users u on u.id = up.user_id
      where up.pool_id = any($1::text[]) and u.status in ('invited', 'active')
      group by up.pool_id`,
    [poolIds],
  );
  for (const pool of pools) {
    const need = wanted.filter((d) => d.poolId === pool.id).reduce((sum, d) => sum + d.seats, 0);
    const inUse = used.find((u) => u.pool_id === pool.id)?.used ?? 0;
    if (inUse + need > pool.total) {
      const remaining = pool.total - inUse;
      throw new HttpProblem(
        409,
        'seat_limit',
        'No seat left',
        remaining < 0
          ? `The pool "${pool.name}" is over-allocated by ${-remaining}: free seats or buy more before assigning it.`
          : `The pool "${pool.name}" has ${remaining} seat(s) left; this needs ${need}.`,
        [{ path: 'licencePoolIds', code: 'seat_limit', message: `${pool.name}: ${remaining} left, ${need} needed` }],
      );
    }
  }
}

/** Pools a user holds a seat in (or would, once invited or active). */
export async function poolsOfUser(tx: Queryable, userId: string): Promise<string[]> {
  return (await tx.query<{ pool_id: string }>('select pool_id from user_licence_pools where user_id = $1 order by pool_id', [userId])).map((r) => r.pool_id);
}
