import * as z from 'zod';
import { Cursor, Id, Timestamp, pageOf, repeatable } from './common.js';

export const USER_STATUSES = ['pending', 'invited', 'active', 'inactive', 'banned', 'closed'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Statuses that use a licence seat. */
export const SEAT_USING_STATUSES = ['invited', 'active'] as const satisfies readonly UserStatus[];

export const USER_ROLES = ['super_admin', 'admin', 'operator', 'user'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MAIL_LANGUAGES = ['fr', 'en', 'de', 'nl', 'es', 'it', 'pt-br', 'zh-cn', 'ja', 'th'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const ACCOUNT_TYPES = ['user', 'contact'] as const;
export const VISIBILITIES = ['PUBLIC', 'PRIVATE'] as const;
export const TWO_FACTOR_MODES = ['NONE', 'TOTP', 'SMS', 'FIDO2'] as const;
export const EXPIRATION_MODES = ['DEFAULT', 'DISABLED'] as const;

/** Sort keys of the user list; a leading `-` sorts descending. */
export const USER_SORT_FIELDS = ['lastName', 'firstName', 'email', 'login', 'status', 'role', 'createdAt', 'invitedAt', 'userCode'] as const;
export const UserSort = z.enum([...USER_SORT_FIELDS, ...USER_SORT_FIELDS.map((f) => `-${f}` as const)]);
export type UserSort = z.infer<typeof UserSort>;

/**
 * `last.first`, `first.last` or `first.last@company.com` (DOMAIN.md). Which of
 * the two names comes first cannot be told from the text; both are dot pairs.
 */
export const Login = z
  .string()
  .max(254)
  .regex(/^[a-z0-9]+(?:[-'][a-z0-9]+)*\.[a-z0-9]+(?:[-'][a-z0-9]+)*(?:@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)?$/i, 'must be last.first, first.last or first.last@company.com')
  .meta({ id: 'Login', example: 'jeanne.martin' });

const QUOTA_UNITS = { KB: 1 / (1024 * 1024), MB: 1 / 1024, GB: 1, TB: 1024 } as const;
const QUOTA_PATTERN = /^(\d+(?:\.\d+)?)\s?(KB|MB|GB|TB)$/i;

/** Gigabytes in a quota string such as `10GB` or `512 KB`; NaN when malformed. */
export function quotaInGigabytes(quota: string): number {
  const match = QUOTA_PATTERN.exec(quota.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * QUOTA_UNITS[match[2]!.toUpperCase() as keyof typeof QUOTA_UNITS];
}

export const StorageQuota = z
  .string()
  .regex(QUOTA_PATTERN, 'must be a size with a unit, e.g. 10GB or 512MB')
  .meta({ id: 'StorageQuota', example: '10GB' });

/** The backup product refuses less than 1 GB. */
export const BackupQuota = StorageQuota.refine((q) => quotaInGigabytes(q) >= 1, 'must be at least 1GB');

export const PhoneNumber = z
  .string()
  .regex(/^\+?[0-9 ().-]{6,24}$/, 'must be a phone number, e.g. +33 6 12 34 56 78')
  .meta({ id: 'PhoneNumber' });

export const PostalAddress = z
  .object({
    street: z.string().max(200).nullable().default(null),
    zip: z.string().max(20).nullable().default(null),
    city: z.string().max(120).nullable().default(null),
    country: z.string().length(2).toUpperCase().nullable().default(null).meta({ description: 'ISO 3166-1 alpha-2' }),
  })
  .meta({ id: 'PostalAddress' });

export const Capabilities = z
  .object({
    remoteManagement: z.boolean(),
    /** Support makes the user an operator, capped by the operator pool. */
    supportManagement: z.boolean(),
  })
  .meta({ id: 'Capabilities' });

const Name = z.string().trim().min(1).max(100);

/** Fields an admin may set (create and update share them). */
const editableFields = {
  firstName: Name,
  lastName: Name,
  /** Unique in the client, compared case-insensitively, spelling kept. Null: migrated users not yet given one (they cannot be invited). */
  email: z.email().max(254).nullable(),
  login: Login,
  role: z.enum(USER_ROLES),
  mailLanguage: z.enum(MAIL_LANGUAGES),
  jobTitle: z.string().max(120).nullable(),
  company: z.string().max(200).nullable(),
  department: z.string().max(120).nullable(),
  phone: PhoneNumber.nullable(),
  mobile: PhoneNumber.nullable(),
  address: PostalAddress,
  biography: z.string().max(2000).nullable(),
  agencyIds: z.array(Id).max(500),
  licencePoolIds: z.array(Id).max(20),
  accountType: z.enum(ACCOUNT_TYPES),
  /** Login of the user who owns a contact; required for contacts. */
  ownerLogin: Login.nullable(),
  visibility: z.enum(VISIBILITIES),
  modificationPrevention: z.boolean(),
  twoFactor: z.enum(TWO_FACTOR_MODES),
  /** The account turns inactive on this date. */
  suspensionDate: Timestamp.nullable(),
  expirationMode: z.enum(EXPIRATION_MODES),
  creationNotification: z.boolean(),
  storageQuota: StorageQuota.nullable(),
  backupQuota: BackupQuota.nullable(),
  capabilities: Capabilities,
};

type CrossFieldInput = {
  accountType?: (typeof ACCOUNT_TYPES)[number] | undefined;
  ownerLogin?: string | null | undefined;
  twoFactor?: (typeof TWO_FACTOR_MODES)[number] | undefined;
  mobile?: string | null | undefined;
};

/** Rules that tie two fields together; applied to create, and to update against the merged record on the server. */
export function checkUserCrossFields(user: CrossFieldInput, ctx: z.RefinementCtx): void {
  if (user.accountType === 'contact' && !user.ownerLogin) {
    ctx.addIssue({ code: 'custom', path: ['ownerLogin'], message: 'a contact needs an owner login' });
  }
  if (user.twoFactor === 'SMS' && !user.mobile) {
    ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'a mobile phone is required for SMS two-factor' });
  }
}

export const User = z
  .object({
    id: Id,
    clientId: Id,
    /** Short, unique, assigned by the system. */
    userCode: z.string().min(1).max(16),
    ...editableFields,
    status: z.enum(USER_STATUSES),
    /** Reason given when banned (required then) or deactivated. */
    statusReason: z.string().nullable(),
    invitedAt: Timestamp.nullable(),
    activatedAt: Timestamp.nullable(),
    lastSignInAt: Timestamp.nullable(),
    mustChangePassword: z.boolean(),
    hasApiKey: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

const UserCreateShape = z
  .object({
    firstName: editableFields.firstName,
    lastName: editableFields.lastName,
    email: editableFields.email,
    login: editableFields.login,
    mailLanguage: editableFields.mailLanguage,
    role: editableFields.role.default('user'),
    jobTitle: editableFields.jobTitle.default(null),
    company: editableFields.company.default(null),
    department: editableFields.department.default(null),
    phone: editableFields.phone.default(null),
    mobile: editableFields.mobile.default(null),
    address: editableFields.address.default({ street: null, zip: null, city: null, country: null }),
    biography: editableFields.biography.default(null),
    agencyIds: editableFields.agencyIds.default([]),
    licencePoolIds: editableFields.licencePoolIds.default([]),
    accountType: editableFields.accountType.default('user'),
    ownerLogin: editableFields.ownerLogin.default(null),
    visibility: editableFields.visibility.default('PUBLIC'),
    modificationPrevention: editableFields.modificationPrevention.default(false),
    twoFactor: editableFields.twoFactor.default('NONE'),
    suspensionDate: editableFields.suspensionDate.default(null),
    expirationMode: editableFields.expirationMode.default('DEFAULT'),
    creationNotification: editableFields.creationNotification.default(true),
    storageQuota: editableFields.storageQuota.default(null),
    backupQuota: editableFields.backupQuota.default(null),
    capabilities: editableFields.capabilities.default({ remoteManagement: false, supportManagement: false }),
    /** Send the invitation right away; otherwise the user is created `pending`. */
    invite: z.boolean().default(false),
  })
  .strict();

export const UserCreate = UserCreateShape.superRefine(checkUserCrossFields).meta({ id: 'UserCreate' });
export type UserCreate = z.input<typeof UserCreate>;

/** PATCH body: any editable field; unknown fields are rejected (no mass assignment). */
export const UserUpdate = z.object(editableFields).partial().strict().meta({ id: 'UserUpdate' });
export type UserUpdate = z.input<typeof UserUpdate>;

/** List filters, shared by the list, the export and bulk operations. */
export const UserFilter = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'Matches name, email, login and user code' }),
  status: repeatable(z.enum(USER_STATUSES)),
  role: repeatable(z.enum(USER_ROLES)),
  agency: repeatable(Id),
  pool: repeatable(Id),
  accountType: repeatable(z.enum(ACCOUNT_TYPES)),
});
export type UserFilter = z.input<typeof UserFilter>;

