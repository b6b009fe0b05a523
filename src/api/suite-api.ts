import type { AddressBookGroup, AddressBookGroupCreate, AddressBookGroupList, ShareRequest } from './schemas/address-book.js';
import type { Asset, AssetPurpose } from './schemas/asset.js';
import type { AuditActorList, AuditActorQuery, AuditPage, AuditQuery } from './schemas/audit.js';
import type { BrandingSettings, EffectiveBranding, LevelBranding } from './schemas/branding.js';
import type { ImportJob, ImportRequest } from './schemas/import.js';
import type {
  BulkInvitationPreview,
  BulkInvitationResult,
  BulkSelection,
  InvitationAccept,
  InvitationAccepted,
  InvitationRequest,
  InvitationSent,
} from './schemas/invitation.js';
import type { LicencePoolList } from './schemas/licence-pool.js';
import type { Me } from './schemas/me.js';
import type { EffectiveModule, LevelModules, ModuleSettings } from './schemas/modules.js';
import type { SupervisionSession, SupervisionStart } from './schemas/supervision.js';
import type { AgencyList, Client, ClientListQuery, ClientPage } from './schemas/tenancy.js';
import type {
  PasswordResetResult,
  ReplaceResult,
  ReplaceUser,
  StatusChange,
  User,
  UserCreate,
  UserExportQuery,
  UserListQuery,
  UserPage,
  UserPermissions,
  UserUpdate,
} from './schemas/user.js';

/** Per-call options every SuiteApi method accepts. */
export interface RequestOptions {
  /** Cancels the request (a newer search, an element leaving the page). Distinct from the client's timeout. */
  signal?: AbortSignal;
  /**
   * This call's timeout per attempt, in place of the client's (`timeoutMs` of
   * createHttpApi, 15 s by default): a big import or export may wait longer,
   * a type-ahead search less. Retries keep it; the caller's `signal` still cancels.
   */
  timeoutMs?: number;
}

/** How much of a download has arrived. */
export interface DownloadProgress {
  receivedBytes: number;
  /** The announced size (`Content-Length`); null when the backend streams without one, as an export does. */
  totalBytes: number | null;
}

/** For calls that download a file. */
export interface DownloadOptions extends RequestOptions {
  /**
   * Called as the file arrives. Optional for a backend adapter: one that cannot
   * tell never calls it, and the element shows an indeterminate progress bar.
   * While bytes keep arriving the download does not time out; `timeoutMs` then
   * counts from the last bytes received.
   */
  onProgress?: (progress: DownloadProgress) => void;
}

/**
 * For calls that send email. One key per user action: pass the same key to
 * repeat that action safely (a "retry" button); leave it out and the client
 * makes one for this call, reused by its automatic retries.
 */
export interface IdempotentRequestOptions extends RequestOptions {
  idempotencyKey?: string;
}

/** Branding and modules live at two levels; the client level inherits from the partner's. */
export type LevelTarget = { level: 'partner'; partnerId: string } | { level: 'client'; clientId: string };

/**
 * What the elements need from a backend. `createHttpApi()` implements it over
 * the HTTP contract; a partner with another transport (GraphQL, say) implements
 * it directly and passes the object to the elements. Methods throw the errors
 * of `errors.ts`.
 */
export interface SuiteApi {
  getMe(options?: RequestOptions): Promise<Me>;

  listClients(query?: ClientListQuery, options?: RequestOptions): Promise<ClientPage>;
  getClient(clientId: string, options?: RequestOptions): Promise<Client>;
  listAgencies(clientId: string, options?: RequestOptions): Promise<AgencyList>;
  listLicencePools(clientId: string, options?: RequestOptions): Promise<LicencePoolList>;

