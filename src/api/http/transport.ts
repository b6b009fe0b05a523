import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import type { Options as KyOptions, ShouldRetryState } from 'ky';
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import {
  AbortedError,
  ConflictError,
  IncompatibleBackendError,
  NetworkError,
  ProblemError,
  RateLimitedError,
  TimeoutError,
} from '../errors.js';
import { Problem } from '../schemas/problem.js';
import type { DownloadProgress } from '../suite-api.js';

export interface TransportOptions {
  /** e.g. `https://host/api/v1`; request paths are appended to it. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Called before every attempt (a retry may need a refreshed token); wins over `token`. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** e.g. `'include'` for cookie auth. */
  credentials?: RequestCredentials;
  /** Sent on every non-GET request (cookie auth needs it against CSRF). */
  csrfHeader?: { name: string; value: string | (() => string | null | undefined) };
  /** Per attempt, not for the whole request with its retries. Default 15000. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** First retry waits up to this, the second up to twice this (full jitter). Default 300. */
  retryBaseDelayMs?: number;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined | null;

export interface TransportRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to `baseUrl`, path parameters already encoded, e.g. `/clients/c1/users`. */
  path: string;
  /** Arrays repeat the key; `undefined` and `null` are left out. */
  query?: Record<string, QueryValue>;
  /** JSON-encoded, except Blob / ArrayBuffer / typed arrays / FormData, which are sent as they are. */
  body?: unknown;
  /** Content type of a raw body (ignored for JSON bodies). */
  contentType?: string;
  /** Schema of a 2xx body; without one the answer is expected empty and `data` is undefined. */
  schema?: $ZodType<T>;
  responseType?: 'json' | 'blob';
  /** For `blob` answers: called as bytes arrive; the body's timeout then counts from the last bytes received. */
  onDownloadProgress?: (progress: DownloadProgress) => void;
  /** The caller's cancel; distinct from the transport's own timeout. */
  signal?: AbortSignal;
  /** This request's timeout per attempt, in place of the transport's `timeoutMs`. */
  timeoutMs?: number;
  /** Sent as `Idempotency-Key`, unchanged on every retry; also makes POST and PATCH retriable. */
  idempotencyKey?: string;
  ifMatch?: string;
}

export interface TransportResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  headers: Headers;
}

