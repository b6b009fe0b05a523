import { createHash, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import type * as z from 'zod/mini';
import type { BulkInvitationPreview, BulkInvitationResult, BulkSelection, Invitation, InvitationRequest, InvitationResult, UserSummary } from '../../src/api/schemas/invitation.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { MailLanguage, User, UserStatus } from '../../src/api/schemas/user.js';
import { recordAudit } from '../audit.js';
import type { ServerConfig } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { renderInvitation } from '../mail/invitation.js';
import { HttpProblem, invalid, notFound } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { assertAgenciesInReach, userInReachSql } from '../scope.js';
import { lockPools, reserveSeats, seatsUsedSql } from './seats.js';
import { assertClientRefs, assertUnique, loadUser, operatorPoolOf, userLabel, userPoolsSql } from './user-records.js';
import { Params, assertModifiable, assertRoleChange, filterSql } from './users.js';
import type { OutgoingMail } from './mailer.js';
import { writeOutbox } from './mailer.js';
import type { RateLimits } from './rate-limit.js';
import { bucketsAtLimit, hitRateLimit, hitRateLimits, rateLimited, recipientRule } from './rate-limit.js';

/** How long an accept link works. */
export const INVITATION_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Everything an invitation needs besides the user: who sends it, from where, when, under which limits. */
export interface InvitationContext {
  config: ServerConfig;
  admin: Me;
  reach: ClientReach;
  clientName: string;
  now: Date;
  limits: RateLimits;
}

export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

/** 32 random bytes, base64url: the only copy travels in the email; the database keeps its SHA-256. */
function newToken(): { token: string; sha256: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, sha256: tokenDigest(token) };
}

/** The fragment keeps the token out of server logs and Referer headers. */
export const acceptUrl = (config: ServerConfig, token: string) => `${config.publicUrl}/accept.html#token=${token}`;

export async function clientName(db: Queryable, clientId: string): Promise<string> {
  const [row] = await db.query<{ name: string }>('select name from clients where id = $1', [clientId]);
  return row?.name ?? clientId;
}

const invalidTransition = (detail: string, from: UserStatus) =>
  new HttpProblem(409, 'invalid_transition', 'Invitation not possible', detail, [{ path: 'status', code: 'invalid_transition', message: `not possible while ${from}` }]);

/** 409 unless the user may be invited from its current status. */
function assertInvitable(user: User, allowedFrom: readonly UserStatus[]): void {
  if (allowedFrom.includes(user.status)) return;
  if (user.status === 'active') throw invalidTransition('The user is already active: there is nothing to accept.', 'active');
  throw invalidTransition(`A ${user.status} user cannot be invited.`, user.status);
}

