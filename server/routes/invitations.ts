import type { Context, Hono, Next } from 'hono';
import type { User } from '../../src/api/schemas/user.js';
import { recordAudit } from '../audit.js';
import type { ServerConfig } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import type { InvitationContext } from '../domain/invitations.js';
import { acceptInvitation, clientName, previewBulk, recipientLimited, sendBulk, sendInvitation } from '../domain/invitations.js';
import { deliverOutbox } from '../domain/mailer.js';
import type { RateLimits } from '../domain/rate-limit.js';
import { DEFAULT_RATE_LIMITS, adminEmailRule, hitRateLimit, peekRateLimit, rateLimited, recipientRule } from '../domain/rate-limit.js';
import { applyDueSuspensions, insertUsers, loadUser, userLabel } from '../domain/user-records.js';
import { assertModifiable, assertRoleChange } from '../domain/users.js';
import { bindRoute } from '../http/contract-router.js';
import type { AppEnv } from '../http/env.js';
import { requestLogger } from '../log.js';
import { HttpProblem, invalid } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { assertAgenciesInReach, reachClient, requirePermission, userInReachSql } from '../scope.js';

/** The server config, optionally with other rate limits than the production defaults (tests use small ones). */

const userSubject = (user: User) => ({ type: 'user', id: user.id, label: userLabel(user), agencyIds: user.agencyIds });

/** PostgreSQL's unique violation: a concurrent insert won the race the pre-checks could not see. */
async function uniqueViolationAsConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === '23505') {
      throw new HttpProblem(409, 'conflict', 'Conflict', 'Another request created the same email, login or code at the same time; try again.');
    }
    throw error;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Email-sending routes, and how to find the one recipient of a request (bulk sends count per user, inside). */
type EmailRoute = 'createUser' | 'inviteUser' | 'replaceUser' | 'sendBulkInvitation';

