import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';
import { MAIL_LANGUAGES, USER_ROLES, User, UserFilter } from './user.js';

/** Send or resend one invitation; every field defaults to what the account already has. */
export const InvitationRequest = described(
  z.strictObject({
    /** Another address than the one on the account (it replaces it). */
    email: z.optional(z.email().check(z.maxLength(254))),
    role: z.optional(z.enum(USER_ROLES)),
    agencyIds: z.optional(z.array(Id).check(z.maxLength(500))),
    licencePoolIds: z.optional(z.array(Id).check(z.maxLength(20))),
    mailLanguage: z.optional(z.enum(MAIL_LANGUAGES)),
  }),
  { id: 'InvitationRequest' },
);
export type InvitationRequest = z.input<typeof InvitationRequest>;

export const Invitation = described(
  z.object({
    id: Id,
    userId: Id,
    email: z.email(),
    mailLanguage: z.enum(MAIL_LANGUAGES),
    sentAt: Timestamp,
    expiresAt: Timestamp,
  }),
  { id: 'Invitation' },
);
export type Invitation = z.infer<typeof Invitation>;

export const InvitationSent = described(z.object({ user: User, invitation: Invitation }), { id: 'InvitationSent' });
export type InvitationSent = z.infer<typeof InvitationSent>;

/**
 * Who a bulk operation targets: explicit ids, every user matching a filter, or
 * the users a committed import created (the staged migration flow: up to
 * 200,000 users, whose ids would not fit a request body) — always within scope.
 */
export const BulkSelection = described(
  z.union([
    z.strictObject({ userIds: z.array(Id).check(z.minLength(1), z.maxLength(100_000)) }),
    z.strictObject({ filter: UserFilter }),
    z.strictObject({ importId: Id }),
  ]),
  { id: 'BulkSelection' },
);
export type BulkSelection = z.input<typeof BulkSelection>;
/** What a list's selection can be: ids or a filter (only the import names an import). */
export type ListSelection = Exclude<BulkSelection, { importId: string }>;

export const UserSummary = described(
  z.object({ id: Id, firstName: z.string(), lastName: z.string(), login: z.string(), userCode: z.string() }),
  { id: 'UserSummary' },
);
export type UserSummary = z.infer<typeof UserSummary>;

const Count = z.int().check(z.minimum(0));

/** What a bulk send would do, shown before anything is sent. */
export const BulkInvitationPreview = described(
  z.object({
    toInvite: Count,
    /** Users who cannot be invited until they are given an email. */
    withoutEmail: z.object({ total: Count, items: z.array(UserSummary) }),
    /** Already active, banned or closed: skipped. */
    skipped: Count,
    /** Pools that lack seats for this send. */
    seatShortfalls: z.array(z.object({ poolId: Id, poolName: z.string(), needed: z.int(), remaining: z.int() })),
  }),
  { id: 'BulkInvitationPreview' },
);
export type BulkInvitationPreview = z.infer<typeof BulkInvitationPreview>;

export const INVITATION_OUTCOMES = ['sent', 'skipped', 'failed'] as const;

export const InvitationResult = described(
  z.object({
    userId: Id,
    /** Who the line is about, to name them without another request; absent when the user no longer exists (`not_found`). */
    user: z.optional(UserSummary),
    outcome: z.enum(INVITATION_OUTCOMES),
    invitedAt: z.nullable(Timestamp),
    /** Problem code when skipped or failed: `no_email`, `seat_limit`, `already_active`, ... */
    code: z.nullable(z.string()),
    message: z.nullable(z.string()),
    /** On `seat_limit`: the pool that had no seat left for this user. */
    poolId: z.optional(Id),
  }),
  { id: 'InvitationResult' },
);
export type InvitationResult = z.infer<typeof InvitationResult>;

export const BulkInvitationResult = described(
  z.object({ sent: Count, skipped: Count, failed: Count, results: z.array(InvitationResult) }),
  { id: 'BulkInvitationResult' },
);
export type BulkInvitationResult = z.infer<typeof BulkInvitationResult>;

/** The invited user sets a password; the public accept link carries the token. */
export const InvitationAccept = described(
  z.strictObject({ password: z.string().check(z.minLength(12, 'at least 12 characters'), z.maxLength(200)) }),
  { id: 'InvitationAccept' },
);
export type InvitationAccept = z.infer<typeof InvitationAccept>;

export const InvitationAccepted = described(z.object({ userId: Id, status: z.literal('active') }), { id: 'InvitationAccepted' });
export type InvitationAccepted = z.infer<typeof InvitationAccepted>;