interface InvitationRow {
  id: string;
  client_id: string;
  user_id: string;
  email: string;
  mail_language: MailLanguage;
  token_sha256: string;
  sent_at: Date | string;
  expires_at: Date | string;
  accepted_at: Date | string | null;
  revoked_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

const toInvitation = (row: Pick<InvitationRow, 'id' | 'user_id' | 'email' | 'mail_language' | 'sent_at' | 'expires_at'>): Invitation => ({
  id: row.id,
  userId: row.user_id,
  email: row.email,
  mailLanguage: row.mail_language,
  sentAt: iso(row.sent_at),
  expiresAt: iso(row.expires_at),
});

export type InvitationOverrides = z.output<typeof InvitationRequest>;

export interface SentInvitation {
  user: User;
  invitation: Invitation;
  outboxId: string;
}

/**
 * Sends (or resends) one invitation inside the caller's transaction:
 * overrides applied, a seat taken in each pool the user did not already hold
 * one in (before the status changes, with the pools locked), earlier links
 * revoked, a new single-use token, the email in the outbox, the audit event.
 * Delivery through SMTP is the caller's, after commit.
 */
export async function sendInvitation(
  tx: Queryable,
  ctx: InvitationContext,
  userId: string,
  overrides: InvitationOverrides,
  options: {
    allowedFrom: readonly UserStatus[];
    emailPath?: string;
    auditDetails?: Record<string, unknown>;
    /** False when the overrides are the server's own (a replacement's pools for a newcomer just created), not the admin's. */
    checkModification?: boolean;
  },
): Promise<SentInvitation> {
  const { reach, now } = ctx;
  const user = await loadUser(tx, reach, userId, { forUpdate: true });
  assertInvitable(user, options.allowedFrom);
  // Overrides change the record (email, role, agencies, pools, language): a protected record refuses them as it refuses a PATCH.
  const changed = changedByOverrides(user, overrides);
  if (changed.length > 0 && options.checkModification !== false) assertModifiable(ctx.admin, user, changed);
  // The role override follows the update route's rule: only a super admin makes or unmakes a super admin.
  assertRoleChange(ctx.admin, user.role, overrides.role);

  if (overrides.email !== undefined) await assertUnique(tx, reach.clientId, { email: overrides.email }, user.id);
  if (overrides.agencyIds !== undefined) assertAgenciesInReach(reach, overrides.agencyIds);
  await assertClientRefs(tx, reach.clientId, { agencyIds: overrides.agencyIds, licencePoolIds: overrides.licencePoolIds });

  const email = overrides.email ?? user.email;
  if (!email) {
    throw invalid([{ path: options.emailPath ?? 'email', code: 'required', message: 'the user has no email: give one to invite them' }], 'The user has no email address.');
  }
  const language = overrides.mailLanguage ?? user.mailLanguage;
  const pools = overrides.licencePoolIds ? [...new Set(overrides.licencePoolIds)] : user.licencePoolIds;
  // Support management keeps its operator pool whatever pools the invitation names (DOMAIN.md: operators are capped).
  if (overrides.licencePoolIds && user.capabilities.supportManagement) {
    const operatorPool = await operatorPoolOf(tx, reach.clientId);
    if (operatorPool && !pools.includes(operatorPool)) pools.push(operatorPool);
  }

  // A resend keeps the seats it holds; a pool added now, or any pool of a user not yet invited, takes one.
  const held = user.status === 'invited' || user.status === 'active' ? new Set(user.licencePoolIds) : new Set<string>();
  await reserveSeats(tx, reach.clientId, pools.filter((poolId) => !held.has(poolId)).map((poolId) => ({ poolId, seats: 1 })));

  // Counted inside the transaction, so an invitation that fails later does not use up the recipient's allowance.
  const recipient = await hitRateLimit(tx, recipientRule(email, ctx.limits), now);
  if (!recipient.allowed) throw recipientLimited(recipient.retryAfterSeconds);

  await tx.query(
    `update users set email = $2, role = $3, agency_ids = $4, mail_language = $5, status = 'invited', status_reason = null,
            invited_at = $6::timestamptz, updated_at = $6::timestamptz
      where id = $1`,
    [user.id, email, overrides.role ?? user.role, overrides.agencyIds ?? user.agencyIds, language, now.toISOString()],
  );
  if (overrides.licencePoolIds) {
    await tx.query('delete from user_licence_pools where user_id = $1', [user.id]);
    await tx.query('insert into user_licence_pools (user_id, pool_id) select $1, p from unnest($2::text[]) as p', [user.id, pools]);
  }

  // Only the newest link works: a resend revokes the earlier ones.
  await tx.query('update invitations set revoked_at = $2::timestamptz where user_id = $1 and accepted_at is null and revoked_at is null', [user.id, now.toISOString()]);
  const { token, sha256 } = newToken();
  const invitation = {
    id: randomUUID(),
    user_id: user.id,
    email,
    mail_language: language,
    sent_at: now,
    expires_at: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
  };
  await tx.query(
    `insert into invitations (id, client_id, user_id, email, mail_language, token_sha256, sent_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz)`,
    [invitation.id, reach.clientId, user.id, email, language, sha256, now.toISOString(), invitation.expires_at.toISOString()],
  );

  const mail = renderInvitation({
    language,
    firstName: user.firstName,
    lastName: user.lastName,
    clientName: ctx.clientName,
    inviterName: ctx.admin.displayName,
    acceptUrl: acceptUrl(ctx.config, token),
    expiresAt: invitation.expires_at,
  });
  const [outboxId] = await writeOutbox(tx, [{ clientId: reach.clientId, userId: user.id, kind: 'invitation', to: email, ...mail, createdAt: now }]);

  const invited = await loadUser(tx, reach, user.id);
  await recordAudit(tx, {
    action: 'user.invited',
    actor: ctx.admin,
    clientId: reach.clientId,
    subject: { type: 'user', id: user.id, label: userLabel(invited), agencyIds: invited.agencyIds },
    details: {
      invitationId: invitation.id,
      resend: user.status === 'invited',
      email,
      mailLanguage: language,
      ...(Object.keys(overrides).length ? { overrides: Object.keys(overrides).sort() } : {}),
      ...options.auditDetails,
    },
  });
  return { user: invited, invitation: toInvitation(invitation), outboxId: outboxId! };
}

/** The overrides that would change the user's record (an override equal to the current value changes nothing). */
function changedByOverrides(user: User, overrides: InvitationOverrides): string[] {
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  const changed: string[] = [];
  if (overrides.email !== undefined && overrides.email !== user.email) changed.push('email');
  if (overrides.role !== undefined && overrides.role !== user.role) changed.push('role');
  if (overrides.mailLanguage !== undefined && overrides.mailLanguage !== user.mailLanguage) changed.push('mailLanguage');
  if (overrides.agencyIds !== undefined && !sameSet([...new Set(overrides.agencyIds)], user.agencyIds)) changed.push('agencyIds');
  if (overrides.licencePoolIds !== undefined && !sameSet([...new Set(overrides.licencePoolIds)], user.licencePoolIds)) changed.push('licencePoolIds');
  return changed;
}

export const recipientLimited = (retryAfterSeconds: number) =>
  rateLimited(retryAfterSeconds, 'This address has received too many invitation emails recently; try again later.');

// ---------------------------------------------------------------------------
// Bulk: selection, preview and send

export type Selection = z.output<typeof BulkSelection>;

/**
 * WHERE clause for a bulk selection within reach: explicit ids or an import's
 * users (unknown ones, another client's import and users outside reach
 * silently left out), or exactly the list's filters.
 */
function selectionSql(params: Params, reach: ClientReach, selection: Selection): string {
  if ('filter' in selection) return filterSql(params, reach, selection.filter, null);
  const client = params.add(reach.clientId);
  const clauses = [`u.client_id = ${client}`];
  params.add(reach.agencyIds);
  clauses.push(userInReachSql('u', params.values.length));
  if ('importId' in selection) {
    clauses.push(`u.id = any(coalesce((select j.created_user_ids from import_jobs j where j.id = ${params.add(selection.importId)} and j.client_id = ${client}), '{}'))`);
  } else {
    clauses.push(`u.id = any(${params.add([...new Set(selection.userIds)])}::text[])`);
  }
  return clauses.join(' and ');
}

const selectionKind = (selection: Selection) => ('filter' in selection ? 'filter' : 'importId' in selection ? 'importId' : 'userIds');

/** The list's default order: results come back in the order the admin sees the users. */
const STABLE_ORDER = 'u.last_name_key, u.first_name_key, u.id';

const INVITABLE = "u.status in ('pending', 'invited')";

/** What a bulk send would do, counted within reach, before anything is sent. */
export async function previewBulk(db: Queryable, reach: ClientReach, selection: Selection): Promise<BulkInvitationPreview> {
  const params = new Params();
  const where = selectionSql(params, reach, selection);
  const [counts] = await db.query<{ to_invite: number; without_email: number; skipped: number }>(
    `select count(*) filter (where ${INVITABLE} and u.email is not null)::int as to_invite,
            count(*) filter (where ${INVITABLE} and u.email is null)::int as without_email,
            count(*) filter (where not ${INVITABLE})::int as skipped
       from users u where ${where}`,
    params.values,
  );
  const withoutEmail = await db.query<{ id: string; first_name: string; last_name: string; login: string; user_code: string }>(
    `select u.id, u.first_name, u.last_name, u.login, u.user_code from users u
      where ${where} and ${INVITABLE} and u.email is null order by ${STABLE_ORDER} limit 100`,
    params.values,
  );
  // Seats are the client's, whoever can see the users: `used` counts every invited or active user of the pool.
  const pools = await db.query<{ id: string; name: string; total: number; used: number; needed: number }>(
    `select p.id, p.name, p.total,
            ${seatsUsedSql('p.id')} as used,
            (select count(*) from user_licence_pools up join users u on u.id = up.user_id
              where up.pool_id = p.id and u.status = 'pending' and u.email is not null and ${where})::int as needed
       from licence_pools p where p.client_id = $1 order by p.id`,
    params.values,
  );
  return {
    toInvite: counts?.to_invite ?? 0,
    withoutEmail: {
      total: counts?.without_email ?? 0,
      items: withoutEmail.map((u) => ({ id: u.id, firstName: u.first_name, lastName: u.last_name, login: u.login, userCode: u.user_code })),
    },
    skipped: counts?.skipped ?? 0,
    seatShortfalls: pools
      .filter((p) => p.needed > 0 && p.needed > p.total - p.used)
      .map((p) => ({ poolId: p.id, poolName: p.name, needed: p.needed, remaining: p.total - p.used })),
  };
}

interface BulkUserRow {
  id: string;
  first_name: string;
  last_name: string;
  login: string;
  user_code: string;
  email: string | null;
  status: UserStatus;
  mail_language: MailLanguage;
  agency_ids: string[];
  pool_ids: string[];
}

/** Users per transaction: large enough that 10,000 invitations are a few dozen statements, small enough to hold locks briefly. */
const BULK_CHUNK = 1000;

const summaryOf = (row: BulkUserRow): UserSummary => ({ id: row.id, firstName: row.first_name, lastName: row.last_name, login: row.login, userCode: row.user_code });

const SKIPPED: Partial<Record<UserStatus, { code: string; message: string }>> = {
  active: { code: 'already_active', message: 'already active' },
  inactive: { code: 'invalid_status', message: 'inactive: reactivate the user instead' },
  banned: { code: 'invalid_status', message: 'banned' },
  closed: { code: 'invalid_status', message: 'closed' },
};

export interface BulkSendOutcome {
  result: BulkInvitationResult;
  outboxIds: string[];
}

/**
 * Invites a selection. Users are taken in the list's order, a chunk per
 * transaction: the chunk's users and pools are locked (pools in id order, the
 * same order as reserveSeats), seats are handed out in order so the users that
 * fit are invited and the first one a pool cannot take fails with
 * `seat_limit`, and everything is written with a handful of set-based
 * statements. A failure of one user never undoes another's invitation.
 */
export async function sendBulk(
  db: Database,
  ctx: InvitationContext,
  selection: Selection,
  /** `chunkSize`: users per transaction; `afterChunk`: runs between two chunks (tests interleave other writers there). */
  options: { chunkSize?: number; afterChunk?: () => Promise<void> } = {},
): Promise<BulkSendOutcome> {
  const chunkSize = options.chunkSize ?? BULK_CHUNK;
  const { reach, now } = ctx;
  const params = new Params();
  const ids = (await db.query<{ id: string }>(`select u.id from users u where ${selectionSql(params, reach, selection)} order by ${STABLE_ORDER}`, params.values)).map((r) => r.id);
  const results: InvitationResult[] = [];
  const outboxIds: string[] = [];
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  const seatsKnown = new Map<string, { epoch: number; used: number }>();

  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunkIds = ids.slice(start, start + chunkSize);
    const chunk = await db.transaction(async (tx) => {
      const rows = await tx.query<BulkUserRow>(
        `select u.id, u.first_name, u.last_name, u.login, u.user_code, u.email, u.status, u.mail_language, u.agency_ids,
                ${userPoolsSql('u')} as pool_ids
           from users u
          where u.client_id = $1 and u.id = any($2::text[]) and ${userInReachSql('u', 3)}
          order by u.id for update of u`,
        [reach.clientId, chunkIds, reach.agencyIds],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const chunkResults: InvitationResult[] = [];
      const resultOf = new Map<string, InvitationResult>();
      const candidates: BulkUserRow[] = [];
      const settle = (id: string, row: BulkUserRow | undefined, outcome: InvitationResult['outcome'], code: string | null, message: string | null) =>
        chunkResults.push({ userId: id, ...(row ? { user: summaryOf(row) } : {}), outcome, invitedAt: null, code, message });

      for (const id of chunkIds) {
        const row = byId.get(id);
        // Deleted or moved out of reach since the selection was read.
        if (!row) settle(id, row, 'skipped', 'not_found', 'no longer found');
        else if (SKIPPED[row.status]) settle(id, row, 'skipped', SKIPPED[row.status]!.code, SKIPPED[row.status]!.message);
        else if (!row.email) settle(id, row, 'skipped', 'no_email', 'no email: give the user an email first');
        else {
          candidates.push(row);
          const entry: InvitationResult = { userId: id, user: summaryOf(row), outcome: 'sent', invitedAt: nowIso, code: null, message: null };
          chunkResults.push(entry);
          resultOf.set(id, entry);
        }
      }

      // Recipients who already had their share of emails this window.
      const rules = new Map(candidates.map((c) => [c.id, recipientRule(c.email!, ctx.limits)]));
      const exhausted = await bucketsAtLimit(tx, [...rules.values()], now);

      // Seats: pending users take one in each of their pools; invited ones (a resend) already hold theirs.
      const neededPools = [...new Set(candidates.filter((c) => c.status === 'pending').flatMap((c) => c.pool_ids))].sort();
      const remaining = new Map<string, { name: string; left: number }>();
      const locked = await lockPools(tx, reach.clientId, neededPools, seatsKnown);
      for (const pool of locked) remaining.set(pool.id, { name: pool.name, left: pool.total - pool.used });

      const sent: BulkUserRow[] = [];
      const chunkOutbox: string[] = [];
      const fail = (id: string, code: string, message: string, poolId?: string) => {
        Object.assign(resultOf.get(id)!, { outcome: 'failed', invitedAt: null, code, message, ...(poolId ? { poolId } : {}) });
      };
      for (const candidate of candidates) {
        if (exhausted.has(rules.get(candidate.id)!.bucket)) {
          fail(candidate.id, 'rate_limited', 'this address received too many invitation emails recently');
          continue;
        }
        if (candidate.status === 'pending') {
          const full = candidate.pool_ids.find((poolId) => (remaining.get(poolId)?.left ?? 0) < 1);
          if (full) {
            const pool = remaining.get(full);
            fail(candidate.id, 'seat_limit', `no seat left in the pool "${pool?.name ?? full}"`, full);
            continue;
          }
          for (const poolId of candidate.pool_ids) remaining.get(poolId)!.left -= 1;
        }
        sent.push(candidate);
      }

      if (sent.length) {
        const sentIds = sent.map((s) => s.id);
        await tx.query(
          `update users set status = 'invited', status_reason = null, invited_at = $2::timestamptz, updated_at = $2::timestamptz where id = any($1::text[])`,
          [sentIds, nowIso],
        );
        await tx.query('update invitations set revoked_at = $2::timestamptz where user_id = any($1::text[]) and accepted_at is null and revoked_at is null', [sentIds, nowIso]);
        const tokens = sent.map(() => newToken());
        const invitationIds = sent.map(() => randomUUID());
        await tx.query(
          `insert into invitations (id, client_id, user_id, email, mail_language, token_sha256, sent_at, expires_at)
           select i, $2, u, e, l, t, $7::timestamptz, $8::timestamptz
             from unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(i, u, e, l, t)`,
          [invitationIds, reach.clientId, sentIds, sent.map((s) => s.email), sent.map((s) => s.mail_language), tokens.map((t) => t.sha256), nowIso, expiresAt.toISOString()],
        );
        const mails: OutgoingMail[] = sent.map((s, i) => ({
          clientId: reach.clientId,
          userId: s.id,
          kind: 'invitation',
          to: s.email!,
          ...renderInvitation({
            language: s.mail_language,
            firstName: s.first_name,
            lastName: s.last_name,
            clientName: ctx.clientName,
            inviterName: ctx.admin.displayName,
            acceptUrl: acceptUrl(ctx.config, tokens[i]!.token),
            expiresAt,
          }),
          createdAt: now,
        }));
        const written = await writeOutbox(tx, mails);
        await hitRateLimits(tx, sent.map((s) => rules.get(s.id)!), now);
        await recordInvitedBatch(tx, ctx, sent, invitationIds);
        chunkOutbox.push(...written);
      }
      return { results: chunkResults, outboxIds: chunkOutbox, seats: locked.map((pool) => ({ id: pool.id, epoch: pool.epoch, used: pool.total - remaining.get(pool.id)!.left })) };
    });
    // The next chunk reuses these counts if nobody locked the pools in between (lockPools).
    for (const pool of chunk.seats) seatsKnown.set(pool.id, { epoch: pool.epoch, used: pool.used });
    results.push(...chunk.results);
    outboxIds.push(...chunk.outboxIds);
    if (options.afterChunk && start + chunkSize < ids.length) await options.afterChunk();
  }

  const count = (outcome: InvitationResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const result = { sent: count('sent'), skipped: count('skipped'), failed: count('failed'), results };
  await recordAudit(db, {
    action: 'invitation.bulk_sent',
    actor: ctx.admin,
    clientId: reach.clientId,
    subject: { type: 'client', id: reach.clientId, label: ctx.clientName },
    details: {
      selection: selectionKind(selection),
      selected: ids.length,
      sent: result.sent,
      skipped: result.skipped,
      failed: result.failed,
      failedByCode: tally(results.filter((r) => r.outcome === 'failed')),
      skippedByCode: tally(results.filter((r) => r.outcome === 'skipped')),
    },
  });
  return { result, outboxIds };
}

const tally = (results: readonly InvitationResult[]) =>
  results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.code ?? 'unknown']: (acc[r.code ?? 'unknown'] ?? 0) + 1 }), {});

