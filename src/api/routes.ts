import type * as z from 'zod/mini';
import { Id } from './schemas/common.js';
import * as s from './schemas/index.js';

/**
 * The HTTP contract as data: every endpoint once, with the zod schemas of its
 * parameters, body and responses. The OpenAPI document, the HTTP client and the
 * reference backend are all built from this table, so they cannot drift apart.
 */
export interface RouteResponse {
  /** Absent: no body (204). */
  schema?: z.ZodMiniType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style template, relative to `/api/v1`. */
  path: string;
  tag: string;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** Defaults to application/json; binary uploads name their media types. */
  bodyContentTypes?: readonly string[];
  /** The success response(s); problem responses are added by the OpenAPI builder. */
  responses: Readonly<Record<number, RouteResponse>>;
  /** Sends email: the client sends an `Idempotency-Key`, the server replays by it. */
  idempotent?: boolean;
  /** Writes a versioned resource: `If-Match` is required (428 without, 412 when stale). */
  ifMatch?: boolean;
  /** No bearer token (the invited user accepting has none yet). */
  public?: boolean;
  /** Extra problem statuses this route is known to answer, beyond the common ones. */
  problems?: readonly number[];
}

const json = <S extends z.ZodMiniType>(schema: S) => ({ schema });
const noContent = {} as const;

const ExportFile = { contentType: 'text/csv' } as const;
const AssetBytes = { contentType: 'image/png' } as const;

