import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { ServerConfig } from '../config.js';
import type { Queryable } from '../db/database.js';

/** One email on its way out; written to the outbox in the transaction that decided to send it. */
export interface OutgoingMail {
  clientId: string;
  userId: string;
  kind: 'invitation';
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The language the email is written in (its `lang`). */
  lang: string;
  createdAt: Date;
}

/**
 * Writes emails to the outbox in one statement and returns their ids in order.
 * Arrays of scalars through `unnest`: the same SQL on both drivers, and 10,000
 * rows cost one round trip.
 */
export async function writeOutbox(tx: Queryable, mails: readonly OutgoingMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const ids = mails.map(() => randomUUID());
  await tx.query(
    `insert into outbox (id, client_id, user_id, kind, to_address, subject, text_body, html_body, mail_language, created_at)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])`,
    [
      ids,
      mails.map((m) => m.clientId),
      mails.map((m) => m.userId),
      mails.map((m) => m.kind),
      mails.map((m) => m.to),
      mails.map((m) => m.subject),
      mails.map((m) => m.text),
      mails.map((m) => m.html),
      mails.map((m) => m.lang),
      mails.map((m) => m.createdAt.toISOString()),
    ],
  );
  return ids;
}

/** The relay's complaint, short and without credentials (an SMTP URL may carry a password). */
function deliveryError(error: unknown): string {
  const message = error instanceof Error ? `${(error as Error & { code?: string }).code ?? error.name}: ${error.message}` : String(error);
  return message.replace(/\/\/[^/@\s]*@/g, '//***@').slice(0, 500);
}

/** Retry policy of the outbox; `config.outboxRetry` overrides it (tests use short delays). */
export interface OutboxRetryPolicy {
  /** Attempts in all, the first included; after the last failure the row is `failed`. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one (with up to 20 % of jitter), capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often the worker looks for rows due for a retry. */
  intervalMs: number;
  /** A row claimed by a sender that died becomes due again after this. */
  leaseMs: number;
  /** Rows per pass. */
  batchSize: number;
  /**
   * A row still `pending` this long after it was written was never tried (the
   * process died between the commit and the first send): the worker sends it.
   * Long enough that the sender that wrote it has claimed it by then.
   */
  pendingGraceMs: number;
  /** Pending rows older than this are left alone: their accept link has expired (INVITATION_TTL_DAYS). */
  pendingMaxAgeMs: number;
}

export const DEFAULT_OUTBOX_RETRY: OutboxRetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  intervalMs: 30_000,
  leaseMs: 5 * 60_000,
  batchSize: 200,
  pendingGraceMs: 2 * 60_000,
  pendingMaxAgeMs: 7 * 24 * 60 * 60_000,
};

const policyOf = (config: ServerConfig): OutboxRetryPolicy => ({ ...DEFAULT_OUTBOX_RETRY, ...config.outboxRetry });

/** Wait before attempt `attempts + 1`, after `attempts` failed ones: 1, 2, 4, ... base delays, capped, with jitter. */
export function retryDelayMs(policy: OutboxRetryPolicy, attempts: number, random = Math.random): number {
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  // Jitter: many rows that failed together (a relay down during a bulk send) come back spread out.
  return Math.round(delay * (1 + 0.2 * random()));
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  mail_language: string;
  attempts: number;
}

const CLAIMED_COLUMNS = 'id, to_address, subject, text_body, html_body, mail_language, attempts';

/**
 * Sends outbox rows through SMTP when `config.smtpUrl` is set, right after the
 * transaction that wrote them has committed: a relay that is down must not
 * undo an invitation, and an invitation rolled back must not have been
 * emailed. A refusal or a dead relay leaves the row `retrying` with its error
 * and the time of its next attempt, which the outbox worker (startOutboxWorker)
 * makes. Never throws.
 */
export async function deliverOutbox(db: Queryable, config: ServerConfig, outboxIds: readonly string[]): Promise<void> {
  const smtpUrl = config.smtpUrl;
  if (!smtpUrl || outboxIds.length === 0) return;
  try {
    const policy = policyOf(config);
    // Claimed like the worker claims (one sender per row, never two emails for one row), a batch at a time just
    // before sending it: a lease never runs out on rows still waiting their turn behind thousands of others.
    for (let start = 0; start < outboxIds.length; start += policy.batchSize) {
      const rows = await db.query<ClaimedRow>(
        `update outbox set delivery_status = 'sending', attempts = attempts + 1, next_attempt_at = $2::timestamptz
          where id = any($1::text[]) and delivery_status = 'pending'
          returning ${CLAIMED_COLUMNS}`,
        [outboxIds.slice(start, start + policy.batchSize), new Date(config.now().getTime() + policy.leaseMs).toISOString()],
      );
      await deliver(db, config, smtpUrl, rows, policy);
    }
  } catch (error) {
    // The rows stay as they were (pending, or sending until their lease ends): the invitation itself is committed and its link works.
    config.logger.error({ err: error }, 'outbox delivery failed');
  }
}

