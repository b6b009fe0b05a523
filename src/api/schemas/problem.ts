import * as z from 'zod/mini';
import { Id, described } from './common.js';
import { SUPERVISION_REFUSALS } from './supervision.js';

/** One field's complaint; `path` is dotted (`email`, `rows.12.EMAIL`, `gradient.to`). */
export const FieldError = described(
  z.object({
    path: z.string(),
    code: z.string(),
    message: z.string(),
  }),
  { id: 'FieldError' },
);
export type FieldError = z.infer<typeof FieldError>;

/**
 * A licence pool that lacks seats for what was asked, named by id and key (for
 * the kit to mark that pool) and by name (for people). `remaining` may be
 * negative (an over-allocated pool).
 */
export const SeatShortfall = described(
  z.object({
    poolId: Id,
    poolKey: z.string(),
    poolName: z.string(),
    needed: z.int().check(z.minimum(1)),
    remaining: z.int(),
  }),
  { id: 'SeatShortfall' },
);
export type SeatShortfall = z.infer<typeof SeatShortfall>;

/**
 * RFC 9457 problem details, plus a stable `code` that the kit maps to
 * translated messages (the `title`/`detail` are the server's English).
 */
export const Problem = described(
  z.looseObject({
    type: z._default(z.string(), 'about:blank'),
    title: z.string(),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: described(z.string(), { example: 'seat_limit' }),
    errors: z.optional(z.array(FieldError)),
    /** On `seat_limit` problems: every pool that lacks seats for the request. */
    seatShortfalls: described(z.optional(z.array(SeatShortfall)), { description: 'Present on `seat_limit` problems: each pool that lacks seats, by id and key' }),
    refusal: described(z.optional(z.enum(SUPERVISION_REFUSALS)), { description: 'Present on `supervision_refused` problems: which rule refused the start' }),
    openSessionId: described(z.optional(Id), {
      description: "On `already_supervising`: the admin's open session, which the admin's token may end (a tab closed while supervising otherwise locks the admin out until it expires)",
    }),
  }),
  { id: 'Problem' },
);
export type Problem = z.infer<typeof Problem>;

/** Stable problem codes the reference backend uses and the kit translates. */
export const PROBLEM_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'email_taken',
  'login_taken',
  'seat_limit',
  'pool_over_allocated',
  'invalid_transition',
  'precondition_required',
  'precondition_failed',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'image_too_large',
  'supervision_refused',
  'supervision_forbidden_action',
  'invitation_expired',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