  listUsers(clientId: string, query?: UserListQuery, options?: RequestOptions): Promise<UserPage>;
  createUser(clientId: string, user: UserCreate, options?: IdempotentRequestOptions): Promise<User>;
  getUser(clientId: string, userId: string, options?: RequestOptions): Promise<User>;
  updateUser(clientId: string, userId: string, changes: UserUpdate, options?: RequestOptions): Promise<User>;
  deleteUser(clientId: string, userId: string, options?: RequestOptions): Promise<void>;
  inviteUser(clientId: string, userId: string, request?: InvitationRequest, options?: IdempotentRequestOptions): Promise<InvitationSent>;
  changeUserStatus(clientId: string, userId: string, change: StatusChange, options?: RequestOptions): Promise<User>;
  replaceUser(clientId: string, userId: string, replacement: ReplaceUser, options?: IdempotentRequestOptions): Promise<ReplaceResult>;
  resetUserPassword(clientId: string, userId: string, options?: RequestOptions): Promise<PasswordResetResult>;
  revokeUserApiKey(clientId: string, userId: string, options?: RequestOptions): Promise<void>;
  getUserPermissions(clientId: string, userId: string, options?: RequestOptions): Promise<UserPermissions>;
  exportUsers(clientId: string, query: UserExportQuery, options?: DownloadOptions): Promise<Blob>;

  previewBulkInvitation(clientId: string, selection: BulkSelection, options?: RequestOptions): Promise<BulkInvitationPreview>;
  sendBulkInvitation(clientId: string, selection: BulkSelection, options?: IdempotentRequestOptions): Promise<BulkInvitationResult>;
  acceptInvitation(token: string, accept: InvitationAccept, options?: RequestOptions): Promise<InvitationAccepted>;

  validateImport(clientId: string, request: ImportRequest, options?: RequestOptions): Promise<ImportJob>;
  commitImport(clientId: string, importId: string, options?: IdempotentRequestOptions): Promise<ImportJob>;

  getBranding(target: LevelTarget, options?: RequestOptions): Promise<LevelBranding>;
  /** `etag` is the one last read; a stale one fails with a ConflictError carrying the current ETag. */
  saveBranding(target: LevelTarget, settings: BrandingSettings, etag: string, options?: RequestOptions): Promise<LevelBranding>;
  resetBranding(target: LevelTarget, etag: string, options?: RequestOptions): Promise<LevelBranding>;
  getEffectiveBranding(clientId: string, options?: RequestOptions): Promise<EffectiveBranding>;

  getModules(target: LevelTarget, options?: RequestOptions): Promise<LevelModules>;
  saveModules(target: LevelTarget, settings: ModuleSettings, etag: string, options?: RequestOptions): Promise<LevelModules>;
  resetModules(target: LevelTarget, etag: string, options?: RequestOptions): Promise<LevelModules>;
  getEffectiveModules(clientId: string, options?: RequestOptions): Promise<EffectiveModule[]>;

  uploadAsset(purpose: AssetPurpose, image: Blob, options?: RequestOptions): Promise<Asset>;
  /** Where an `<img>` may load the asset from (no credentials needed: asset ids are unguessable). */
  assetUrl(assetId: string): string;

  startSupervision(clientId: string, userId: string, start: SupervisionStart, options?: RequestOptions): Promise<SupervisionSession>;
  endSupervision(sessionId: string, options?: RequestOptions): Promise<SupervisionSession>;

  listAuditEvents(query?: AuditQuery, options?: RequestOptions): Promise<AuditPage>;
  listAuditActors(query?: AuditActorQuery, options?: RequestOptions): Promise<AuditActorList>;

  listAddressBookGroups(clientId: string, options?: RequestOptions): Promise<AddressBookGroupList>;
  createAddressBookGroup(clientId: string, group: AddressBookGroupCreate, options?: RequestOptions): Promise<AddressBookGroup>;
  shareAddressBookGroup(clientId: string, groupId: string, userId: string, share: ShareRequest, options?: RequestOptions): Promise<AddressBookGroup>;
  unshareAddressBookGroup(clientId: string, groupId: string, userId: string, options?: RequestOptions): Promise<AddressBookGroup>;
}