export interface Transport {
  request<T>(req: TransportRequest<T>): Promise<TransportResponse<T>>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_BASE_DELAY_MS = 300;
/** Three attempts in all: enough to ride out a restart, few enough not to pile onto an overloaded server. */
const RETRY_LIMIT = 2;
/**
 * Longest `Retry-After` the transport sleeps through. Beyond it the user is
 * better served by an error now (the element can say "try again in N minutes")
 * than by a spinner that turns for minutes.
 */
const MAX_RETRY_AFTER_MS = 60_000;
const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];
/** Statuses whose `Retry-After` is honoured (a 5xx other than 503 has no business sending one). */
const RETRY_AFTER_STATUSES = [429, 503];
const ACCEPT = 'application/json, application/problem+json';

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseDelayMs = options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS;
  // Looked up at call time, not captured now: a mock (msw in Storybook) may
  // replace globalThis.fetch after the transport was built. Also never called
  // as a method of ky's options object, which `window.fetch` rejects.
  const fetchImpl: typeof globalThis.fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  async function request<T>(req: TransportRequest<T>): Promise<TransportResponse<T>> {
    const endpoint = `${req.method} ${req.path}`;
    const userSignal = req.signal;
    const timeoutMs = req.timeoutMs ?? defaultTimeoutMs;
    if (req.timeoutMs !== undefined && !(req.timeoutMs > 0 && req.timeoutMs <= 2_147_483_647)) {
      // ky and setTimeout would take 0, a negative or a huge value as "fire at once".
      throw new RangeError(`${endpoint}: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    }
    const retriable =
      req.method === 'GET' || req.method === 'PUT' || req.method === 'DELETE' || req.idempotencyKey !== undefined;

    if (req.method === 'GET' && req.body !== undefined) {
      throw new TypeError(`${endpoint}: a GET request cannot have a body`);
    }

    const headers = new Headers({ Accept: ACCEPT });
    let body: BodyInit | undefined;
    if (isRawBody(req.body)) {
      body = req.body;
      if (req.contentType !== undefined) headers.set('Content-Type', req.contentType);
    } else if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers.set('Content-Type', 'application/json');
    }
    if (req.idempotencyKey !== undefined) headers.set('Idempotency-Key', req.idempotencyKey);
    if (req.ifMatch !== undefined) headers.set('If-Match', req.ifMatch);

    // ky's own timeout only covers the wait for the response head; this
    // controller lets the body read time out too without passing for a user cancel.
    const bodyTimeout = new AbortController();
    const signal = userSignal ? AbortSignal.any([userSignal, bodyTimeout.signal]) : bodyTimeout.signal;

    const kyOptions: KyOptions = {
      method: req.method,
      headers,
      body,
      signal,
      timeout: timeoutMs,
      throwHttpErrors: true,
      fetch: fetchImpl,
      retry: {
        limit: RETRY_LIMIT,
        // Decided per request: POST and PATCH are only safe to replay with an idempotency key.
        methods: retriable ? [req.method.toLowerCase() as Lowercase<TransportRequest<T>['method']>] : [],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_AFTER_STATUSES,
        maxRetryAfter: MAX_RETRY_AFTER_MS,
        delay: (attempt) => baseDelayMs * 2 ** (attempt - 1),
        jitter: true,
        shouldRetry: (state) => shouldRetry(state, userSignal),
      },
      hooks: {
        beforeRequest: [
          async (request) => {
            // Per attempt: a token refreshed while we waited to retry must be used.
            const token = options.getToken ? await options.getToken() : options.token;
            if (token) request.headers.set('Authorization', `Bearer ${token}`);
            else request.headers.delete('Authorization');
            if (req.method !== 'GET' && options.csrfHeader) {
              const { name, value } = options.csrfHeader;
              const csrf = typeof value === 'function' ? value() : value;
              if (csrf) request.headers.set(name, csrf);
              else request.headers.delete(name);
            }
          },
        ],
        beforeRetry: [
          ({ error }) => {
            // Free the connection held by the answer we are discarding.
            if (error instanceof HTTPError) void error.response.body?.cancel().catch(() => undefined);
          },
        ],
      },
    };
    if (options.credentials !== undefined) kyOptions.credentials = options.credentials;

    let response: Response;
    try {
      response = await ky(baseUrl + withLeadingSlash(req.path) + queryString(req.query), kyOptions);
    } catch (error) {
      // An error body that stalls must not hang either; its problem is then synthesised.
      const timer = setTimeout(() => bodyTimeout.abort(), timeoutMs);
      try {
        throw await toSuiteError(error, endpoint, userSignal, timeoutMs);
      } finally {
        clearTimeout(timer);
      }
    }

    let timer = setTimeout(() => bodyTimeout.abort(), timeoutMs);
    // A download that keeps receiving is alive, however long it takes: its timeout restarts with each chunk.
    const stillReceiving = () => {
      clearTimeout(timer);
      timer = setTimeout(() => bodyTimeout.abort(), timeoutMs);
    };
    try {
      const data = await readData(response, req, endpoint, stillReceiving);
      return { data, status: response.status, etag: response.headers.get('ETag'), headers: response.headers };
    } catch (error) {
      if (userSignal?.aborted) throw new AbortedError(`${endpoint} was cancelled`, endpoint);
      if (bodyTimeout.signal.aborted) throw new TimeoutError(endpoint, timeoutMs);
      if (error instanceof TypeError) throw new NetworkError(`${endpoint}: the connection broke while reading the answer`, endpoint, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return { request };
}

function shouldRetry({ error }: ShouldRetryState, userSignal: AbortSignal | undefined): boolean | undefined {
  // Checked first: the caller's reason may itself be named TimeoutError (AbortSignal.timeout).
  if (userSignal?.aborted) return false;
  // Answered here rather than by ky's `retryOnTimeout`, which shouldRetry overrides anyway.
  if (error instanceof KyTimeoutError) return true;
  if (error instanceof HTTPError) {
    const { status } = error.response;
    if (!RETRY_STATUSES.includes(status)) return false;
    if (!RETRY_AFTER_STATUSES.includes(status)) return true;
    const retryAfter = retryAfterMs(error.response.headers);
    if (retryAfter === null) {
      // `true` skips ky's Retry-After branch, which would otherwise fall back on
      // vendor headers (X-RateLimit-Reset, ...) or sleep maxRetryAfter on garbage.
      return true;
    }
    if (retryAfter > MAX_RETRY_AFTER_MS) return false;
    // Let ky sleep exactly what the server asked (it reads the same header).
    return undefined;
  }
  // fetch reports "no HTTP answer" (refused, DNS, CORS, offline) as a TypeError.
  return error instanceof TypeError;
}

async function toSuiteError(
  error: unknown,
  endpoint: string,
  userSignal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<unknown> {
  // ky's errors are never attached as `cause`: they carry the Request, whose
  // headers hold the bearer token, and loggers print causes deeply.
  if (userSignal?.aborted) return new AbortedError(`${endpoint} was cancelled`, endpoint);
  if (error instanceof KyTimeoutError) return new TimeoutError(endpoint, timeoutMs);
  if (error instanceof HTTPError) return problemError(error.response, endpoint);
  if (error instanceof TypeError) return new NetworkError(`${endpoint}: no answer from the server`, endpoint, { cause: error });
  return error;
}

async function problemError(response: Response, endpoint: string): Promise<ProblemError> {
  const problem = (await parseProblem(response)) ?? synthesizeProblem(response);
  if (response.status === 412) return new ConflictError(endpoint, problem, response.headers.get('ETag'));
  if (response.status === 429) {
    const ms = retryAfterMs(response.headers);
    return new RateLimitedError(endpoint, problem, ms === null ? null : Math.max(0, Math.ceil(ms / 1000)));
  }
  return new ProblemError(endpoint, problem);
}

async function parseProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type)) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  // The HTTP status is authoritative (RFC 9457 §3.1.2), and fills a missing member.
  const parsed = Problem.safeParse({ ...body, status: response.status });
  return parsed.success ? parsed.data : null;
}

function synthesizeProblem(response: Response): Problem {
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: `http_${response.status}`,
  };
}

async function readData<T>(response: Response, req: TransportRequest<T>, endpoint: string, stillReceiving: () => void): Promise<T> {
  if (req.responseType === 'blob') return (req.onDownloadProgress ? await blobWithProgress(response, req.onDownloadProgress, stillReceiving) : await response.blob()) as T;
  const text = await response.text();
  if (!req.schema) {
    // No schema: the caller expects nothing back, so whatever came is ignored.
    return undefined as T;
  }
  if (text === '') {
    const parsed = safeParse(req.schema, undefined);
    if (parsed.success) return parsed.data;
    throw new IncompatibleBackendError(endpoint, [
      { path: '(root)', message: `expected a JSON body, got an empty answer (status ${response.status})` },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const type = response.headers.get('Content-Type') ?? 'no content type';
    throw new IncompatibleBackendError(endpoint, [{ path: '(root)', message: `expected JSON, got ${type}` }]);
  }
  const parsed = safeParse(req.schema, json);
  if (parsed.success) return parsed.data;
  throw new IncompatibleBackendError(
    endpoint,
    parsed.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}

/** The body as a Blob, counting the bytes as they arrive (`Content-Length` is the total when the server gave one). */
async function blobWithProgress(response: Response, onProgress: (progress: DownloadProgress) => void, stillReceiving: () => void): Promise<Blob> {
  const length = Number(response.headers.get('Content-Length'));
  const totalBytes = Number.isSafeInteger(length) && length > 0 ? length : null;
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return new Blob([], { type });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let receivedBytes = 0;
  onProgress({ receivedBytes, totalBytes });
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    stillReceiving();
    chunks.push(next.value);
    receivedBytes += next.value.byteLength;
    onProgress({ receivedBytes, totalBytes });
  }
  return new Blob(chunks, { type });
}

/** `Retry-After` in ms (delta-seconds or HTTP date), or null when absent or unreadable. */
function retryAfterMs(headers: Headers): number | null {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function isRawBody(body: unknown): body is Blob | ArrayBuffer | ArrayBufferView<ArrayBuffer> | FormData {
  return (
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof FormData !== 'undefined' && body instanceof FormData)
  );
}

function withLeadingSlash(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

function queryString(query: TransportRequest<unknown>['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value as readonly (string | number)[]) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