/**
 * One `user.invited` event per invited user, in one statement: a user's own
 * history shows the bulk invitation like a single one. Same columns as
 * recordAudit (server/audit.ts), which writes one row per call.
 */
async function recordInvitedBatch(tx: Queryable, ctx: InvitationContext, users: readonly BulkUserRow[], invitationIds: readonly string[]): Promise<void> {
  const rows = users.map((u, i) => ({
    id: randomUUID(),
    subject_id: u.id,
    subject_label: userLabel({ firstName: u.first_name, lastName: u.last_name }),
    subject_agency_ids: u.agency_ids,
    details: { invitationId: invitationIds[i], resend: u.status === 'invited', email: u.email, mailLanguage: u.mail_language, bulk: true },
  }));
  await tx.query(
    `insert into audit_events (id, action, actor_id, actor_name, partner_id, client_id, subject_type, subject_id, subject_label,
                               subject_agency_ids, reason, supervision_session_id, details)
     select r.id, 'user.invited', $2, $3, $4, $5, 'user', r.subject_id, r.subject_label,
            array(select jsonb_array_elements_text(r.subject_agency_ids)), null, $6, r.details
       from jsonb_to_recordset($1::jsonb) as r(id text, subject_id text, subject_label text, subject_agency_ids jsonb, details jsonb)`,
    [JSON.stringify(rows), ctx.admin.id, ctx.admin.displayName, ctx.admin.scope.partnerId, ctx.reach.clientId, ctx.admin.supervisionSessionId],
  );
}

