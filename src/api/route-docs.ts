import type { RouteName } from './routes.js';

/**
 * The words of the OpenAPI document: each route's summary and what its
 * success responses mean. Kept apart from the route table, which every
 * browser bundle carries, because only the document needs them (about 1 KB
 * gzipped off every first load); a route without its words fails the type check.
 */
export interface RouteDoc {
  summary: string;
  responses: Readonly<Record<number, string>>;
}

export const routeDocs: Readonly<Record<RouteName, RouteDoc>> = {
  getMe: { summary: 'The signed-in admin: role, scope, permissions', responses: { 200: 'The admin' } },
  listClients: { summary: "The partner's clients, searchable and paginated", responses: { 200: 'A page of clients' } },
  getClient: { summary: 'One client', responses: { 200: 'The client' } },
  listAgencies: { summary: "The client's agencies within the caller's scope", responses: { 200: 'Agencies' } },
  listLicencePools: { summary: 'Licence pools: total, used, remaining (may be negative)', responses: { 200: 'Pools' } },
  listUsers: { summary: 'Search, filter, sort and page through users; `total` counts every match in scope', responses: { 200: 'A page of users' } },
  createUser: { summary: 'Create a user (pending, or invited at once with `invite: true`)', responses: { 201: 'The user' } },
  exportUsers: { summary: 'Export the users matching the filters, within scope', responses: { 200: 'The users as a file (CSV in UTF-8 with BOM, or XLSX), cells that could be read as formulas neutralised' } },
  getUser: { summary: 'One user', responses: { 200: 'The user' } },
  updateUser: { summary: 'Change some fields of a user', responses: { 200: 'The user' } },
  deleteUser: { summary: 'Delete a user', responses: { 204: 'Done, nothing to return' } },
  inviteUser: { summary: 'Send or resend the invitation', responses: { 200: 'Sent' } },
  changeUserStatus: { summary: 'Deactivate, reactivate, ban (with a reason) or close', responses: { 200: 'The user' } },
  replaceUser: { summary: 'Deactivate the user and give their seat to a newcomer, in one transaction', responses: { 200: 'Leaver and newcomer' } },
  resetUserPassword: { summary: 'Force a password change at next sign-in', responses: { 200: 'Done' } },
  revokeUserApiKey: { summary: "Revoke the user's API key", responses: { 204: 'Done, nothing to return' } },
  getUserPermissions: { summary: "The user's permissions and where each comes from", responses: { 200: 'Permissions' } },
  previewBulkInvitation: { summary: 'How many invitations would go out, and who has no email', responses: { 200: 'Preview' } },
  sendBulkInvitation: { summary: 'Invite the selection; per-user results', responses: { 200: 'Per-user results' } },
  acceptInvitation: { summary: 'The invited user sets a password and becomes active', responses: { 200: 'Active' } },
  validateImport: { summary: 'Validate rows (dry run): per-cell errors, duplicates, seats', responses: { 201: 'The import job' } },
  commitImport: { summary: 'Create every validated row as pending, in one transaction or none', responses: { 200: 'The committed job' } },
  getPartnerBranding: { summary: "The partner level's branding", responses: { 200: 'Branding' } },
  putPartnerBranding: { summary: "Replace the partner level's branding", responses: { 200: 'Branding' } },
  resetPartnerBranding: { summary: 'Reset the partner level to the defaults', responses: { 200: 'Branding' } },
  getClientBranding: { summary: "The client level's own branding", responses: { 200: 'Branding' } },
  putClientBranding: { summary: "Replace the client level's branding", responses: { 200: 'Branding' } },
  resetClientBranding: { summary: 'Reset the client to what it inherits from the partner', responses: { 200: 'Branding' } },
  getEffectiveBranding: { summary: "What the client's selfcare shows, each field with its source", responses: { 200: 'Effective branding' } },
  getPartnerModules: { summary: "The partner level's module switches", responses: { 200: 'Modules' } },
  putPartnerModules: { summary: "Replace the partner level's module switches", responses: { 200: 'Modules' } },
  resetPartnerModules: { summary: 'Reset the partner level to the defaults', responses: { 200: 'Modules' } },
  getClientModules: { summary: "The client level's own module switches", responses: { 200: 'Modules' } },
  putClientModules: { summary: "Replace the client level's module switches", responses: { 200: 'Modules' } },
  resetClientModules: { summary: 'Reset the client to what it inherits from the partner', responses: { 200: 'Modules' } },
  getEffectiveModules: { summary: "The modules the client's users see, each with its source", responses: { 200: 'Effective modules' } },
  uploadAsset: { summary: 'Upload a logo or banner (JPEG or PNG, checked by content and size)', responses: { 201: 'The asset' } },
  getAsset: { summary: 'The image, served with its type and `nosniff`; public, as `<img>` cannot send a token (ids are unguessable)', responses: { 200: 'The image bytes, with their type and `nosniff`' } },
  startSupervision: { summary: "Start supervising a user's selfcare (reason required, at most 30 minutes)", responses: { 201: 'The session and its short-lived token' } },
  endSupervision: { summary: 'End a supervision session', responses: { 200: 'The ended session' } },
  listAuditEvents: { summary: 'Who did what, when, to whom, within scope', responses: { 200: 'A page of events' } },
  listAuditActors: { summary: "Everyone who appears as an actor in the events the caller may read, newest name first", responses: { 200: 'Actors' } },
  listAddressBookGroups: { summary: "The client's address-book groups and their shares", responses: { 200: 'Groups' } },
  createAddressBookGroup: { summary: 'Create a group', responses: { 201: 'The group' } },
  shareAddressBookGroup: { summary: 'Share a group with a user, with a permission', responses: { 200: 'The group' } },
  unshareAddressBookGroup: { summary: 'Stop sharing a group with a user', responses: { 200: 'The group' } },
};
