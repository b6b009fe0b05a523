import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';

export const SUPERVISION_MAX_MINUTES = 30;

/**
 * Why a supervision cannot start, on `supervision_refused` problems (DOMAIN.md
 * "Supervision"), so the kit says it in the admin's language: the admin's own
 * account, another administrator, a banned, closed, not yet activated or
 * inactive account, a session already open, or a start from inside a session.
 */
export const SUPERVISION_REFUSALS = ['self', 'admin', 'banned', 'closed', 'not_activated', 'inactive', 'already_supervising', 'nested'] as const;
export type SupervisionRefusal = (typeof SUPERVISION_REFUSALS)[number];

export const SupervisionStart = described(
  z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1, 'a reason is required'), z.maxLength(500)) }),
  { id: 'SupervisionStart' },
);
export type SupervisionStart = z.infer<typeof SupervisionStart>;

/** A short-lived token scoped to one user's selfcare; sensitive actions are refused with it. */
export const SupervisionSession = described(
  z.object({
    id: Id,
    clientId: Id,
    userId: Id,
    adminId: Id,
    reason: z.string(),
    /** The short-lived token that opens the user's selfcare: only in the start response, `null` afterwards. */
    token: z.nullable(z.string().check(z.minLength(16))),
    startedAt: Timestamp,
    expiresAt: Timestamp,
    endedAt: z.nullable(Timestamp),
  }),
  { id: 'SupervisionSession' },
);
export type SupervisionSession = z.infer<typeof SupervisionSession>;