/** Registers createUser, inviteUser, replaceUser, the bulk preview and send, and the public accept. */
export function registerInvitationsRoutes(app: Hono<AppEnv>, db: Database, config: ServerConfig): void {
  // Read per request: a test (or an operator) may change the limits while the server runs.
  const limits = (): RateLimits => ({ ...DEFAULT_RATE_LIMITS, ...config.rateLimits });

  const context = async (admin: InvitationContext['admin'], reach: ClientReach): Promise<InvitationContext> => ({
    config,
    admin,
    reach,
    clientName: await clientName(db, reach.clientId),
    now: config.now(),
    limits: limits(),
  });

  /** Who a single-recipient request would email, to refuse it early when that address had its share. */
  async function recipientOf(route: EmailRoute, c: Context<AppEnv>, body: Record<string, unknown>): Promise<string | null> {
    const emailOf = async (userId: unknown) => {
      if (typeof userId !== 'string') return null;
      const reach = await reachClient(db, c.get('admin'), c.req.param('clientId') ?? '');
      const [row] = await db.query<{ email: string | null }>(`select u.email from users u where u.client_id = $1 and u.id = $2 and ${userInReachSql('u', 3)}`, [
        reach.clientId,
        userId,
        reach.agencyIds,
      ]);
      return row?.email ?? null;
    };
    if (route === 'createUser') return typeof body.email === 'string' ? body.email : null;
    if (route === 'inviteUser') return typeof body.email === 'string' ? body.email : emailOf(c.req.param('userId'));
    if (route === 'replaceUser') {
      if (isRecord(body.newcomer)) return typeof body.newcomer.email === 'string' ? body.newcomer.email : null;
      return emailOf(body.newcomerId);
    }
    return null;
  }

  /**
   * Rate limits run here, before the contract router's idempotency layer, so a
   * 429 is never stored as the key's response: the kit retries a 429 with the
   * same key after `Retry-After`, and must then get a real answer. A replay of
   * a stored response sends nothing and is never limited. The per-recipient
   * check here only reads; the send counts the email in its own transaction.
   */
  const emailLimits = (route: EmailRoute) => async (c: Context<AppEnv>, next: Next) => {
    if (c.req.method !== 'POST') return next();
    const admin = c.get('admin');
    const key = c.req.header('idempotency-key');
    if (key) {
      const [stored] = await db.query("select 1 from idempotency_keys where actor_id = $1 and key = $2 and state = 'done'", [admin.id, key]);
      if (stored) return next();
    }
    let body: unknown = null;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return next(); // the router answers the 400
    }
    if (!isRecord(body) || (route === 'createUser' && body.invite !== true)) return next();
    const now = config.now();
    const rules = limits();
    const perAdmin = await hitRateLimit(db, adminEmailRule(admin.id, rules), now);
    if (!perAdmin.allowed) throw rateLimited(perAdmin.retryAfterSeconds, `At most ${rules.adminRequests} invitation requests per ${rules.adminWindowSeconds} s; wait a moment.`);
    const recipient = await recipientOf(route, c, body);
    if (recipient) {
      const perRecipient = await peekRateLimit(db, recipientRule(recipient, rules), now);
      if (!perRecipient.allowed) throw recipientLimited(perRecipient.retryAfterSeconds);
    }
    return next();
  };

  app.use('/clients/:clientId/users', emailLimits('createUser'));
  app.use('/clients/:clientId/users/:userId/invitation', emailLimits('inviteUser'));
  app.use('/clients/:clientId/users/:userId/replace', emailLimits('replaceUser'));
  app.use('/clients/:clientId/invitations/bulk', emailLimits('sendBulkInvitation'));

  bindRoute(app, db, 'createUser', async ({ admin, supervision, params, body }) => {
    if (supervision) {
      throw new HttpProblem(403, 'supervision_forbidden_action', 'Not allowed while supervising', 'Creating users is not allowed while supervising a user; end the supervision first.');
    }
    requirePermission(admin, 'users.write');
    if (body.invite) requirePermission(admin, 'users.invite');
    const reach = await reachClient(db, admin, params.clientId);
    assertAgenciesInReach(reach, body.agencyIds);
    assertRoleChange(admin, null, body.role);
    const ctx = await context(admin, reach);
    const outcome = await uniqueViolationAsConflict(() =>
      db.transaction(async (tx) => {
        const [id] = await insertUsers(tx, reach.clientId, [body]);
        const created = await loadUser(tx, reach, id!);
        await recordAudit(tx, { action: 'user.created', actor: admin, clientId: reach.clientId, subject: userSubject(created), details: { invite: body.invite } });
        if (!body.invite) return { user: created, outboxIds: [] as string[] };
        const sent = await sendInvitation(tx, ctx, created.id, {}, { allowedFrom: ['pending'] });
        return { user: sent.user, outboxIds: [sent.outboxId] };
      }),
    );
    await deliverOutbox(db, config, outcome.outboxIds);
    return { status: 201, body: outcome.user };
  });

  bindRoute(app, db, 'inviteUser', async ({ admin, params, body }) => {
    requirePermission(admin, 'users.invite');
    const reach = await reachClient(db, admin, params.clientId);
    await applyDueSuspensions(db, reach.clientId);
    const ctx = await context(admin, reach);
    const sent = await db.transaction((tx) => sendInvitation(tx, ctx, params.userId, body, { allowedFrom: ['pending', 'invited'] }));
    await deliverOutbox(db, config, [sent.outboxId]);
    return { body: { user: sent.user, invitation: sent.invitation } };
  });

  bindRoute(app, db, 'replaceUser', async ({ admin, params, body }) => {
    requirePermission(admin, 'users.write');
    requirePermission(admin, 'users.invite');
    const reach = await reachClient(db, admin, params.clientId);
    await applyDueSuspensions(db, reach.clientId);
    const ctx = await context(admin, reach);
    const outcome = await uniqueViolationAsConflict(() =>
      db.transaction(async (tx) => {
        const leaver = await loadUser(tx, reach, params.userId, { forUpdate: true });
        if (leaver.status !== 'invited' && leaver.status !== 'active') {
          throw new HttpProblem(409, 'invalid_transition', 'Replacement not possible', `Only an invited or active user can be replaced; this one is ${leaver.status}.`, [
            { path: 'status', code: 'invalid_transition', message: `not possible while ${leaver.status}` },
          ]);
        }
        // The leaver is deactivated: a protected record refuses it as it refuses a status change (users route).
        assertModifiable(admin, leaver, ['status']);
        const newcomerId = 'newcomerId' in body ? await existingNewcomer(tx, reach, leaver, body.newcomerId) : await createdNewcomer(tx, reach, admin, body.newcomer);
        const newcomer = await loadUser(tx, reach, newcomerId);

        // The leaver's seat is freed first, so the newcomer's reservation sees it: the pool never goes past its total.
        await tx.query(
          `update users set status = 'inactive', status_reason = $2, updated_at = $3::timestamptz where id = $1`,
          [leaver.id, `replaced by ${userLabel(newcomer)}`, ctx.now.toISOString()],
        );
        // An invited leaver's link must not bring them back.
        await tx.query('update invitations set revoked_at = $2::timestamptz where user_id = $1 and accepted_at is null and revoked_at is null', [leaver.id, ctx.now.toISOString()]);
        const pools = [...new Set([...newcomer.licencePoolIds, ...leaver.licencePoolIds])].sort();
        const sent = await sendInvitation(tx, ctx, newcomerId, { licencePoolIds: pools }, {
          allowedFrom: ['pending', 'inactive'],
          emailPath: 'newcomer' in body ? 'newcomer.email' : 'email',
          auditDetails: { replaces: leaver.id },
          // A newcomer created by this request takes the pools as part of its creation; an existing one is modified.
          checkModification: 'newcomerId' in body,
        });
        const left = await loadUser(tx, reach, leaver.id);
        await recordAudit(tx, {
          action: 'user.replaced',
          actor: admin,
          clientId: reach.clientId,
          subject: userSubject(left),
          reason: left.statusReason,
          details: { newcomerId, newcomerCreated: 'newcomer' in body, licencePoolIds: pools, from: leaver.status },
        });
        return { leaver: left, newcomer: sent.user, outboxId: sent.outboxId };
      }),
    );
    await deliverOutbox(db, config, [outcome.outboxId]);
    return { body: { leaver: outcome.leaver, newcomer: outcome.newcomer } };
  });

  bindRoute(app, db, 'previewBulkInvitation', async ({ admin, params, body }) => {
    requirePermission(admin, 'users.bulk_invite');
    const reach = await reachClient(db, admin, params.clientId);
    await applyDueSuspensions(db, reach.clientId);
    return { body: await previewBulk(db, reach, body) };
  });

  bindRoute(app, db, 'sendBulkInvitation', async ({ admin, params, body }) => {
    requirePermission(admin, 'users.bulk_invite');
    const reach = await reachClient(db, admin, params.clientId);
    await applyDueSuspensions(db, reach.clientId);
    const { result, outboxIds } = await sendBulk(db, await context(admin, reach), body);
    // Thousands of emails do not hold the answer: the outbox has them, the relay gets them in the background.
    void deliverOutbox(db, config, outboxIds).catch((error: unknown) => config.logger.error({ err: error }, 'bulk invitation delivery failed'));
    return { body: result };
  });

  bindRoute(app, db, 'acceptInvitation', async ({ c, params, body }) => {
    try {
      const { userId } = await acceptInvitation(db, config.now(), params.token, body.password);
      return { body: { userId, status: 'active' as const } };
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      // The request logger masks the token of the path; the error's message is scrubbed too (server/log.ts).
      requestLogger(c).error({ err: error }, 'acceptInvitation failed');
      throw new HttpProblem(500, 'internal', 'Internal error');
    }
  });
}

