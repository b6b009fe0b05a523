import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';

/** How many emails the backend lets out, per admin and per recipient, in fixed windows. */
export interface RateLimits {
  /** Email-sending requests one admin may make per window (a bulk send counts once). */
  adminRequests: number;
  adminWindowSeconds: number;
  /** Invitation emails one address may receive per window, whoever sends them. */
  recipientEmails: number;
  recipientWindowSeconds: number;
}

/** Production defaults, the one place they are set; tests pass smaller numbers through the config. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  adminRequests: 60,
  adminWindowSeconds: 60,
  recipientEmails: 5,
  recipientWindowSeconds: 3600,
};

/** A counter: `limit` hits per fixed window of `windowSeconds`, aligned on the epoch so every instance agrees. */
export interface RateLimitRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export const adminEmailRule = (adminId: string, limits: RateLimits): RateLimitRule => ({
  bucket: `admin-email:${adminId}`,
  limit: limits.adminRequests,
  windowSeconds: limits.adminWindowSeconds,
});

/** Addresses are compared case-insensitively and stored only as digests (the table is not a mailing list). */
export const recipientRule = (email: string, limits: RateLimits): RateLimitRule => ({
  bucket: `recipient:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`,
  limit: limits.recipientEmails,
  windowSeconds: limits.recipientWindowSeconds,
});

function windowOf(windowSeconds: number, now: Date) {
  const size = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / size) * size;
  return { start: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + size - now.getTime()) / 1000)) };
}

export const rateLimited = (retryAfterSeconds: number, detail: string) =>
  new HttpProblem(429, 'rate_limited', 'Too many requests', detail, undefined, { 'retry-after': String(retryAfterSeconds) });

/**
 * Counts `count` hits in the rule's current window and answers whether they fit.
 * One upsert, so concurrent instances share the count; older windows of the
 * bucket are dropped on the way so the table does not grow.
 */
export async function hitRateLimit(db: Queryable, rule: RateLimitRule, now: Date, count = 1): Promise<{ allowed: boolean; hits: number; retryAfterSeconds: number }> {
  const window = windowOf(rule.windowSeconds, now);
  const [row] = await db.query<{ hits: number }>(
    `with expired as (delete from rate_limits where bucket = $1 and window_start < $2::timestamptz)
     insert into rate_limits (bucket, window_start, hits) values ($1, $2::timestamptz, $3)
     on conflict (bucket, window_start) do update set hits = rate_limits.hits + excluded.hits
     returning hits`,
    [rule.bucket, window.start.toISOString(), count],
  );
  const hits = row?.hits ?? count;
  return { allowed: hits <= rule.limit, hits, retryAfterSeconds: window.retryAfterSeconds };
}

/** Hits so far in the current window, without counting one. */
export async function peekRateLimit(db: Queryable, rule: RateLimitRule, now: Date): Promise<{ allowed: boolean; hits: number; retryAfterSeconds: number }> {
  const window = windowOf(rule.windowSeconds, now);
  const [row] = await db.query<{ hits: number }>('select hits from rate_limits where bucket = $1 and window_start = $2::timestamptz', [rule.bucket, window.start.toISOString()]);
  const hits = row?.hits ?? 0;
  return { allowed: hits < rule.limit, hits, retryAfterSeconds: window.retryAfterSeconds };
}

/**
 * Bulk form for one rule family sharing a window size: returns the buckets
 * already at their limit (read) — the caller leaves those out, then counts the
 * rest with `hitRateLimits`. Both run inside the caller's transaction.
 */
export async function bucketsAtLimit(db: Queryable, rules: readonly RateLimitRule[], now: Date): Promise<Set<string>> {
  if (rules.length === 0) return new Set();
  const windowSeconds = rules[0]!.windowSeconds;
  const window = windowOf(windowSeconds, now);
  const rows = await db.query<{ bucket: string; hits: number }>(
    'select bucket, hits from rate_limits where bucket = any($1::text[]) and window_start = $2::timestamptz',
    [rules.map((r) => r.bucket), window.start.toISOString()],
  );
  const limitOf = new Map(rules.map((r) => [r.bucket, r.limit]));
  return new Set(rows.filter((r) => r.hits >= (limitOf.get(r.bucket) ?? Infinity)).map((r) => r.bucket));
}

/** One hit on each bucket (all with the same window size), in one statement. */
export async function hitRateLimits(db: Queryable, rules: readonly RateLimitRule[], now: Date): Promise<void> {
  if (rules.length === 0) return;
  const window = windowOf(rules[0]!.windowSeconds, now);
  await db.query(
    `insert into rate_limits (bucket, window_start, hits)
     select b, $2::timestamptz, 1 from unnest($1::text[]) as b
     on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1`,
    [[...new Set(rules.map((r) => r.bucket))], window.start.toISOString()],
  );
}
