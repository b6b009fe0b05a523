import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { routes } from '../src/api/routes.js';

export type { Logger } from 'pino';

/** The levels `LOG_LEVEL` may name (pino's, plus `silent`). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every place a secret may sit in a log object. Request lines are built field
 * by field (no headers, no bodies), so these are the safety net for whoever
 * logs a header bag, a config or a library's error object later.
 * The `Idempotency-Key` is not a secret (it names a retry): it is not listed.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  ...['password', 'token', 'smtpUrl', 'databaseUrl', 'connectionString'].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  // HTTP and SMTP client errors carry the request config (URLs with credentials, auth headers).
  'err.config',
  'err.auth',
  'err.response',
];

/** `//user:password@host` (SMTP and database URLs) and bearer tokens inside free text. */
export function scrubSecrets(text: string): string {
  return maskTokenPaths(text.replace(/\/\/[^/@\s]*@/g, '//***@').replace(/\b(Bearer\s+)\S+/gi, '$1***'));
}

/** The contract's paths whose `{token}` segment is the secret (the invitation accept link). */
const TOKEN_PATHS = Object.values(routes)
  .map((route) => route.path)
  .filter((path) => path.includes('{token}'))
  .map((path) => {
    const [before = '', after = ''] = path.split('{token}');
    const literal = (part: string) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/?#\\s]+');
    return { pattern: new RegExp(`(${literal(before)})[^/?#\\s]+(${literal(after)})`, 'g') };
  });

/** `/api/v1/invitations/Zm9v.../accept` -> `/api/v1/invitations/:token/accept`. */
export function maskTokenPaths(text: string): string {
  return TOKEN_PATHS.reduce((masked, { pattern }) => masked.replace(pattern, '$1:token$2'), text);
}

/**
 * What a request line says about the URL: the path with any token masked, and
 * the query's keys only (a value may be a search term, an email, a token: we
 * cannot vouch for any of them).
 */
export function loggableUrl(url: string): { path: string; query?: string[] } {
  const parsed = new URL(url, 'http://localhost');
  const path = maskTokenPaths(parsed.pathname);
  const query = [...new Set(parsed.searchParams.keys())];
  return query.length ? { path, query } : { path };
}

/** Errors as type, code and a scrubbed message: no stack (it may quote data), no attached request config. */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubSecrets(String(error)).slice(0, 500) };
  const { type, message } = pino.stdSerializers.err(error);
  const code = (error as Error & { code?: unknown }).code;
  return { type, message: scrubSecrets(message).slice(0, 500), ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) };
}

export function parseLogLevel(value: string): LogLevel {
  const level = LOG_LEVELS.find((known) => known === value.trim().toLowerCase());
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}").`);
  return level;
}

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Default stdout; tests pass a stream that collects the lines. */
  destination?: DestinationStream;
}

/** The backend's one logger: JSON lines, secrets redacted, errors without stacks. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/**
 * The logger of the request being served (it carries the request id), for code
 * that has the Hono context but not the config (the contract router). Kept
 * beside the context rather than in it: AppEnv belongs to the HTTP layer.
 */
const requestLoggers = new WeakMap<object, Logger>();

export function bindRequestLogger(context: object, logger: Logger): void {
  requestLoggers.set(context, logger);
}

let fallback: Logger | undefined;

export function requestLogger(context: object): Logger {
  // Only a context the app's middleware never saw (a handler mounted elsewhere) lands here.
  fallback ??= createLogger({ level: process.env.NODE_TEST_CONTEXT ? 'silent' : 'info' });
  return requestLoggers.get(context) ?? fallback;
}