async function existingNewcomer(tx: Queryable, reach: ClientReach, leaver: User, newcomerId: string): Promise<string> {
  if (newcomerId === leaver.id) throw invalid([{ path: 'newcomerId', code: 'same_user', message: 'the newcomer must be another user' }]);
  const newcomer = await loadUser(tx, reach, newcomerId, { forUpdate: true });
  if (newcomer.status !== 'pending' && newcomer.status !== 'inactive') {
    throw new HttpProblem(409, 'invalid_transition', 'Replacement not possible', `The newcomer must be pending or inactive; this one is ${newcomer.status}.`, [
      { path: 'newcomerId', code: 'invalid_transition', message: `not possible while ${newcomer.status}` },
    ]);
  }
  return newcomer.id;
}

async function createdNewcomer(
  tx: Queryable,
  reach: ClientReach,
  admin: InvitationContext['admin'],
  newcomer: Parameters<typeof insertUsers>[2][number],
): Promise<string> {
  assertAgenciesInReach(reach, newcomer.agencyIds, 'newcomer.agencyIds');
  assertRoleChange(admin, null, newcomer.role, 'newcomer.role');
  const [id] = await insertUsers(tx, reach.clientId, [newcomer]);
  const created = await loadUser(tx, reach, id!);
  await recordAudit(tx, { action: 'user.created', actor: admin, clientId: reach.clientId, subject: userSubject(created), details: { replacement: true } });
  return created.id;
}
