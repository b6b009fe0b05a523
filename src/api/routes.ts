import type * as z from 'zod/mini';
import { Id } from './schemas/common.js';
import * as s from './schemas/index.js';

/**
 * The HTTP contract as data: every endpoint once, with the zod schemas of its
 * parameters, body and responses. The OpenAPI document, the HTTP client and the
 * reference backend are all built from this table, so they cannot drift apart.
 */
export interface RouteResponse {
  description: string;
  /** Absent: no body (204). */
  schema?: z.ZodMiniType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style template, relative to `/api/v1`. */
  path: string;
  summary: string;
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

const json = <S extends z.ZodMiniType>(description: string, schema: S) => ({ description, schema });
const noContent = { description: 'Done, nothing to return' } as const;

const ExportFile = {
  description: 'The users as a file (CSV in UTF-8 with BOM, or XLSX), cells that could be read as formulas neutralised',
  contentType: 'text/csv',
} as const;
const AssetBytes = { description: 'The image bytes, with their type and `nosniff`', contentType: 'image/png' } as const;

export const routes = {
  getMe: { method: 'get', path: '/me', tag: 'me', summary: 'The signed-in admin: role, scope, permissions', responses: { 200: json('The admin', s.Me) } },

  listClients: { method: 'get', path: '/clients', tag: 'clients', summary: "The partner's clients, searchable and paginated", query: s.ClientListQuery, responses: { 200: json('A page of clients', s.ClientPage) } },
  getClient: { method: 'get', path: '/clients/{clientId}', tag: 'clients', summary: 'One client', responses: { 200: json('The client', s.Client) } },
  listAgencies: { method: 'get', path: '/clients/{clientId}/agencies', tag: 'clients', summary: "The client's agencies within the caller's scope", responses: { 200: json('Agencies', s.AgencyList) } },
  listLicencePools: { method: 'get', path: '/clients/{clientId}/licence-pools', tag: 'licences', summary: 'Licence pools: total, used, remaining (may be negative)', responses: { 200: json('Pools', s.LicencePoolList) } },

  listUsers: { method: 'get', path: '/clients/{clientId}/users', tag: 'users', summary: 'Search, filter, sort and page through users; `total` counts every match in scope', query: s.UserListQuery, responses: { 200: json('A page of users', s.UserPage) } },
  createUser: { method: 'post', path: '/clients/{clientId}/users', tag: 'users', summary: 'Create a user (pending, or invited at once with `invite: true`)', body: s.UserCreate, idempotent: true, problems: [409], responses: { 201: json('The user', s.User) } },
  exportUsers: { method: 'get', path: '/clients/{clientId}/users/export', tag: 'users', summary: 'Export the users matching the filters, within scope', query: s.UserExportQuery, responses: { 200: ExportFile } },
  getUser: { method: 'get', path: '/clients/{clientId}/users/{userId}', tag: 'users', summary: 'One user', responses: { 200: json('The user', s.User) } },
  updateUser: { method: 'patch', path: '/clients/{clientId}/users/{userId}', tag: 'users', summary: 'Change some fields of a user', body: s.UserUpdate, problems: [409], responses: { 200: json('The user', s.User) } },
  deleteUser: { method: 'delete', path: '/clients/{clientId}/users/{userId}', tag: 'users', summary: 'Delete a user', responses: { 204: noContent } },
  inviteUser: { method: 'post', path: '/clients/{clientId}/users/{userId}/invitation', tag: 'invitations', summary: 'Send or resend the invitation', body: s.InvitationRequest, idempotent: true, problems: [409, 422], responses: { 200: json('Sent', s.InvitationSent) } },
  changeUserStatus: { method: 'post', path: '/clients/{clientId}/users/{userId}/status', tag: 'users', summary: 'Deactivate, reactivate, ban (with a reason) or close', body: s.StatusChange, problems: [409], responses: { 200: json('The user', s.User) } },
  replaceUser: { method: 'post', path: '/clients/{clientId}/users/{userId}/replace', tag: 'users', summary: 'Deactivate the user and give their seat to a newcomer, in one transaction', body: s.ReplaceUser, idempotent: true, problems: [409], responses: { 200: json('Leaver and newcomer', s.ReplaceResult) } },
  resetUserPassword: { method: 'post', path: '/clients/{clientId}/users/{userId}/password-reset', tag: 'users', summary: 'Force a password change at next sign-in', responses: { 200: json('Done', s.PasswordResetResult) } },
  revokeUserApiKey: { method: 'delete', path: '/clients/{clientId}/users/{userId}/api-key', tag: 'users', summary: "Revoke the user's API key", responses: { 204: noContent } },
  getUserPermissions: { method: 'get', path: '/clients/{clientId}/users/{userId}/permissions', tag: 'users', summary: "The user's permissions and where each comes from", responses: { 200: json('Permissions', s.UserPermissions) } },

  previewBulkInvitation: { method: 'post', path: '/clients/{clientId}/invitations/preview', tag: 'invitations', summary: 'How many invitations would go out, and who has no email', body: s.BulkSelection, responses: { 200: json('Preview', s.BulkInvitationPreview) } },
  sendBulkInvitation: { method: 'post', path: '/clients/{clientId}/invitations/bulk', tag: 'invitations', summary: 'Invite the selection; per-user results', body: s.BulkSelection, idempotent: true, problems: [409, 422], responses: { 200: json('Per-user results', s.BulkInvitationResult) } },
  acceptInvitation: { method: 'post', path: '/invitations/{token}/accept', tag: 'invitations', summary: 'The invited user sets a password and becomes active', body: s.InvitationAccept, public: true, problems: [410], responses: { 200: json('Active', s.InvitationAccepted) } },

  validateImport: { method: 'post', path: '/clients/{clientId}/imports', tag: 'imports', summary: 'Validate rows (dry run): per-cell errors, duplicates, seats', body: s.ImportRequest, problems: [413], responses: { 201: json('The import job', s.ImportJob) } },
  commitImport: { method: 'post', path: '/clients/{clientId}/imports/{importId}/commit', tag: 'imports', summary: 'Create every validated row as pending, in one transaction or none', idempotent: true, problems: [409], responses: { 200: json('The committed job', s.ImportJob) } },

  getPartnerBranding: { method: 'get', path: '/partners/{partnerId}/branding', tag: 'branding', summary: "The partner level's branding", responses: { 200: json('Branding', s.LevelBranding) } },
  putPartnerBranding: { method: 'put', path: '/partners/{partnerId}/branding', tag: 'branding', summary: "Replace the partner level's branding", body: s.BrandingSettings, ifMatch: true, responses: { 200: json('Branding', s.LevelBranding) } },
  resetPartnerBranding: { method: 'delete', path: '/partners/{partnerId}/branding', tag: 'branding', summary: 'Reset the partner level to the defaults', ifMatch: true, responses: { 200: json('Branding', s.LevelBranding) } },
  getClientBranding: { method: 'get', path: '/clients/{clientId}/branding', tag: 'branding', summary: "The client level's own branding", responses: { 200: json('Branding', s.LevelBranding) } },
  putClientBranding: { method: 'put', path: '/clients/{clientId}/branding', tag: 'branding', summary: "Replace the client level's branding", body: s.BrandingSettings, ifMatch: true, responses: { 200: json('Branding', s.LevelBranding) } },
  resetClientBranding: { method: 'delete', path: '/clients/{clientId}/branding', tag: 'branding', summary: 'Reset the client to what it inherits from the partner', ifMatch: true, responses: { 200: json('Branding', s.LevelBranding) } },
  getEffectiveBranding: { method: 'get', path: '/clients/{clientId}/branding/effective', tag: 'branding', summary: "What the client's selfcare shows, each field with its source", responses: { 200: json('Effective branding', s.EffectiveBranding) } },

  getPartnerModules: { method: 'get', path: '/partners/{partnerId}/modules', tag: 'modules', summary: "The partner level's module switches", responses: { 200: json('Modules', s.LevelModules) } },
  putPartnerModules: { method: 'put', path: '/partners/{partnerId}/modules', tag: 'modules', summary: "Replace the partner level's module switches", body: s.ModuleSettings, ifMatch: true, responses: { 200: json('Modules', s.LevelModules) } },
  resetPartnerModules: { method: 'delete', path: '/partners/{partnerId}/modules', tag: 'modules', summary: 'Reset the partner level to the defaults', ifMatch: true, responses: { 200: json('Modules', s.LevelModules) } },
  getClientModules: { method: 'get', path: '/clients/{clientId}/modules', tag: 'modules', summary: "The client level's own module switches", responses: { 200: json('Modules', s.LevelModules) } },
  putClientModules: { method: 'put', path: '/clients/{clientId}/modules', tag: 'modules', summary: "Replace the client level's module switches", body: s.ModuleSettings, ifMatch: true, responses: { 200: json('Modules', s.LevelModules) } },
  resetClientModules: { method: 'delete', path: '/clients/{clientId}/modules', tag: 'modules', summary: 'Reset the client to what it inherits from the partner', ifMatch: true, responses: { 200: json('Modules', s.LevelModules) } },
  getEffectiveModules: { method: 'get', path: '/clients/{clientId}/modules/effective', tag: 'modules', summary: "The modules the client's users see, each with its source", responses: { 200: json('Effective modules', s.EffectiveModuleList) } },

  uploadAsset: { method: 'post', path: '/assets', tag: 'assets', summary: 'Upload a logo or banner (JPEG or PNG, checked by content and size)', query: s.AssetUploadQuery, bodyContentTypes: s.ASSET_TYPES, problems: [413, 415, 422], responses: { 201: json('The asset', s.Asset) } },
  getAsset: { method: 'get', path: '/assets/{assetId}', tag: 'assets', summary: 'The image, served with its type and `nosniff`; public, as `<img>` cannot send a token (ids are unguessable)', public: true, responses: { 200: AssetBytes } },

  startSupervision: { method: 'post', path: '/clients/{clientId}/users/{userId}/supervision', tag: 'supervision', summary: "Start supervising a user's selfcare (reason required, at most 30 minutes)", body: s.SupervisionStart, problems: [409], responses: { 201: json('The session and its short-lived token', s.SupervisionSession) } },
  endSupervision: { method: 'delete', path: '/supervision/{sessionId}', tag: 'supervision', summary: 'End a supervision session', responses: { 200: json('The ended session', s.SupervisionSession) } },

  listAuditEvents: { method: 'get', path: '/audit', tag: 'audit', summary: 'Who did what, when, to whom, within scope', query: s.AuditQuery, responses: { 200: json('A page of events', s.AuditPage) } },
  listAuditActors: { method: 'get', path: '/audit/actors', tag: 'audit', summary: "Everyone who appears as an actor in the events the caller may read, newest name first", query: s.AuditActorQuery, responses: { 200: json('Actors', s.AuditActorList) } },

  listAddressBookGroups: { method: 'get', path: '/clients/{clientId}/address-book-groups', tag: 'address-book', summary: "The client's address-book groups and their shares", responses: { 200: json('Groups', s.AddressBookGroupList) } },
  createAddressBookGroup: { method: 'post', path: '/clients/{clientId}/address-book-groups', tag: 'address-book', summary: 'Create a group', body: s.AddressBookGroupCreate, problems: [409], responses: { 201: json('The group', s.AddressBookGroup) } },
  shareAddressBookGroup: { method: 'put', path: '/clients/{clientId}/address-book-groups/{groupId}/shares/{userId}', tag: 'address-book', summary: 'Share a group with a user, with a permission', body: s.ShareRequest, responses: { 200: json('The group', s.AddressBookGroup) } },
  unshareAddressBookGroup: { method: 'delete', path: '/clients/{clientId}/address-book-groups/{groupId}/shares/{userId}', tag: 'address-book', summary: 'Stop sharing a group with a user', responses: { 200: json('The group', s.AddressBookGroup) } },
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
