import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import { pathParamNames, routes } from '../../src/api/routes.js';
import type { RouteName, RouteSpec } from '../../src/api/routes.js';
import { resolveUnionIssues } from '../../src/api/schemas/common.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { Database } from '../db/database.js';
import { requestLogger } from '../log.js';
import { HttpProblem, invalid } from '../problems.js';
import type { AppEnv, SupervisionScope } from './env.js';
import { requestDigest, runIdempotent } from './idempotency.js';

type Route<N extends RouteName> = (typeof routes)[N];

type ParamName<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamName<Rest> : never;
type QueryOf<N extends RouteName> = Route<N> extends { query: infer Q extends z.ZodMiniType } ? z.output<Q> : undefined;
type BodyOf<N extends RouteName> = Route<N> extends { bodyContentTypes: readonly string[] }
  ? Uint8Array
  : Route<N> extends { body: infer B extends z.ZodMiniType }
    ? z.output<B>
    : undefined;
type SuccessSchema<N extends RouteName> = Extract<Route<N>['responses'][keyof Route<N>['responses']], { schema: z.ZodMiniType }>['schema'];

/** What a handler gets: parsed, validated inputs and the caller's identity. */
export interface RouteContext<N extends RouteName> {
  c: Context<AppEnv>;
  db: Database;
  /** The signed-in admin; absent only on public routes. */
  admin: Route<N> extends { public: true } ? undefined : Me;
  supervision: SupervisionScope | null;
  params: Record<ParamName<Route<N>['path']>, string>;
  query: QueryOf<N>;
  body: BodyOf<N>;
  /** The `If-Match` value, present on every route that needs one (428 otherwise). */
  ifMatch: Route<N> extends { ifMatch: true } ? string : undefined;
}

const CHECKED = Symbol('checked by the route schema');

/** A success body already parsed by its route's schema (checkedBody), which the router sends as it is. */
export interface CheckedBody<N extends RouteName> {
  readonly [CHECKED]: N;
  readonly data: z.output<SuccessSchema<N>>;
  /** `JSON.stringify(data)`, when the handler wrote it already (see withJson). */
  readonly json?: string;
}

/**
 * The checked body with its JSON text, written from parts serialised earlier:
 * `arrayJson` is the JSON of `data[key]`, which must be the first member of
 * `data` (a page's items, serialised while its total was still being counted).
 * The text is exactly JSON.stringify(data); any other shape is left to the router.
 */
export function withJson<N extends RouteName>(checked: CheckedBody<N>, key: string, arrayJson: string): CheckedBody<N> {
  const data = checked.data as Record<string, unknown>;
  const rest = JSON.stringify({ ...data, [key]: [] });
  const head = `{${JSON.stringify(key)}:[]`;
  if (Object.keys(data)[0] !== key || !rest.startsWith(head)) return checked;
  return { ...checked, json: `{${JSON.stringify(key)}:${arrayJson}${rest.slice(head.length)}` };
}

/**
 * A handler's answer: a body the router checks against the route's schema, a
 * body the handler had checked already (`checked`, from checkedBody), or a raw
 * Response (files).
 */
export type RouteResult<N extends RouteName> =
  | Response
  | (SuccessSchema<N> extends never
      ? { status?: 204 }
      :
          | { status?: ContentfulStatusCode; body: z.input<SuccessSchema<N>>; etag?: string; headers?: Record<string, string> }
          | { status?: ContentfulStatusCode; checked: CheckedBody<N>; etag?: string; headers?: Record<string, string> });

const contractViolation = () => new HttpProblem(500, 'internal', 'Internal error', 'The server built a response that breaks its own contract.');

/**
 * Parses `body` with the success schema of route `name`, exactly as the router
 * does before any response leaves (a violation is logged and answered 500).
 * The router calls it on every body; a handler calls it itself only to do the
 * check while it waits for something else (listUsers checks its page while the
 * total is still being counted), and returns the result as `checked`.
 */
export function checkedBody<N extends RouteName>(c: Context<AppEnv>, name: N, body: z.input<SuccessSchema<N>>): CheckedBody<N> {
  const route: RouteSpec = routes[name];
  const schema = (route.responses[successStatus(route)] as { schema?: z.ZodMiniType } | undefined)?.schema;
  const checked = schema ? z.safeParse(schema, body) : { success: true as const, data: body };
  if (!checked.success) {
    // Zod's issues name the field and the expectation, not the offending value (it may be personal data).
    requestLogger(c).error({ route: name, issues: issuesToFieldErrors(checked.error).slice(0, 5) }, 'contract violation');
    throw contractViolation();
  }
  return { [CHECKED]: name, data: checked.data as z.output<SuccessSchema<N>> };
}

export type RouteHandler<N extends RouteName> = (ctx: RouteContext<N>) => Promise<RouteResult<N>>;

