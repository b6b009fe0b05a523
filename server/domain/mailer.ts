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

/**
 * Sends outbox rows through SMTP when `config.smtpUrl` is set, and records
 * `delivered_at` or `delivery_error` on each. Runs after the transaction that
 * wrote them has committed: a relay that is down must not undo an invitation,
 * and an invitation rolled back must not have been emailed. Never throws.
 */
export async function deliverOutbox(db: Queryable, config: ServerConfig, outboxIds: readonly string[]): Promise<void> {
  const smtpUrl = config.smtpUrl;
  if (!smtpUrl || outboxIds.length === 0) return;
  try {
    await deliver(db, config, smtpUrl, outboxIds);
  } catch (error) {
    // The rows stay undelivered (no delivered_at): the invitation itself is committed and its link works.
    config.logger.error({ err: error }, 'outbox delivery failed');
  }
}

async function deliver(db: Queryable, config: ServerConfig, smtpUrl: string, outboxIds: readonly string[]): Promise<void> {
  const rows = await db.query<{ id: string; to_address: string; subject: string; text_body: string; html_body: string; mail_language: string }>(
    'select id, to_address, subject, text_body, html_body, mail_language from outbox where id = any($1::text[]) and delivered_at is null',
    [outboxIds],
  );
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
        await db.query('update outbox set delivered_at = now(), delivery_error = null where id = $1', [row.id]);
      } catch (error) {
        await db.query('update outbox set delivery_error = $2 where id = $1', [row.id, deliveryError(error)]).catch(() => {});
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(4, rows.length) }, worker));
  } finally {
    transport.close();
  }
}
