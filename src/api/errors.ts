import type { FieldError, Problem } from './schemas/problem.js';

/**
 * Every failure the kit's API client reports is one of these, told apart by
 * `kind` (a discriminant survives bundling and `instanceof` across two copies
 * of the kit loaded on one page, which a partner portal may well do).
 */
export type SuiteApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'problem'
  | 'conflict'
  | 'rate-limited'
  | 'incompatible-backend';

export abstract class SuiteApiError extends Error {
  abstract readonly kind: SuiteApiErrorKind;
  /** `METHOD /path` of the request that failed, for logs and error banners. */
  readonly endpoint: string;

  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** The request never got an HTTP answer (DNS, refused connection, CORS, offline). */
export class NetworkError extends SuiteApiError {
  readonly kind = 'network';
  override readonly name = 'NetworkError';
}

/** The kit gave up waiting (its own timeout), as opposed to the user cancelling. */
export class TimeoutError extends SuiteApiError {
  readonly kind = 'timeout';
  override readonly name = 'TimeoutError';
  readonly timeoutMs: number;

  constructor(endpoint: string, timeoutMs: number, options?: ErrorOptions) {
    super(`${endpoint} did not answer within ${timeoutMs} ms`, endpoint, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired (a newer search, an element leaving the page). */
export class AbortedError extends SuiteApiError {
  readonly kind = 'aborted';
  override readonly name = 'AbortError';
}

/** The backend answered with an RFC 9457 problem (any 4xx/5xx not covered below). */
export class ProblemError extends SuiteApiError {
  readonly kind: 'problem' | 'conflict' | 'rate-limited' = 'problem';
  override readonly name: string = 'ProblemError';
  readonly status: number;
  /** Stable machine code (`seat_limit`, `email_taken`, `validation_failed`, ...). */
  readonly code: string;
  readonly problem: Problem;

  constructor(endpoint: string, problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, endpoint, options);
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }

  /** Per-field details, for showing each next to its field or row. */
  get fieldErrors(): readonly FieldError[] {
    return this.problem.errors ?? [];
  }
}

/** 412: someone else saved first; `currentEtag` lets the element fetch and merge. */
export class ConflictError extends ProblemError {
  override readonly kind = 'conflict';
  override readonly name = 'ConflictError';
  readonly currentEtag: string | null;

  constructor(endpoint: string, problem: Problem, currentEtag: string | null) {
    super(endpoint, problem);
    this.currentEtag = currentEtag;
  }
}

/** 429 after the client's retries ran out; `retryAfterSeconds` comes from `Retry-After`. */
export class RateLimitedError extends ProblemError {
  override readonly kind = 'rate-limited';
  override readonly name = 'RateLimitedError';
  readonly retryAfterSeconds: number | null;

  constructor(endpoint: string, problem: Problem, retryAfterSeconds: number | null) {
    super(endpoint, problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * The backend answered 2xx with a body that does not match the contract. Names
 * the endpoint and the first offending field path so a partner writing their own
 * backend sees at once what to fix, instead of a table full of `undefined`.
 */
export class IncompatibleBackendError extends SuiteApiError {
  readonly kind = 'incompatible-backend';
  override readonly name = 'IncompatibleBackendError';
  /** Dotted path of the first field that failed, e.g. `items.3.email`; `(root)` for the body. */
  readonly fieldPath: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(endpoint: string, issues: readonly { path: string; message: string }[]) {
    const first = issues[0] ?? { path: '(root)', message: 'invalid response' };
    super(`Incompatible backend: ${endpoint} answered an invalid field ${first.path} (${first.message})`, endpoint);
    this.fieldPath = first.path;
    this.issues = issues;
  }
}

export function isSuiteApiError(error: unknown): error is SuiteApiError {
  return error instanceof Error && typeof (error as Partial<SuiteApiError>).kind === 'string' && 'endpoint' in error;
}

/**
 * The problem answer behind `error`, whichever copy of the kit threw it (tested
 * by shape, not `instanceof`: a page may load two copies), else undefined.
 */
export function asProblem(error: unknown): ProblemError | undefined {
  return isSuiteApiError(error) && 'code' in error ? (error as ProblemError) : undefined;
}

/** A request cancelled on purpose (a newer one, leaving the page): nothing to show, nothing to report. */
export function isAbortError(error: unknown): boolean {
  if (isSuiteApiError(error)) return error.kind === 'aborted';
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Nobody knows whether the request took effect (the connection broke, the
 * server timed out or failed, or the first request with this Idempotency-Key
 * is still running): repeating it with the same key is then safe, the server
 * replays instead of acting again.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!isSuiteApiError(error)) return true;
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate-limited') return true;
  return error instanceof ProblemError && (error.status >= 500 || error.code === 'idempotency_in_progress');
}