export const routes = {
  getMe: { method: 'get', path: '/me', tag: 'me', responses: { 200: json(s.Me) } },

  listClients: { method: 'get', path: '/clients', tag: 'clients', query: s.ClientListQuery, responses: { 200: json(s.ClientPage) } },
  getClient: { method: 'get', path: '/clients/{clientId}', tag: 'clients', responses: { 200: json(s.Client) } },
  listAgencies: { method: 'get', path: '/clients/{clientId}/agencies', tag: 'clients', responses: { 200: json(s.AgencyList) } },
  listLicencePools: { method: 'get', path: '/clients/{clientId}/licence-pools', tag: 'licences', responses: { 200: json(s.LicencePoolList) } },

  listUsers: { method: 'get', path: '/clients/{clientId}/users', tag: 'users', query: s.UserListQuery, responses: { 200: json(s.UserPage) } },
  createUser: { method: 'post', path: '/clients/{clientId}/users', tag: 'users', body: s.UserCreate, idempotent: true, problems: [409], responses: { 201: json(s.User) } },
  exportUsers: { method: 'get', path: '/clients/{clientId}/users/export', tag: 'users', query: s.UserExportQuery, responses: { 200: ExportFile } },
  getUser: { method: 'get', path: '/clients/{clientId}/users/{userId}', tag: 'users', responses: { 200: json(s.User) } },
  updateUser: { method: 'patch', path: '/clients/{clientId}/users/{userId}', tag: 'users', body: s.UserUpdate, problems: [409], responses: { 200: json(s.User) } },
  deleteUser: { method: 'delete', path: '/clients/{clientId}/users/{userId}', tag: 'users', responses: { 204: noContent } },
  inviteUser: { method: 'post', path: '/clients/{clientId}/users/{userId}/invitation', tag: 'invitations', body: s.InvitationRequest, idempotent: true, problems: [409, 422], responses: { 200: json(s.InvitationSent) } },
  changeUserStatus: { method: 'post', path: '/clients/{clientId}/users/{userId}/status', tag: 'users', body: s.StatusChange, problems: [409], responses: { 200: json(s.User) } },
  replaceUser: { method: 'post', path: '/clients/{clientId}/users/{userId}/replace', tag: 'users', body: s.ReplaceUser, idempotent: true, problems: [409], responses: { 200: json(s.ReplaceResult) } },
  resetUserPassword: { method: 'post', path: '/clients/{clientId}/users/{userId}/password-reset', tag: 'users', responses: { 200: json(s.PasswordResetResult) } },
  revokeUserApiKey: { method: 'delete', path: '/clients/{clientId}/users/{userId}/api-key', tag: 'users', responses: { 204: noContent } },
  getUserPermissions: { method: 'get', path: '/clients/{clientId}/users/{userId}/permissions', tag: 'users', responses: { 200: json(s.UserPermissions) } },

  previewBulkInvitation: { method: 'post', path: '/clients/{clientId}/invitations/preview', tag: 'invitations', body: s.BulkSelection, responses: { 200: json(s.BulkInvitationPreview) } },
  sendBulkInvitation: { method: 'post', path: '/clients/{clientId}/invitations/bulk', tag: 'invitations', body: s.BulkSelection, idempotent: true, problems: [409, 422], responses: { 200: json(s.BulkInvitationResult) } },
  acceptInvitation: { method: 'post', path: '/invitations/{token}/accept', tag: 'invitations', body: s.InvitationAccept, public: true, problems: [410], responses: { 200: json(s.InvitationAccepted) } },

  validateImport: { method: 'post', path: '/clients/{clientId}/imports', tag: 'imports', body: s.ImportRequest, problems: [413], responses: { 201: json(s.ImportJob) } },
  commitImport: { method: 'post', path: '/clients/{clientId}/imports/{importId}/commit', tag: 'imports', idempotent: true, problems: [409], responses: { 200: json(s.ImportJob) } },

  getPartnerBranding: { method: 'get', path: '/partners/{partnerId}/branding', tag: 'branding', responses: { 200: json(s.LevelBranding) } },
  putPartnerBranding: { method: 'put', path: '/partners/{partnerId}/branding', tag: 'branding', body: s.BrandingSettings, ifMatch: true, responses: { 200: json(s.LevelBranding) } },
  resetPartnerBranding: { method: 'delete', path: '/partners/{partnerId}/branding', tag: 'branding', ifMatch: true, responses: { 200: json(s.LevelBranding) } },
  getClientBranding: { method: 'get', path: '/clients/{clientId}/branding', tag: 'branding', responses: { 200: json(s.LevelBranding) } },
  putClientBranding: { method: 'put', path: '/clients/{clientId}/branding', tag: 'branding', body: s.BrandingSettings, ifMatch: true, responses: { 200: json(s.LevelBranding) } },
  resetClientBranding: { method: 'delete', path: '/clients/{clientId}/branding', tag: 'branding', ifMatch: true, responses: { 200: json(s.LevelBranding) } },
  getEffectiveBranding: { method: 'get', path: '/clients/{clientId}/branding/effective', tag: 'branding', responses: { 200: json(s.EffectiveBranding) } },

  getPartnerModules: { method: 'get', path: '/partners/{partnerId}/modules', tag: 'modules', responses: { 200: json(s.LevelModules) } },
  putPartnerModules: { method: 'put', path: '/partners/{partnerId}/modules', tag: 'modules', body: s.ModuleSettings, ifMatch: true, responses: { 200: json(s.LevelModules) } },
  resetPartnerModules: { method: 'delete', path: '/partners/{partnerId}/modules', tag: 'modules', ifMatch: true, responses: { 200: json(s.LevelModules) } },
  getClientModules: { method: 'get', path: '/clients/{clientId}/modules', tag: 'modules', responses: { 200: json(s.LevelModules) } },
  putClientModules: { method: 'put', path: '/clients/{clientId}/modules', tag: 'modules', body: s.ModuleSettings, ifMatch: true, responses: { 200: json(s.LevelModules) } },
  resetClientModules: { method: 'delete', path: '/clients/{clientId}/modules', tag: 'modules', ifMatch: true, responses: { 200: json(s.LevelModules) } },
  getEffectiveModules: { method: 'get', path: '/clients/{clientId}/modules/effective', tag: 'modules', responses: { 200: json(s.EffectiveModuleList) } },

  uploadAsset: { method: 'post', path: '/assets', tag: 'assets', query: s.AssetUploadQuery, bodyContentTypes: s.ASSET_TYPES, problems: [413, 415, 422], responses: { 201: json(s.Asset) } },
  getAsset: { method: 'get', path: '/assets/{assetId}', tag: 'assets', public: true, responses: { 200: AssetBytes } },

  startSupervision: { method: 'post', path: '/clients/{clientId}/users/{userId}/supervision', tag: 'supervision', body: s.SupervisionStart, problems: [409], responses: { 201: json(s.SupervisionSession) } },
  endSupervision: { method: 'delete', path: '/supervision/{sessionId}', tag: 'supervision', responses: { 200: json(s.SupervisionSession) } },

  listAuditEvents: { method: 'get', path: '/audit', tag: 'audit', query: s.AuditQuery, responses: { 200: json(s.AuditPage) } },
  listAuditActors: { method: 'get', path: '/audit/actors', tag: 'audit', query: s.AuditActorQuery, responses: { 200: json(s.AuditActorList) } },

  listAddressBookGroups: { method: 'get', path: '/clients/{clientId}/address-book-groups', tag: 'address-book', responses: { 200: json(s.AddressBookGroupList) } },
  createAddressBookGroup: { method: 'post', path: '/clients/{clientId}/address-book-groups', tag: 'address-book', body: s.AddressBookGroupCreate, problems: [409], responses: { 201: json(s.AddressBookGroup) } },
  shareAddressBookGroup: { method: 'put', path: '/clients/{clientId}/address-book-groups/{groupId}/shares/{userId}', tag: 'address-book', body: s.ShareRequest, responses: { 200: json(s.AddressBookGroup) } },
  unshareAddressBookGroup: { method: 'delete', path: '/clients/{clientId}/address-book-groups/{groupId}/shares/{userId}', tag: 'address-book', responses: { 200: json(s.AddressBookGroup) } },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;

/** The `{name}` placeholders of a path template, e.g. `clientId`, `userId`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Path parameters are opaque ids; validated as such and always URL-encoded. */
export const PathParam = Id;

/** Fills a path template, encoding each value (an id is data, never a path segment of its own). */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
