import * as z from 'zod/mini';
import { Id, described } from './common.js';

export const LICENCE_POOL_KINDS = ['user', 'operator'] as const;

/**
 * A pool of seats. Invited and active users assigned to it use a seat.
 * `remaining` may be negative after a migration: it is shown, never hidden,
 * and new assignments are blocked until it is back to zero or above.
 */
export const LicencePool = described(
  z
    .object({
      id: Id,
      clientId: Id,
      key: described(z.string().check(z.minLength(1), z.maxLength(64)), { example: 'core' }),
      name: z.string().check(z.minLength(1), z.maxLength(120)),
      kind: described(z.enum(LICENCE_POOL_KINDS), { description: 'operator pools cap users with the support capability' }),
      total: z.int().check(z.minimum(0)),
      used: z.int().check(z.minimum(0)),
      remaining: z.int(),
    })
    .check(z.refine((pool) => pool.remaining === pool.total - pool.used, { message: 'remaining must equal total - used', path: ['remaining'] })),
  { id: 'LicencePool' },
);
export type LicencePool = z.infer<typeof LicencePool>;

export const LicencePoolList = described(z.object({ items: z.array(LicencePool) }), { id: 'LicencePoolList' });
export type LicencePoolList = z.infer<typeof LicencePoolList>;