/**
 * One pass of the outbox worker: claims the rows whose retry is due, rows
 * whose sender died (once their lease ended) and rows never tried (still
 * `pending` after `pendingGraceMs`: written, then the process died before
 * sending; only the newest of a user's emails of one kind), `for update skip locked` so two instances never claim the same
 * row, and sends them. Returns how many it claimed. Does nothing without
 * `config.smtpUrl`.
 */
export async function retryOutbox(db: Queryable, config: ServerConfig): Promise<number> {
  const smtpUrl = config.smtpUrl;
  if (!smtpUrl) return 0;
  const policy = policyOf(config);
  const now = config.now();
  const rows = await db.query<ClaimedRow>(
    `update outbox o set delivery_status = 'sending', attempts = o.attempts + 1, next_attempt_at = $2::timestamptz
       from (select id from outbox
              where (delivery_status in ('retrying', 'sending') and next_attempt_at <= $1::timestamptz)
                 or (delivery_status = 'pending' and created_at <= $4::timestamptz and created_at > $5::timestamptz
                     -- A newer email of the same kind to the same user replaced it: only the newest link works.
                     and user_id is not null
                     and not exists (select 1 from outbox newer
                                      where newer.user_id = outbox.user_id and newer.kind = outbox.kind and newer.created_at > outbox.created_at))
              order by coalesce(next_attempt_at, created_at), id limit $3 for update skip locked) due
      where o.id = due.id
      returning o.${CLAIMED_COLUMNS.split(', ').join(', o.')}`,
    [
      now.toISOString(),
      new Date(now.getTime() + policy.leaseMs).toISOString(),
      policy.batchSize,
      new Date(now.getTime() - policy.pendingGraceMs).toISOString(),
      new Date(now.getTime() - policy.pendingMaxAgeMs).toISOString(),
    ],
  );
  await deliver(db, config, smtpUrl, rows, policy);
  return rows.length;
}

/**
 * Runs retryOutbox every `intervalMs` until stopped. The timer does not keep
 * the process alive, and a pass never overlaps the previous one.
 */
export function startOutboxWorker(db: Queryable, config: ServerConfig): { stop(): void } {
  let running = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped || !config.smtpUrl) return;
    running = true;
    retryOutbox(db, config)
      .catch((error: unknown) => {
        // A closed database (shutdown) is not worth an error line.
        if (!stopped) config.logger.warn({ err: error }, 'outbox retry pass failed');
      })
      .finally(() => {
        running = false;
      });
  }, policyOf(config).intervalMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

async function deliver(db: Queryable, config: ServerConfig, smtpUrl: string, rows: readonly ClaimedRow[], policy: OutboxRetryPolicy): Promise<void> {
  if (rows.length === 0) return;
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transport =
    rows.length > 1
      ? createTransport({ url: smtpUrl, pool: true, maxConnections: 4, ...timeouts }, { from: config.mailFrom })
      : createTransport({ url: smtpUrl, ...timeouts }, { from: config.mailFrom });
  let next = 0;
  const worker = async () => {
    for (let row = rows[next++]; row; row = rows[next++]) {
      try {
        await transport.sendMail({
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          headers: { 'Content-Language': row.mail_language },
        });
        await db.query("update outbox set delivery_status = 'delivered', delivered_at = now(), delivery_error = null, next_attempt_at = null where id = $1", [row.id]);
      } catch (error) {
        const gaveUp = row.attempts >= policy.maxAttempts;
        const nextAttempt = gaveUp ? null : new Date(config.now().getTime() + retryDelayMs(policy, row.attempts)).toISOString();
        await db
          .query('update outbox set delivery_status = $2, delivery_error = $3, next_attempt_at = $4::timestamptz where id = $1', [
            row.id,
            gaveUp ? 'failed' : 'retrying',
            deliveryError(error),
            nextAttempt,
          ])
          .catch(() => {});
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(4, rows.length) }, worker));
  } finally {
    transport.close();
  }
}
