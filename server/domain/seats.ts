import type { SeatShortfall } from '../../src/api/schemas/problem.js';
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
  key: string;
  name: string;
  total: number;
  /** Seats in use when the lock was taken; may exceed `total` after a migration. */
  used: number;
  /** The pool's seat epoch as this lock left it (bumped by every lock). */
  epoch: number;
}

/** What a caller knows of a pool from its previous lock: the epoch it left and the seats used when it committed. */
export type KnownSeats = ReadonlyMap<string, { epoch: number; used: number }>;

/**
 * Locks the client's pools among `poolIds` (an update of their seat epoch, in
 * id order: one lock order everywhere, so no deadlock) until the caller's
 * transaction ends, and returns each with its seats in use. Two admins inviting
 * at once queue on the lock, and the second sees the first one's seats.
 * Unknown ids are left out.
 *
 * `known` (a bulk send, chunk after chunk): a pool whose epoch is still the one
 * the caller's previous lock left was locked by nobody since, so no seat was
 * taken since, and its count is reused instead of read again. Seats freed
 * meanwhile (a deactivation does not lock pools) are then still counted as
 * used until the next count: the pool can only look fuller than it is, never
 * emptier, so it never goes past its total.
 */
export async function lockPools(tx: Queryable, clientId: string, poolIds: readonly string[], known?: KnownSeats): Promise<LockedPool[]> {
  if (poolIds.length === 0) return [];
  const ids = [...new Set(poolIds)].sort();
  // `select ... order by id for update` takes the row locks in id order; the update bumps the epoch of the rows it locked.
  const pools = await tx.query<{ id: string; key: string; name: string; total: number; epoch: number }>(
    `with locked as materialized (select id from licence_pools where client_id = $1 and id = any($2::text[]) order by id for update)
     update licence_pools p set seats_epoch = p.seats_epoch + 1 from locked where p.id = locked.id
     returning p.id, p.key, p.name, p.total, p.seats_epoch::int as epoch`,
    [clientId, ids],
  );
  pools.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reused = new Map<string, number>();
  for (const pool of pools) {
    const previous = known?.get(pool.id);
    if (previous && previous.epoch === pool.epoch - 1) reused.set(pool.id, previous.used);
  }
  const toCount = pools.filter((p) => !reused.has(p.id)).map((p) => p.id);
  const used =
    toCount.length === 0
      ? []
      : await tx.query<{ pool_id: string; used: number }>(
          `select up.pool_id, count(*)::int as used
             from user_licence_pools up join users u on u.id = up.user_id
            where up.pool_id = any($1::text[]) and ${usesSeatSql('u')}
            group by up.pool_id`,
          [toCount],
        );
  return pools.map((pool) => ({
    ...pool,
    used: reused.get(pool.id) ?? used.find((u) => u.pool_id === pool.id)?.used ?? 0,
  }));
}

export interface SeatDemand {
  poolId: string;
  /** Seats this change adds to the pool (users becoming invited/active while assigned to it). */
  seats: number;
}

/**
 * 409 `seat_limit` naming each short pool: in words (`detail`, `errors[]`) and
 * by id and key (`seatShortfalls`), so a client can mark the pool itself.
 */
export function seatLimitProblem(shortfalls: readonly SeatShortfall[], path = 'licencePoolIds'): HttpProblem {
  const words = shortfalls.map((pool) =>
    pool.remaining < 0
      ? `The pool "${pool.poolName}" is over-allocated by ${-pool.remaining}: free seats or buy more before assigning it.`
      : `The pool "${pool.poolName}" has ${pool.remaining} seat(s) left; this needs ${pool.needed}.`,
  );
  return new HttpProblem(
    409,
    'seat_limit',
    'No seat left',
    words.join(' '),
    shortfalls.map((pool) => ({ path, code: 'seat_limit', message: `${pool.poolName}: ${pool.remaining} left, ${pool.needed} needed` })),
    {},
    { seatShortfalls: [...shortfalls] },
  );
}

/**
 * Checks that every pool has room for the demand, with the pools locked
 * (lockPools). Call it in the same transaction as the write that takes the
 * seats, before that write. A refusal names every pool that is short.
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
  const shortfalls: SeatShortfall[] = [];
  for (const pool of pools) {
    const need = wanted.filter((d) => d.poolId === pool.id).reduce((sum, d) => sum + d.seats, 0);
    if (pool.used + need > pool.total) shortfalls.push({ poolId: pool.id, poolKey: pool.key, poolName: pool.name, needed: need, remaining: pool.total - pool.used });
  }
  if (shortfalls.length > 0) throw seatLimitProblem(shortfalls);
}
