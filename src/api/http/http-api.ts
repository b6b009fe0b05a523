import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { array, safeParse } from 'zod/mini';
import { ProblemError } from '../errors.js';
import { fillPath, routes } from '../routes.js';
import { resolveUnionIssues } from '../schemas/common.js';
import { IMPORT_MAX_ROWS, ImportRequest, ImportRow } from '../schemas/import.js';
import type { RouteName, RouteSpec } from '../routes.js';
import type { IdempotentRequestOptions, LevelTarget, RequestOptions, SuiteApi } from '../suite-api.js';
import { createTransport, newIdempotencyKey } from './transport.js';
import type { QueryValue, TransportOptions } from './transport.js';

export type HttpApiOptions = TransportOptions;

interface Call {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  /** The body was checked against the route's schema and encoded by the caller (a JSON Blob). */
  prepared?: boolean;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  idempotencyKey?: string | undefined;
  ifMatch?: string;
}

/** The 2xx response schema of a route (each route has exactly one success response). */
function successSchema(route: RouteSpec): $ZodType | undefined {
  const [, response] = Object.entries(route.responses).find(([status]) => Number(status) < 300)!;
  return response.schema;
}

/**
 * Refuses a request the server would refuse, before sending it, with the same
 * problem shape the server gives (`validation_failed`, one entry per field), so
 * an element shows client and server errors the same way.
 */
function validated(schema: $ZodType, value: unknown, endpoint: string): unknown {
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  throw invalidRequest(endpoint, result.error.issues);
}

function invalidRequest(endpoint: string, issues: readonly $ZodIssue[]): ProblemError {
  return new ProblemError(endpoint, {
    type: 'about:blank',
    title: 'Invalid request',
    status: 400,
    code: 'validation_failed',
    detail: 'The request was not sent: some fields are invalid.',
    // An either/or body (e.g. an existing newcomer or a new one) names the field of the branch meant.
    errors: resolveUnionIssues([...issues]).map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message })),
  });
}

/** Rows per slice of an import body: a slice is checked and encoded in a few milliseconds. */
const IMPORT_SLICE = 2_000;
const ImportRows = array(ImportRow);

const yieldToPage = (signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    setTimeout(() => (signal?.aborted ? reject(signal.reason) : resolve()), 0);
  });

/**
 * An import's body (up to 200,000 rows, some 50 MB of JSON) checked against
 * the contract and encoded one slice at a time, giving the page back between
 * slices: in one go, the check and JSON.stringify hold the main thread for
 * about half a second, and the Import issue allows no task over 50 ms.
 */
