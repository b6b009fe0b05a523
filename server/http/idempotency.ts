import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../problems.js';

export interface StoredResponse {
  status: number;
  body: string;
  contentType: string;
}

/** A request left `running` this long is taken to have died with its instance. */
const ABANDONED_AFTER_SECONDS = 120;

/** Key order must not make two equal bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const requestDigest = (route: string, params: unknown, body: unknown) =>
  createHash('sha256').update(`${route}\n${canonical(params)}\n${canonical(body)}`).digest('hex');

/**
 * Stripe's semantics for `Idempotency-Key`: the first response (success or a
 * 4xx the handler chose) is stored and replayed; the same key with another body
 * is 422; the same key while the first is still running is 409. A 5xx, a 429 or
 * a crash stores nothing, so the client's retry runs the request again.
 */
export async function runIdempotent(
  db: Database,
  actorId: string,
  key: string,
  route: string,
  digest: string,
  execute: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const claimed = await db.query<{ key: string }>(
    `insert into idempotency_keys (actor_id, key, route, request_sha256, state)
     values ($1, $2, $3, $4, 'running')
     on conflict (actor_id, key) do update
       set state = 'running', created_at = now(), route = excluded.route, request_sha256 = excluded.request_sha256
       where idempotency_keys.state = 'running'
         and idempotency_keys.created_at < now() - make_interval(secs => $5)
         and idempotency_keys.request_sha256 = excluded.request_sha256
     returning key`,
    [actorId, key, route, digest, ABANDONED_AFTER_SECONDS],
  );
  if (claimed.length === 0) {
    const [existing] = await db.query<{ route: string; request_sha256: string; state: string; response_status: number | null; response_body: string | null }>(
      'select route, request_sha256, state, response_status, response_body from idempotency_keys where actor_id = $1 and key = $2',
      [actorId, key],
    );
    if (!existing) throw new HttpProblem(409, 'idempotency_in_progress', 'Request in progress', 'Retry in a moment.');
    if (existing.route !== route || existing.request_sha256 !== digest) {
      throw new HttpProblem(422, 'idempotency_key_reused', 'Idempotency key reused', 'This Idempotency-Key was used with another request; use a new key for a new action.');
    }
    if (existing.state === 'running') {
      throw new HttpProblem(409, 'idempotency_in_progress', 'Request in progress', 'The first request with this Idempotency-Key is still running.');
    }
    const status = existing.response_status ?? 200;
    return { status, body: existing.response_body ?? '', contentType: status >= 400 ? 'application/problem+json' : 'application/json', replayed: true };
  }

  let response: StoredResponse;
  try {
    response = await execute();
  } catch (error) {
    // Only deliberate problems are stored; anything else lets a retry run again.
    // A 429 is not an answer to the request but to its timing: never replay it.
    if (error instanceof HttpProblem && error.status < 500 && error.status !== 429) {
      response = { status: error.status, body: JSON.stringify(error.toProblem()), contentType: 'application/problem+json' };
    } else {
      await db.query('delete from idempotency_keys where actor_id = $1 and key = $2', [actorId, key]);
      throw error;
    }
  }
  if (response.status >= 500 || response.status === 429) {
    await db.query('delete from idempotency_keys where actor_id = $1 and key = $2', [actorId, key]);
  } else {
    await db.query(
      `update idempotency_keys set state = 'done', response_status = $3, response_body = $4 where actor_id = $1 and key = $2`,
      [actorId, key, response.status, response.body],
    );
  }
  return { ...response, replayed: false };
}