const issuesToFieldErrors = (error: z.core.$ZodError, prefix = '') =>
  resolveUnionIssues(error.issues).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
  }));

/** Query strings repeat keys for arrays; single values stay strings (the schema turns repeatables into arrays). */
function queryObject(c: Context): Record<string, string | string[]> {
  const all = c.req.queries();
  return Object.fromEntries(Object.entries(all).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}

async function readBody(c: Context, route: RouteSpec): Promise<unknown> {
  if (route.bodyContentTypes) {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!route.bodyContentTypes.includes(type)) {
      throw new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', `Send the file as ${route.bodyContentTypes.join(' or ')}.`);
    }
    return new Uint8Array(await c.req.arrayBuffer());
  }
  const text = await c.req.text();
  if (!route.body) {
    if (text.trim() !== '' && text.trim() !== '{}') throw invalid([{ path: '(root)', code: 'unexpected_body', message: 'this request takes no body' }]);
    return undefined;
  }
  if (text.trim() === '') throw invalid([{ path: '(root)', code: 'required', message: 'a JSON body is required' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid([{ path: '(root)', code: 'invalid_json', message: 'the body is not valid JSON' }], 'The body is not valid JSON.');
  }
}

const successStatus = (route: RouteSpec) => Number(Object.keys(route.responses).find((status) => Number(status) < 300) ?? 200);

/**
 * Registers `handler` for the contract route `name`: method and path from the
 * route table, path/query/body validated with the contract's schemas (unknown
 * fields refused), `If-Match` required where the route says so,
 * `Idempotency-Key` honoured on email-sending routes, and the response checked
 * against its schema before it leaves (a reference backend that broke its own
 * contract is a bug to catch here, not in a partner's UI).
 */
export function bindRoute<N extends RouteName>(app: Hono<AppEnv>, db: Database, name: N, handler: RouteHandler<N>): void {
  const route: RouteSpec = routes[name];
  const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
  const paramNames = pathParamNames(route.path);
  const success = successStatus(route);
  const responseSchema = (route.responses[success] as { schema?: z.ZodMiniType } | undefined)?.schema;

  app.on(route.method.toUpperCase(), honoPath, async (c) => {
    const params = Object.fromEntries(paramNames.map((p) => [p, c.req.param(p)])) as Record<string, string>;
    for (const [key, value] of Object.entries(params)) {
      if (!value || value.length > 128) throw invalid([{ path: key, code: 'invalid_id', message: 'not a valid id' }]);
    }

    let query: unknown;
    if (route.query) {
      const parsed = z.safeParse(route.query, queryObject(c));
      if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error), 'Some query parameters are invalid.');
      query = parsed.data;
    }

    const raw = await readBody(c, route);
    let body: unknown = raw;
    if (route.body && !route.bodyContentTypes) {
      const parsed = z.safeParse(route.body, raw);
      if (!parsed.success) throw invalid(issuesToFieldErrors(parsed.error));
      body = parsed.data;
    }

    let ifMatch: string | undefined;
    if (route.ifMatch) {
      ifMatch = c.req.header('if-match');
      if (!ifMatch) throw new HttpProblem(428, 'precondition_required', 'If-Match required', 'Send the ETag you last read in If-Match, so that nobody overwrites a change they have not seen.');
    }

    const context = {
      c,
      db,
      admin: route.public ? undefined : c.get('admin'),
      supervision: route.public ? null : c.get('supervision'),
      params,
      query,
      body,
      ifMatch,
    } as RouteContext<N>;

    const execute = async () => {
      const result = await handler(context);
      if (result instanceof Response) return result;
      const status = result.status ?? success;
      if ((!('body' in result) && !('checked' in result)) || status === 204) return c.body(null, 204);
      let json: string;
      if ('checked' in result) {
        // Only checkedBody makes one, for this route: anything else is a bug of the handler, never sent unchecked.
        if (result.checked[CHECKED] !== name || !responseSchema) throw contractViolation();
        json = result.checked.json ?? JSON.stringify(result.checked.data);
      } else {
        json = JSON.stringify(checkedBody(c, name, result.body as never).data);
      }
      return c.body(json, status as ContentfulStatusCode, {
        'content-type': 'application/json',
        ...(result.etag ? { etag: result.etag } : {}),
        ...result.headers,
      });
    };

    const key = c.req.header('idempotency-key');
    if (!route.idempotent || !key || route.public) return execute();
    if (key.length < 8 || key.length > 255) throw invalid([{ path: 'Idempotency-Key', code: 'invalid_key', message: 'must be 8 to 255 characters' }]);

    const stored = await runIdempotent(db, c.get('admin').id, key, name, requestDigest(name, params, raw), async () => {
      const response = await execute();
      return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') ?? 'application/json' };
    });
    return c.body(stored.body, stored.status as ContentfulStatusCode, {
      'content-type': stored.contentType,
      ...(stored.replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
  });
}