export async function importBody(request: ImportRequest, endpoint: string, signal?: AbortSignal, pause = yieldToPage): Promise<Blob> {
  const { rows, ...envelope } = request;
  // The envelope and the row count with the route's own schema; the rows themselves slice by slice below.
  validated(ImportRequest, { ...envelope, rows: rows.length > IMPORT_MAX_ROWS ? rows : rows.slice(0, 1) }, endpoint);
  const parts: BlobPart[] = [`${JSON.stringify(envelope).slice(0, -1)},"rows":[`];
  for (let start = 0; start < rows.length; start += IMPORT_SLICE) {
    const slice = rows.slice(start, start + IMPORT_SLICE);
    const result = safeParse(ImportRows, slice);
    if (!result.success) {
      throw invalidRequest(endpoint, result.error.issues.map((issue) => ({ ...issue, path: ['rows', start + Number(issue.path[0]), ...issue.path.slice(1)] })));
    }
    parts.push(`${start === 0 ? '' : ','}${JSON.stringify(slice).slice(1, -1)}`);
    await pause(signal);
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

const levelPath = (target: LevelTarget): { params: Record<string, string> } =>
  target.level === 'partner' ? { params: { partnerId: target.partnerId } } : { params: { clientId: target.clientId } };

/**
 * The SuiteApi over the HTTP contract. Every request and response goes through
 * the contract's schemas; a backend that answers another shape gets an
 * IncompatibleBackendError naming the endpoint and the field.
 */
export function createHttpApi(options: HttpApiOptions): SuiteApi {
  const transport = createTransport(options);

  async function call<T>(name: RouteName, request: Call = {}): Promise<{ data: T; etag: string | null }> {
    const route: RouteSpec = routes[name];
    const path = fillPath(route.path, request.params ?? {});
    const endpoint = `${route.method.toUpperCase()} ${path}`;
    const binary = route.bodyContentTypes !== undefined;
    const body = route.body && !request.prepared ? validated(route.body, request.body, endpoint) : request.body;
    const query = route.query ? (validated(route.query, request.query ?? {}, endpoint) as Record<string, QueryValue>) : undefined;
    const schema = successSchema(route);
    const response = await transport.request<T>({
      method: route.method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      path,
      ...(query ? { query } : {}),
      ...(body !== undefined ? { body } : {}),
      ...((binary || request.prepared) && body instanceof Blob ? { contentType: body.type } : {}),
      ...(schema ? { schema: schema as $ZodType<T> } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
      // Email-sending routes always carry a key: one per call unless the caller repeats an action.
      ...(route.idempotent ? { idempotencyKey: request.idempotencyKey ?? newIdempotencyKey() } : {}),
      ...(request.ifMatch !== undefined ? { ifMatch: request.ifMatch } : {}),
    });
    return { data: response.data, etag: response.etag };
  }

  const data = async <T>(name: RouteName, request?: Call) => (await call<T>(name, request)).data;

  /** The ETag header wins; the body's copy serves backends behind proxies that strip headers. */
  const versioned = async <T extends { etag: string }>(name: RouteName, request: Call) => {
    const { data: value, etag } = await call<T>(name, request);
    return etag ? { ...value, etag } : value;
  };

  /** The caller's cancel and per-call timeout, as every method passes them on. */
  const opts = (options?: RequestOptions) => ({ signal: options?.signal, timeoutMs: options?.timeoutMs });
  const idem = (options?: IdempotentRequestOptions) => ({ ...opts(options), idempotencyKey: options?.idempotencyKey });
  const base = options.baseUrl.replace(/\/+$/, '');

  return {
    getMe: (o) => data('getMe', { ...opts(o) }),
    listClients: (query, o) => data('listClients', { query: query ?? {}, ...opts(o) }),
    getClient: (clientId, o) => data('getClient', { params: { clientId }, ...opts(o) }),
    listAgencies: (clientId, o) => data('listAgencies', { params: { clientId }, ...opts(o) }),
    listLicencePools: (clientId, o) => data('listLicencePools', { params: { clientId }, ...opts(o) }),

    listUsers: (clientId, query, o) => data('listUsers', { params: { clientId }, query: query ?? {}, ...opts(o) }),
    createUser: (clientId, user, o) => data('createUser', { params: { clientId }, body: user, ...idem(o) }),
    getUser: (clientId, userId, o) => data('getUser', { params: { clientId, userId }, ...opts(o) }),
    updateUser: (clientId, userId, changes, o) => data('updateUser', { params: { clientId, userId }, body: changes, ...opts(o) }),
    deleteUser: (clientId, userId, o) => data('deleteUser', { params: { clientId, userId }, ...opts(o) }),
    inviteUser: (clientId, userId, request, o) => data('inviteUser', { params: { clientId, userId }, body: request ?? {}, ...idem(o) }),
    changeUserStatus: (clientId, userId, change, o) => data('changeUserStatus', { params: { clientId, userId }, body: change, ...opts(o) }),
    replaceUser: (clientId, userId, replacement, o) => data('replaceUser', { params: { clientId, userId }, body: replacement, ...idem(o) }),
    resetUserPassword: (clientId, userId, o) => data('resetUserPassword', { params: { clientId, userId }, ...opts(o) }),
    revokeUserApiKey: (clientId, userId, o) => data('revokeUserApiKey', { params: { clientId, userId }, ...opts(o) }),
    getUserPermissions: (clientId, userId, o) => data('getUserPermissions', { params: { clientId, userId }, ...opts(o) }),
    exportUsers: async (clientId, query, o) => {
      const path = fillPath(routes.exportUsers.path, { clientId });
      const response = await transport.request<Blob>({
        method: 'GET',
        path,
        query: validated(routes.exportUsers.query, query, `GET ${path}`) as Record<string, QueryValue>,
        responseType: 'blob',
        ...(o?.onProgress ? { onDownloadProgress: o.onProgress } : {}),
        ...(o?.signal ? { signal: o.signal } : {}),
        ...(o?.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      });
      return response.data;
    },

    previewBulkInvitation: (clientId, selection, o) => data('previewBulkInvitation', { params: { clientId }, body: selection, ...opts(o) }),
    sendBulkInvitation: (clientId, selection, o) => data('sendBulkInvitation', { params: { clientId }, body: selection, ...idem(o) }),
    acceptInvitation: (token, accept, o) => data('acceptInvitation', { params: { token }, body: accept, ...opts(o) }),

    validateImport: async (clientId, request, o) => {
      const body = await importBody(request, `POST ${fillPath(routes.validateImport.path, { clientId })}`, o?.signal);
      return data('validateImport', { params: { clientId }, body, prepared: true, ...opts(o) });
    },
    commitImport: (clientId, importId, o) => data('commitImport', { params: { clientId, importId }, ...idem(o) }),

    getBranding: (target, o) =>
      versioned(target.level === 'partner' ? 'getPartnerBranding' : 'getClientBranding', { ...levelPath(target), ...opts(o) }),
    saveBranding: (target, settings, etag, o) =>
      versioned(target.level === 'partner' ? 'putPartnerBranding' : 'putClientBranding', { ...levelPath(target), body: settings, ifMatch: etag, ...opts(o) }),
    resetBranding: (target, etag, o) =>
      versioned(target.level === 'partner' ? 'resetPartnerBranding' : 'resetClientBranding', { ...levelPath(target), ifMatch: etag, ...opts(o) }),
    getEffectiveBranding: (clientId, o) => data('getEffectiveBranding', { params: { clientId }, ...opts(o) }),

    getModules: (target, o) =>
      versioned(target.level === 'partner' ? 'getPartnerModules' : 'getClientModules', { ...levelPath(target), ...opts(o) }),
    saveModules: (target, settings, etag, o) =>
      versioned(target.level === 'partner' ? 'putPartnerModules' : 'putClientModules', { ...levelPath(target), body: settings, ifMatch: etag, ...opts(o) }),
    resetModules: (target, etag, o) =>
      versioned(target.level === 'partner' ? 'resetPartnerModules' : 'resetClientModules', { ...levelPath(target), ifMatch: etag, ...opts(o) }),
    getEffectiveModules: async (clientId, o) =>
      (await data<{ items: Awaited<ReturnType<SuiteApi['getEffectiveModules']>> }>('getEffectiveModules', { params: { clientId }, ...opts(o) })).items,

    uploadAsset: (purpose, image, o) => data('uploadAsset', { query: { purpose }, body: image, ...opts(o) }),
    assetUrl: (assetId) => `${base}${fillPath(routes.getAsset.path, { assetId })}`,

    startSupervision: (clientId, userId, start, o) => data('startSupervision', { params: { clientId, userId }, body: start, ...opts(o) }),
    endSupervision: (sessionId, o) => data('endSupervision', { params: { sessionId }, ...opts(o) }),

    listAuditEvents: (query, o) => data('listAuditEvents', { query: query ?? {}, ...opts(o) }),
    listAuditActors: (query, o) => data('listAuditActors', { query: query ?? {}, ...opts(o) }),

    listAddressBookGroups: (clientId, o) => data('listAddressBookGroups', { params: { clientId }, ...opts(o) }),
    createAddressBookGroup: (clientId, group, o) => data('createAddressBookGroup', { params: { clientId }, body: group, ...opts(o) }),
    shareAddressBookGroup: (clientId, groupId, userId, share, o) =>
      data('shareAddressBookGroup', { params: { clientId, groupId, userId }, body: share, ...opts(o) }),
    unshareAddressBookGroup: (clientId, groupId, userId, o) =>
      data('unshareAddressBookGroup', { params: { clientId, groupId, userId }, ...opts(o) }),
  };
}