export const UserListQuery = UserFilter.extend({
  sort: UserSort.default('lastName'),
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type UserListQuery = z.input<typeof UserListQuery>;

export const UserPage = pageOf(User, 'UserPage');
export type UserPage = z.infer<typeof UserPage>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const UserExportQuery = UserFilter.extend({
  format: z.enum(EXPORT_FORMATS),
  sort: UserSort.default('lastName'),
  delimiter: z.enum([',', ';']).default(';'),
});
export type UserExportQuery = z.input<typeof UserExportQuery>;

/** Status changes an admin may ask for; ban needs a reason. */
export const StatusChange = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('inactive'), reason: z.string().trim().max(500).optional() }).strict(),
    z.object({ status: z.literal('active'), reason: z.string().trim().max(500).optional() }).strict(),
    z.object({ status: z.literal('banned'), reason: z.string().trim().min(1, 'a reason is required to ban').max(500) }).strict(),
    z.object({ status: z.literal('closed'), reason: z.string().trim().max(500).optional() }).strict(),
  ])
  .meta({ id: 'StatusChange' });
export type StatusChange = z.infer<typeof StatusChange>;

/** The leaver is deactivated and the newcomer takes the seat, in one transaction. */
export const ReplaceUser = z
  .union([
    z.object({ newcomerId: Id }).strict(),
    z.object({ newcomer: UserCreate }).strict(),
  ])
  .meta({ id: 'ReplaceUser' });
export type ReplaceUser = z.input<typeof ReplaceUser>;

export const ReplaceResult = z.object({ leaver: User, newcomer: User }).meta({ id: 'ReplaceResult' });
export type ReplaceResult = z.infer<typeof ReplaceResult>;

export const PasswordResetResult = z
  .object({ userId: Id, mustChangePassword: z.literal(true) })
  .meta({ id: 'PasswordResetResult' });
export type PasswordResetResult = z.infer<typeof PasswordResetResult>;

export const PERMISSION_SOURCES = ['role', 'agency', 'capability', 'override'] as const;
export const UserPermissions = z
  .object({
    userId: Id,
    permissions: z.array(
      z.object({ key: z.string(), granted: z.boolean(), source: z.enum(PERMISSION_SOURCES) }),
    ),
  })
  .meta({ id: 'UserPermissions' });
export type UserPermissions = z.infer<typeof UserPermissions>;
