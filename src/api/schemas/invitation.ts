import * as z from 'zod';
import { Id, Timestamp } from './common.js';
import { MAIL_LANGUAGES, USER_ROLES, User, UserFilter } from './user.js';

/** Send or resend one invitation; every field defaults to what the account already has. */
export const InvitationRequest = z
  .object({
    /** Another address than the one on the account (it replaces it). */
    email: z.email().max(254).optional(),
    role: z.enum(USER_ROLES).optional(),
    agencyIds: z.array(Id).max(500).optional(),
    licencePoolIds: z.array(Id).max(20).optional(),
    mailLanguage: z.enum(MAIL_LANGUAGES).optional(),
  })
  .strict()
  .meta({ id: 'InvitationRequest' });
export type InvitationRequest = z.input<typeof InvitationRequest>;

export const Invitation = z
  .object({
    id: Id,
    userId: Id,
    email: z.email(),
    mailLanguage: z.enum(MAIL_LANGUAGES),
    sentAt: Timestamp,
    expiresAt: Timestamp,
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationSent = z.object({ user: User, invitation: Invitation }).meta({ id: 'InvitationSent' });
export type InvitationSent = z.infer<typeof InvitationSent>;

/** Who a bulk operation targets: explicit ids, or every user matching a filter (within scope). */
export const BulkSelection = z
  .union([
    z.object({ userIds: z.array(Id).min(1).max(100_000) }).strict(),
    z.object({ filter: UserFilter }).strict(),
  ])
  .meta({ id: 'BulkSelection' });
export type BulkSelection = z.input<typeof BulkSelection>;

export const UserSummary = z
  .object({ id: Id, firstName: z.string(), lastName: z.string(), login: z.string(), userCode: z.string() })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

/** What a bulk send would do, shown before anything is sent. */
export const BulkInvitationPreview = z
  .object({
    toInvite: z.number().int().min(0),
    /** Users who cannot be invited until they are given an email. */
    withoutEmail: z.object({ total: z.number().int().min(0), items: z.array(UserSummary) }),
    /** Already active, banned or closed: skipped. */
    skipped: z.number().int().min(0),
    /** Pools that lack seats for this send. */
    seatShortfalls: z.array(z.object({ poolId: Id, poolName: z.string(), needed: z.number().int(), remaining: z.number().int() })),
  })
  .meta({ id: 'BulkInvitationPreview' });
export type BulkInvitationPreview = z.infer<typeof BulkInvitationPreview>;

export const INVITATION_OUTCOMES = ['sent', 'skipped', 'failed'] as const;

export const InvitationResult = z
  .object({
    userId: Id,
    outcome: z.enum(INVITATION_OUTCOMES),
    invitedAt: Timestamp.nullable(),
    /** Problem code when skipped or failed: `no_email`, `seat_limit`, `already_active`, ... */
    code: z.string().nullable(),
    message: z.string().nullable(),
  })
  .meta({ id: 'InvitationResult' });
export type InvitationResult = z.infer<typeof InvitationResult>;

export const BulkInvitationResult = z
  .object({
    sent: z.number().int().min(0),
    skipped: z.number().int().min(0),
    failed: z.number().int().min(0),
    results: z.array(InvitationResult),
  })
  .meta({ id: 'BulkInvitationResult' });
export type BulkInvitationResult = z.infer<typeof BulkInvitationResult>;

/** The invited user sets a password; the public accept link carries the token. */
export const InvitationAccept = z
  .object({ password: z.string().min(12, 'at least 12 characters').max(200) })
  .strict()
  .meta({ id: 'InvitationAccept' });
export type InvitationAccept = z.infer<typeof InvitationAccept>;

export const InvitationAccepted = z
  .object({ userId: Id, status: z.literal('active') })
  .meta({ id: 'InvitationAccepted' });
export type InvitationAccepted = z.infer<typeof InvitationAccepted>;
