import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import { ProblemError } from '../errors.js';
import { fillPath, routes } from '../routes.js';
import type { RouteName, RouteSpec } from '../routes.js';
import type { IdempotentRequestOptions, LevelTarget, SuiteApi } from '../suite-api.js';
import { createTransport, newIdempotencyKey } from './transport.js';
import type { QueryValue, TransportOptions } from './transport.js';

export type HttpApiOptions = TransportOptions;

interface Call {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  signal?: AbortSignal | undefined;
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
  throw new ProblemError(endpoint, {
    type: 'about:blank',
    title: 'Invalid request',
    status: 400,
    code: 'validation_failed',
    detail: 'The request was not sent: some fields are invalid.',
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message })),
  });
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
    const body = route.body ? validated(route.body, request.body, endpoint) : request.body;
    const query = route.query ? (validated(route.query, request.query ?? {}, endpoint) as Record<string, QueryValue>) : undefined;
    const schema = successSchema(route);
    const response = await transport.request<T>({
      method: route.method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      path,
      ...(query ? { query } : {}),
      ...(body !== undefined ? { body } : {}),
      ...(binary && body instanceof Blob ? { contentType: body.type } : {}),
      ...(schema ? { schema: schema as $ZodType<T> } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
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

  const idem = (options?: IdempotentRequestOptions) => ({ signal: options?.signal, idempotencyKey: options?.idempotencyKey });
  const base = options.baseUrl.replace(/\/+$/, '');

  return {
    getMe: (o) => data('getMe', { signal: o?.signal }),
    listClients: (query, o) => data('listClients', { query: query ?? {}, signal: o?.signal }),
    getClient: (clientId, o) => data('getClient', { params: { clientId }, signal: o?.signal }),
    listAgencies: (clientId, o) => data('listAgencies', { params: { clientId }, signal: o?.signal }),
    listLicencePools: (clientId, o) => data('listLicencePools', { params: { clientId }, signal: o?.signal }),

    listUsers: (clientId, query, o) => data('listUsers', { params: { clientId }, query: query ?? {}, signal: o?.signal }),
    createUser: (clientId, user, o) => data('createUser', { params: { clientId }, body: user, ...idem(o) }),
    getUser: (clientId, userId, o) => data('getUser', { params: { clientId, userId }, signal: o?.signal }),
    updateUser: (clientId, userId, changes, o) => data('updateUser', { params: { clientId, userId }, body: changes, signal: o?.signal }),
    deleteUser: (clientId, userId, o) => data('deleteUser', { params: { clientId, userId }, signal: o?.signal }),
    inviteUser: (clientId, userId, request, o) => data('inviteUser', { params: { clientId, userId }, body: request ?? {}, ...idem(o) }),
    changeUserStatus: (clientId, userId, change, o) => data('changeUserStatus', { params: { clientId, userId }, body: change, signal: o?.signal }),
    replaceUser: (clientId, userId, replacement, o) => data('replaceUser', { params: { clientId, userId }, body: replacement, ...idem(o) }),
    resetUserPassword: (clientId, userId, o) => data('resetUserPassword', { params: { clientId, userId }, signal: o?.signal }),
    revokeUserApiKey: (clientId, userId, o) => data('revokeUserApiKey', { params: { clientId, userId }, signal: o?.signal }),
    getUserPermissions: (clientId, userId, o) => data('getUserPermissions', { params: { clientId, userId }, signal: o?.signal }),
    exportUsers: async (clientId, query, o) => {
      const path = fillPath(routes.exportUsers.path, { clientId });
      const response = await transport.request<Blob>({
        method: 'GET',
        path,
        query: validated(routes.exportUsers.query, query, `GET ${path}`) as Record<string, QueryValue>,
        responseType: 'blob',
        ...(o?.signal ? { signal: o.signal } : {}),
      });
      return response.data;
    },

    previewBulkInvitation: (clientId, selection, o) => data('previewBulkInvitation', { params: { clientId }, body: selection, signal: o?.signal }),
    sendBulkInvitation: (clientId, selection, o) => data('sendBulkInvitation', { params: { clientId }, body: selection, ...idem(o) }),
    acceptInvitation: (token, accept, o) => data('acceptInvitation', { params: { token }, body: accept, signal: o?.signal }),

    validateImport: (clientId, request, o) => data('validateImport', { params: { clientId }, body: request, signal: o?.signal }),
    commitImport: (clientId, importId, o) => data('commitImport', { params: { clientId, importId }, ...idem(o) }),

    getBranding: (target, o) =>
      versioned(target.level === 'partner' ? 'getPartnerBranding' : 'getClientBranding', { ...levelPath(target), signal: o?.signal }),
    saveBranding: (target, settings, etag, o) =>
      versioned(target.level === 'partner' ? 'putPartnerBranding' : 'putClientBranding', { ...levelPath(target), body: settings, ifMatch: etag, signal: o?.signal }),
    resetBranding: (target, etag, o) =>
      versioned(target.level === 'partner' ? 'resetPartnerBranding' : 'resetClientBranding', { ...levelPath(target), ifMatch: etag, signal: o?.signal }),
    getEffectiveBranding: (clientId, o) => data('getEffectiveBranding', { params: { clientId }, signal: o?.signal }),

    getModules: (target, o) =>
      versioned(target.level === 'partner' ? 'getPartnerModules' : 'getClientModules', { ...levelPath(target), signal: o?.signal }),
    saveModules: (target, settings, etag, o) =>
      versioned(target.level === 'partner' ? 'putPartnerModules' : 'putClientModules', { ...levelPath(target), body: settings, ifMatch: etag, signal: o?.signal }),
    resetModules: (target, etag, o) =>
      versioned(target.level === 'partner' ? 'resetPartnerModules' : 'resetClientModules', { ...levelPath(target), ifMatch: etag, signal: o?.signal }),
    getEffectiveModules: async (clientId, o) =>
      (await data<{ items: Awaited<ReturnType<SuiteApi['getEffectiveModules']>> }>('getEffectiveModules', { params: { clientId }, signal: o?.signal })).items,

    uploadAsset: (purpose, image, o) => data('uploadAsset', { query: { purpose }, body: image, signal: o?.signal }),
    assetUrl: (assetId) => `${base}${fillPath(routes.getAsset.path, { assetId })}`,

    startSupervision: (clientId, userId, start, o) => data('startSupervision', { params: { clientId, userId }, body: start, signal: o?.signal }),
    endSupervision: (sessionId, o) => data('endSupervision', { params: { sessionId }, signal: o?.signal }),

    listAuditEvents: (query, o) => data('listAuditEvents', { query: query ?? {}, signal: o?.signal }),

    listAddressBookGroups: (clientId, o) => data('listAddressBookGroups', { params: { clientId }, signal: o?.signal }),
    createAddressBookGroup: (clientId, group, o) => data('createAddressBookGroup', { params: { clientId }, body: group, signal: o?.signal }),
    shareAddressBookGroup: (clientId, groupId, userId, share, o) =>
      data('shareAddressBookGroup', { params: { clientId, groupId, userId }, body: share, signal: o?.signal }),
    unshareAddressBookGroup: (clientId, groupId, userId, o) =>
      data('unshareAddressBookGroup', { params: { clientId, groupId, userId }, signal: o?.signal }),
  };
}
