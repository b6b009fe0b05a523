import { SEAT_USING_STATUSES } from '../../src/api/schemas/user.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';

/** SQL: the user row `alias` uses a seat in each pool it is assigned to (DOMAIN.md: invited and active users). */
export const usesSeatSql = (alias: string) => `${alias}.status in (${SEAT_USING_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/** SQL: the seats in use in the pool whose id is the expression `poolId` (e.g. `p.id`). */
export const seatsUsedSql = (poolId: string) =>
  `(select count(*)::int from user_licence_pools sup join users seat_user on seat_user.id = sup.user_id
     where sup.pool_id = ${poolId} and ${usesSeatSql('seat_user')})`;

export interface LockedPool {
  id: string;
  name: string;
  total: number;
  /** Seats in use when the lock was taken; may exceed `total` after a migration. */
  used: number;
}

/**
 * Locks the client's pools among `poolIds` (`for update`, in id order: one
 * lock order everywhere, so no deadlock) until the caller's transaction ends,
 * and returns each with its seats in use. Two admins inviting at once queue on
 * the lock, and the second sees the first one's seats. Unknown ids are left out.
 */
export async function lockPools(tx: Queryable, clientId: string, poolIds: readonly string[]): Promise<LockedPool[]> {
  if (poolIds.length === 0) return [];
  const pools = await tx.query<{ id: string; name: string; total: number }>(
    'select id, name, total from licence_pools where client_id = $1 and id = any($2::text[]) order by id for update',
    [clientId, [...new Set(poolIds)].sort()],
  );
  const used = await tx.query<{ pool_id: string; used: number }>(
    `select up.pool_id, count(*)::int as used
       from user_licence_pools up join users u on u.id = up.user_id
      where up.pool_id = any($1::text[]) and ${usesSeatSql('u')}
      group by up.pool_id`,
    [pools.map((p) => p.id)],
  );
  return pools.map((pool) => ({ ...pool, used: used.find((u) => u.pool_id === pool.id)?.used ?? 0 }));
}

export interface SeatDemand {
  poolId: string;
  /** Seats this change adds to the pool (users becoming invited/active while assigned to it). */
  seats: number;
}

/**
 * Checks that every pool has room for the demand, with the pools locked
 * (lockPools). Call it in the same transaction as the write that takes the
 * seats, before that write.
 */
export async function reserveSeats(tx: Queryable, clientId: string, demands: readonly SeatDemand[]): Promise<void> {
  const wanted = demands.filter((d) => d.seats > 0);
  if (wanted.length === 0) return;
  const poolIds = [...new Set(wanted.map((d) => d.poolId))];
  const pools = await lockPools(tx, clientId, poolIds);
  const unknown = poolIds.filter((id) => !pools.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new HttpProblem(400, 'validation_failed', 'Invalid request', 'Unknown licence pool.', unknown.map((id) => ({ path: 'licencePoolIds', code: 'unknown_pool', message: `no licence pool ${id} in this client` })));
  }
  for (const pool of pools) {
    const need = wanted.filter((d) => d.poolId === pool.id).reduce((sum, d) => sum + d.seats, 0);
    if (pool.used + need > pool.total) {
      const remaining = pool.total - pool.used;
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
