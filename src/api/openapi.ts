import * as z from 'zod/mini';
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { described } from './schemas/common.js';
import { Problem } from './schemas/problem.js';
import { routeDocs } from './route-docs.js';
import { PathParam, pathParamNames, routes } from './routes.js';
import type { RouteName, RouteSpec } from './routes.js';

/** Bumped with every change of the contract that a backend must follow. */
export const CONTRACT_VERSION = '1.3.0';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or a field is invalid (`validation_failed`, with `errors[]` per field)',
  401: 'No valid token',
  403: 'Authenticated, but this action is not allowed (role, scope, supervision)',
  404: 'Not found, or outside the caller\'s scope (an agency-scoped admin gets 404, never 403, for users of other agencies)',
  409: 'Conflicts with the current state (`seat_limit`, `email_taken`, `invalid_transition`, `idempotency_in_progress`, ...)',
  410: 'Expired or already used',
  412: 'The `If-Match` ETag is stale; the response carries the current `ETag`',
  413: 'The body or file is too large',
  415: 'The file is not a JPEG or PNG by its bytes',
  422: 'The same `Idempotency-Key` was sent with another body, or the image breaks a limit',
  428: '`If-Match` is required',
  429: 'Too many requests; `Retry-After` says when to try again',
};

const problemResponse = (status: number) => ({
  description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
  content: { 'application/problem+json': { schema: Problem } },
});

function operationFor(name: RouteName, route: RouteSpec): ZodOpenApiOperationObject {
  const doc = routeDocs[name];
  const pathNames = pathParamNames(route.path);
  const header: Record<string, z.ZodMiniType> = {};
  if (route.idempotent) {
    header['Idempotency-Key'] = described(z.optional(z.string().check(z.minLength(8), z.maxLength(255))), {
      description: 'One key per user action, reused by retries: the first response is replayed, a different body with the same key is 422',
    });
  }
  if (route.ifMatch) {
    header['If-Match'] = described(z.string(), { description: 'The ETag last read; required' });
  }

  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const contentType = response.contentType ?? 'application/json';
    const description = doc.responses[Number(status)] ?? '';
    responses[status as `${1 | 2 | 3 | 4 | 5}${string}`] = response.schema
      ? {
          description,
          content: { [contentType]: { schema: response.schema } },
          ...(route.ifMatch || route.path.endsWith('/branding') || route.path.endsWith('/modules')
            ? { headers: { ETag: { schema: { type: 'string' }, description: 'The version to send back in If-Match' } } }
            : {}),
        }
      : response.contentType
        ? { description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } }
        : { description };
  }
  const problemStatuses = new Set<number>([400, ...(route.public ? [] : [401, 403]), 404, 429, ...(route.problems ?? [])]);
  if (route.ifMatch) [412, 428].forEach((status) => problemStatuses.add(status));
  if (route.idempotent) [409, 422].forEach((status) => problemStatuses.add(status));
  for (const status of [...problemStatuses].sort()) responses[String(status) as `4${string}`] = problemResponse(status);
  responses.default = { description: 'Unexpected error', content: { 'application/problem+json': { schema: Problem } } };

  const binaryBody = route.bodyContentTypes !== undefined;
  return {
    operationId: name,
    summary: doc.summary,
    tags: [route.tag],
    ...(route.public ? { security: [] } : {}),
    requestParams: {
      ...(pathNames.length ? { path: z.object(Object.fromEntries(pathNames.map((p) => [p, PathParam]))) } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(Object.keys(header).length ? { header: z.object(header) } : {}),
    },
    ...(binaryBody
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(route.bodyContentTypes!.map((type) => [type, { schema: { type: 'string', format: 'binary' } as const }])),
          },
        }
      : route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } }
        : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the contract, built from the route table. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteSpec][]) {
    (paths[route.path] ??= {})[route.method] = operationFor(name, route);
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Suite Kit HTTP contract',
        version: CONTRACT_VERSION,
        description:
          'What any backend must speak for the Suite Kit elements to run on it. Errors are RFC 9457 problem+json with a stable `code`. Generated from the zod schemas in src/api: do not edit by hand (`npm run openapi`).',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/api/v1' }],
      security: [{ bearer: [] }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An admin token, or a supervision token while supervising' },
        },
      },
      paths,
    },
  );
}
