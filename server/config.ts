import type { OutboxRetryPolicy } from './domain/mailer.js';
import type { RateLimits } from './domain/rate-limit.js';
import { createLogger, parseLogLevel } from './log.js';
import type { Logger, LogLevel } from './log.js';

/** What the reference backend reads from its environment, once, at start. */
export interface ServerConfig {
  /** Where links in emails point (the accept link): the demo portal's origin. */
  publicUrl: string;
  /** `smtp://user:pass@host:port`; without it emails land in the outbox table only. */
  smtpUrl: string | null;
  /** Sender of every email. */
  mailFrom: string;
  /** Clock, injectable so tests can move time (suspension dates, expiries). */
  now: () => Date;
  /** Overrides of the email rate limits (tests use small ones); defaults in domain/rate-limit.ts. */
  rateLimits?: Partial<RateLimits>;
  /** Overrides of the outbox retry policy (tests use short delays); defaults in domain/mailer.ts. */
  outboxRetry?: Partial<OutboxRetryPolicy>;
  /** JSON lines (pino), secrets redacted; see server/log.ts. */
  logger: Logger;
}

/** `LOG_LEVEL` (default `info`); tests and scripts that print their own output pass `silent`. */
const logLevel = (env: NodeJS.ProcessEnv): LogLevel => (env.LOG_LEVEL ? parseLogLevel(env.LOG_LEVEL) : 'info');

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, port = Number(env.PORT ?? 8080)): ServerConfig {
  return {
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Suite Kit <no-reply@suite-kit.example>',
    now: () => new Date(),
    logger: createLogger({ level: logLevel(env) }),
  };
}
