import * as z from 'zod';
import { Id } from './common.js';

export const LICENCE_POOL_KINDS = ['user', 'operator'] as const;

/**
 * A pool of seats. Invited and active users assigned to it use a seat.
 * `remaining` may be negative after a migration: it is shown, never hidden,
 * and new assignments are blocked until it is back to zero or above.
 */
export const LicencePool = z
  .object({
    id: Id,
    clientId: Id,
    key: z.string().min(1).max(64).meta({ example: 'core' }),
    name: z.string().min(1).max(120),
    kind: z.enum(LICENCE_POOL_KINDS).meta({ description: 'operator pools cap users with the support capability' }),
    total: z.number().int().min(0),
    used: z.number().int().min(0),
    remaining: z.number().int(),
  })
  .refine((pool) => pool.remaining === pool.total - pool.used, {
    message: 'remaining must equal total - used',
    path: ['remaining'],
  })
  .meta({ id: 'LicencePool' });
export type LicencePool = z.infer<typeof LicencePool>;

export const LicencePoolList = z.object({ items: z.array(LicencePool) }).meta({ id: 'LicencePoolList' });
export type LicencePoolList = z.infer<typeof LicencePoolList>;
