import { randomBytes, randomUUID } from 'node:crypto';
import { SUPERVISION_MAX_MINUTES } from '../../src/api/schemas/supervision.js';
import type { SupervisionRefusal, SupervisionSession } from '../../src/api/schemas/supervision.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { User } from '../../src/api/schemas/user.js';
import type { Queryable } from '../db/database.js';
import type { SupervisionScope } from '../http/env.js';
import { HttpProblem, notFound } from '../problems.js';
import { tokenDigest } from '../seed.js';

export interface SessionRow {
  id: string;
  client_id: string;
  user_id: string;
  admin_id: string;
  reason: string;
  started_at: Date | string;
  expires_at: Date | string;
  ended_at: Date | string | null;
}

export const SESSION_SELECT = 's.id, s.client_id, s.user_id, s.admin_id, s.reason, s.started_at, s.expires_at, s.ended_at';

const iso = (value: Date | string) => new Date(value).toISOString();

/** The plain token exists only in the start response (the table keeps its digest); later answers carry `null`. */
export const rowToSession = (row: SessionRow, token: string | null = null): SupervisionSession => ({
  id: row.id,
  clientId: row.client_id,
  userId: row.user_id,
  adminId: row.admin_id,
  reason: row.reason,
  token,
  startedAt: iso(row.started_at),
  expiresAt: iso(row.expires_at),
  endedAt: row.ended_at === null ? null : iso(row.ended_at),
});

/** A refusal names its rule (`refusal`) for the kit to translate, and says it in English for everyone else. */
export const refused = (status: 403 | 409, refusal: SupervisionRefusal, detail: string, openSessionId?: string) =>
  new HttpProblem(status, 'supervision_refused', 'Supervision refused', detail, undefined, {}, { refusal, ...(openSessionId ? { openSessionId } : {}) });

/**
 * Why this admin may not supervise this user, or null. The rules of DOMAIN.md
 * "Supervision": only an account its owner has activated, never the admin's
 * own account (admins and users are separate tables, so the email tells), never
 * another administrator, never a banned or closed account.
 */
export function startRefusal(admin: Me, user: User): { refusal: SupervisionRefusal; detail: string } | null {
  const no = (refusal: SupervisionRefusal, detail: string) => ({ refusal, detail });
  if (admin.email && user.email && admin.email.toLowerCase() === user.email.toLowerCase()) {
    return no('self', 'You cannot supervise your own account.');
  }
  if (user.role === 'super_admin' || user.role === 'admin') return no('admin', 'Administrators cannot be supervised.');
  if (user.status === 'banned') return no('banned', 'The user is banned: a banned account cannot be supervised.');
  if (user.status === 'closed') return no('closed', 'The account is closed: a closed account cannot be supervised.');
  if (user.status === 'pending' || user.status === 'invited') {
    return no('not_activated', 'The user has not activated the account yet: only an active account can be supervised.');
  }
  if (user.status !== 'active') return no('inactive', 'The account is inactive: only an active account can be supervised.');
  return null;
}

/**
 * Opens a session for `admin` on `user`, inside the caller's transaction. The
 * admin's row is locked first so two concurrent starts by the same admin
 * cannot both see "no open session". Returns the session with its plain token:
 * the only time it exists outside the caller's hands.
 */
export async function openSession(tx: Queryable, admin: Me, user: User, reason: string, now: Date): Promise<SupervisionSession> {
  const refusal = startRefusal(admin, user);
  if (refusal) throw refused(403, refusal.refusal, refusal.detail);
  await tx.query('select id from admins where id = $1 for update', [admin.id]);
  const [open] = await tx.query<{ id: string }>(
    'select id from supervision_sessions where admin_id = $1 and ended_at is null and expires_at > $2',
    [admin.id, now],
  );
  // Its id goes with the refusal: an admin whose tab closed mid-session can end it rather than wait for it to expire.
  if (open) throw refused(409, 'already_supervising', 'You are already supervising a user: end that session first.', open.id);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SUPERVISION_MAX_MINUTES * 60_000);
  const [row] = await tx.query<SessionRow>(
    `insert into supervision_sessions (id, client_id, user_id, admin_id, reason, token_sha256, started_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning id, client_id, user_id, admin_id, reason, started_at, expires_at, ended_at`,
    [randomUUID(), user.clientId, user.id, admin.id, reason, tokenDigest(token), now, expiresAt],
  );
  return rowToSession(row!, token);
}

/**
 * The session `sessionId` as the caller may end it: the admin who started it
 * (admin token), or the session's own supervision token. Anyone else gets a
 * 404: another admin's session does not exist for them.
 */
export async function loadSessionForEnd(tx: Queryable, admin: Me, supervision: SupervisionScope | null, sessionId: string): Promise<SessionRow> {
  if (supervision && supervision.sessionId !== sessionId) throw notFound('The supervision session');
  const [row] = await tx.query<SessionRow>(`select ${SESSION_SELECT} from supervision_sessions s where s.id = $1 and s.admin_id = $2 for update`, [sessionId, admin.id]);
  if (!row) throw notFound('The supervision session');
  return row;
}

/**
 * Ends an open session. A session that ran out is recorded as ended when it
 * expired (that is when it stopped working), not when someone noticed.
 */
export async function closeSession(tx: Queryable, row: SessionRow, now: Date): Promise<{ session: SessionRow; durationSeconds: number; expired: boolean }> {
  const expiresAt = new Date(row.expires_at);
  const expired = expiresAt.getTime() <= now.getTime();
  const endedAt = expired ? expiresAt : now;
  const [ended] = await tx.query<SessionRow>(
    `update supervision_sessions s set ended_at = $2 where s.id = $1 returning ${SESSION_SELECT}`,
    [row.id, endedAt],
  );
  const durationSeconds = Math.max(0, Math.round((endedAt.getTime() - new Date(row.started_at).getTime()) / 1000));
  return { session: ended!, durationSeconds, expired };
}