// ---------------------------------------------------------------------------
// Accepting

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 64 };

/** `scrypt$N$r$p$salt$hash` (base64url): the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

const expired = () =>
  new HttpProblem(410, 'invitation_expired', 'Invitation no longer valid', 'This invitation link has expired, was replaced by a newer one or was already used. Ask your administrator to send a new invitation.');

/**
 * The invited user sets a password and becomes active. The token is looked
 * up by its digest; a link that was revoked, expired or used is 410, and so
 * is one whose user is no longer `invited` (deactivated meanwhile).
 */
export async function acceptInvitation(db: Database, now: Date, token: string, password: string): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [invitation] = await tx.query<InvitationRow>('select * from invitations where token_sha256 = $1 for update', [tokenDigest(token)]);
    if (!invitation) throw notFound('The invitation');
    if (invitation.revoked_at || invitation.accepted_at || new Date(invitation.expires_at) <= now) throw expired();
    const [user] = await tx.query<{ id: string; client_id: string; first_name: string; last_name: string; status: UserStatus; agency_ids: string[]; partner_id: string }>(
      `select u.id, u.client_id, u.first_name, u.last_name, u.status, u.agency_ids, c.partner_id
         from users u join clients c on c.id = u.client_id where u.id = $1 for update of u`,
      [invitation.user_id],
    );
    if (!user || user.status !== 'invited') throw expired();
    await tx.query(
      `update users set password_hash = $2, status = 'active', status_reason = null, activated_at = $3::timestamptz, updated_at = $3::timestamptz
        where id = $1`,
      [user.id, passwordHash, now.toISOString()],
    );
    await tx.query('update invitations set accepted_at = $2::timestamptz where id = $1', [invitation.id, now.toISOString()]);
    const label = userLabel({ firstName: user.first_name, lastName: user.last_name });
    // The user acts on their own account: the audit names them as the actor (no admin is involved).
    const actor: Me = {
      id: user.id,
      displayName: label,
      email: null,
      role: 'operator',
      scope: { kind: 'client', partnerId: user.partner_id, clientId: user.client_id },
      permissions: [],
      supervisionSessionId: null,
    };
    await recordAudit(tx, {
      action: 'invitation.accepted',
      actor,
      clientId: user.client_id,
      subject: { type: 'user', id: user.id, label, agencyIds: user.agency_ids },
      details: { invitationId: invitation.id },
    });
    return { userId: user.id };
  });
}
