import * as z from 'zod';
import { Id, Timestamp } from './common.js';

export const SUPERVISION_MAX_MINUTES = 30;

export const SupervisionStart = z
  .object({ reason: z.string().trim().min(1, 'a reason is required').max(500) })
  .strict()
  .meta({ id: 'SupervisionStart' });
export type SupervisionStart = z.infer<typeof SupervisionStart>;

/** A short-lived token scoped to one user's selfcare; sensitive actions are refused with it. */
export const SupervisionSession = z
  .object({
    id: Id,
    clientId: Id,
    userId: Id,
    adminId: Id,
    reason: z.string(),
    token: z.string().min(16),
    startedAt: Timestamp,
    expiresAt: Timestamp,
    endedAt: Timestamp.nullable(),
  })
  .meta({ id: 'SupervisionSession' });
export type SupervisionSession = z.infer<typeof SupervisionSession>;
