import * as z from 'zod/mini';
import { Cursor, Id, Timestamp, described, pageOf, queryInt, repeatable } from './common.js';

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

/**
 * Sort keys of the user list; a leading `-` sorts descending. Ties are broken
 * by the user id in the same direction, so `-field` lists exactly the reverse
 * of `field` (a grid reads the last rows as the first page of the reverse sort).
 */
export const USER_SORT_FIELDS = ['lastName', 'firstName', 'email', 'login', 'status', 'role', 'createdAt', 'invitedAt', 'userCode'] as const;
export const UserSort = z.enum([...USER_SORT_FIELDS, ...USER_SORT_FIELDS.map((f) => `-${f}` as const)]);
export type UserSort = z.infer<typeof UserSort>;

/**
 * `last.first`, `first.last` or `first.last@company.com` (DOMAIN.md). Which of
 * the two names comes first cannot be told from the text; both are dot pairs.
 */
export const Login = described(
  z.string().check(
    z.maxLength(254),
    z.regex(
      /^[a-z0-9]+(?:[-'][a-z0-9]+)*\.[a-z0-9]+(?:[-'][a-z0-9]+)*(?:@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)?$/i,
      'must be last.first, first.last or first.last@company.com',
    ),
  ),
  { id: 'Login', example: 'jeanne.martin' },
);

const QUOTA_UNITS = { KB: 1 / (1024 * 1024), MB: 1 / 1024, GB: 1, TB: 1024 } as const;
const QUOTA_PATTERN = /^(\d+(?:\.\d+)?)\s?(KB|MB|GB|TB)$/i;

/** Gigabytes in a quota string such as `10GB` or `512 KB`; NaN when malformed. */
export function quotaInGigabytes(quota: string): number {
  const match = QUOTA_PATTERN.exec(quota.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * QUOTA_UNITS[match[2]!.toUpperCase() as keyof typeof QUOTA_UNITS];
}

export const StorageQuota = described(z.string().check(z.regex(QUOTA_PATTERN, 'must be a size with a unit, e.g. 10GB or 512MB')), {
  id: 'StorageQuota',
  example: '10GB',
});

/** The backup product refuses less than 1 GB. */
export const BackupQuota = described(
  z.string().check(z.regex(QUOTA_PATTERN, 'must be a size with a unit, e.g. 10GB or 512MB'), z.refine((q) => quotaInGigabytes(q) >= 1, 'must be at least 1GB')),
  { id: 'BackupQuota', example: '50GB' },
);

export const PhoneNumber = described(z.string().check(z.regex(/^\+?[0-9 ().-]{6,24}$/, 'must be a phone number, e.g. +33 6 12 34 56 78')), {
  id: 'PhoneNumber',
});

const nullableText = (max: number) => z._default(z.nullable(z.string().check(z.maxLength(max))), null);

export const PostalAddress = described(
  z.object({
    street: nullableText(200),
    zip: nullableText(20),
    city: nullableText(120),
    country: described(z._default(z.nullable(z.string().check(z.length(2), z.toUpperCase())), null), { description: 'ISO 3166-1 alpha-2' }),
  }),
  { id: 'PostalAddress' },
);

/** The capabilities of Capabilities, as filter values. */
export const CAPABILITIES = ['remoteManagement', 'supportManagement'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const Capabilities = described(
  z.object({
    remoteManagement: z.boolean(),
    /** Support makes the user an operator, capped by the operator pool. */
    supportManagement: z.boolean(),
  }),
  { id: 'Capabilities' },
);

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** Fields an admin may set (create and update share them). */
const editableFields = {
  firstName: Name,
  lastName: Name,
  /** Unique in the client, compared case-insensitively, spelling kept. Null: migrated users not yet given one (they cannot be invited). */
  email: z.nullable(z.email().check(z.maxLength(254))),
  login: Login,
  role: z.enum(USER_ROLES),
  mailLanguage: z.enum(MAIL_LANGUAGES),
  jobTitle: z.nullable(z.string().check(z.maxLength(120))),
  company: z.nullable(z.string().check(z.maxLength(200))),
  department: z.nullable(z.string().check(z.maxLength(120))),
  phone: z.nullable(PhoneNumber),
  mobile: z.nullable(PhoneNumber),
  address: PostalAddress,
  biography: z.nullable(z.string().check(z.maxLength(2000))),
  agencyIds: z.array(Id).check(z.maxLength(500)),
  licencePoolIds: z.array(Id).check(z.maxLength(20)),
  accountType: z.enum(ACCOUNT_TYPES),
  /** Login of the user who owns a contact; required for contacts. */
  ownerLogin: z.nullable(Login),
  visibility: z.enum(VISIBILITIES),
  modificationPrevention: z.boolean(),
  twoFactor: z.enum(TWO_FACTOR_MODES),
  /** The account turns inactive on this date. */
  suspensionDate: z.nullable(Timestamp),
  expirationMode: z.enum(EXPIRATION_MODES),
  creationNotification: z.boolean(),
  storageQuota: z.nullable(StorageQuota),
  backupQuota: z.nullable(BackupQuota),
  capabilities: Capabilities,
};

type CrossFieldInput = {
  accountType?: (typeof ACCOUNT_TYPES)[number] | undefined;
  ownerLogin?: string | null | undefined;
  twoFactor?: (typeof TWO_FACTOR_MODES)[number] | undefined;
  mobile?: string | null | undefined;
};

/** Rules that tie two fields together; applied to create, and by the server to an update merged with the record. */
export const userCrossFieldRules = z.superRefine((user: CrossFieldInput, ctx) => {
  if (user.accountType === 'contact' && !user.ownerLogin) {
    ctx.addIssue({ code: 'custom', path: ['ownerLogin'], message: 'a contact needs an owner login', input: user.ownerLogin });
  }
  if (user.twoFactor === 'SMS' && !user.mobile) {
    ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'a mobile phone is required for SMS two-factor', input: user.mobile });
  }
});

export const User = described(
  z.object({
    id: Id,
    clientId: Id,
    /** Short, unique, assigned by the system. */
    userCode: z.string().check(z.minLength(1), z.maxLength(16)),
    ...editableFields,
    status: z.enum(USER_STATUSES),
    /** Reason given when banned (required then) or deactivated. */
    statusReason: z.nullable(z.string()),
    invitedAt: z.nullable(Timestamp),
    activatedAt: z.nullable(Timestamp),
    lastSignInAt: z.nullable(Timestamp),
    mustChangePassword: z.boolean(),
    hasApiKey: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  { id: 'User' },
);
export type User = z.infer<typeof User>;

const f = editableFields;
const userCreateShape = {
  firstName: f.firstName,
  lastName: f.lastName,
  email: f.email,
  login: f.login,
  mailLanguage: f.mailLanguage,
  role: z._default(f.role, 'user'),
  jobTitle: z._default(f.jobTitle, null),
  company: z._default(f.company, null),
  department: z._default(f.department, null),
  phone: z._default(f.phone, null),
  mobile: z._default(f.mobile, null),
  address: z._default(f.address, { street: null, zip: null, city: null, country: null }),
  biography: z._default(f.biography, null),
  agencyIds: z._default(f.agencyIds, []),
  licencePoolIds: z._default(f.licencePoolIds, []),
  accountType: z._default(f.accountType, 'user'),
  ownerLogin: z._default(f.ownerLogin, null),
  visibility: z._default(f.visibility, 'PUBLIC'),
  modificationPrevention: z._default(f.modificationPrevention, false),
  twoFactor: z._default(f.twoFactor, 'NONE'),
  suspensionDate: z._default(f.suspensionDate, null),
  expirationMode: z._default(f.expirationMode, 'DEFAULT'),
  creationNotification: z._default(f.creationNotification, true),
  storageQuota: z._default(f.storageQuota, null),
  backupQuota: z._default(f.backupQuota, null),
  capabilities: z._default(f.capabilities, { remoteManagement: false, supportManagement: false }),
  /** Send the invitation right away; otherwise the user is created `pending`. */
  invite: z._default(z.boolean(), false),
};
export const UserCreate = described(z.strictObject(userCreateShape).check(userCrossFieldRules), { id: 'UserCreate' });
export type UserCreate = z.input<typeof UserCreate>;

/** PATCH body: any editable field; unknown fields are rejected (no mass assignment). */
export const UserUpdate = described(z.partial(z.strictObject(editableFields)), { id: 'UserUpdate' });
export type UserUpdate = z.input<typeof UserUpdate>;

/** List filters, shared by the list, the export and bulk operations. */
const userFilterShape = {
  q: described(z.optional(z.string().check(z.trim(), z.maxLength(200))), { description: 'Matches name, email, login and user code' }),
  status: repeatable(z.enum(USER_STATUSES)),
  role: repeatable(z.enum(USER_ROLES)),
  agency: repeatable(Id),
  pool: repeatable(Id),
  accountType: repeatable(z.enum(ACCOUNT_TYPES)),
  ids: described(repeatable(Id, 500), { description: 'Only these users (at most 500): to fetch named users in one call' }),
  capability: described(repeatable(z.enum(CAPABILITIES)), { description: 'Users with any of these capabilities (`supportManagement`: the operators)' }),
};
export const UserFilter = z.object(userFilterShape);
export type UserFilter = z.input<typeof UserFilter>;

export const UserListQuery = z.object({
  ...userFilterShape,
  sort: z._default(UserSort, 'lastName'),
  cursor: z.optional(Cursor),
  /**
   * Skip this many matches in this sort: how a grid scrolled to row 60,000
   * loads that page without walking the cursors. Not together with `cursor`.
   */
  offset: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(10_000_000))),
  limit: queryInt(1, 500, 50),
}).check(
  z.refine((query) => query.cursor === undefined || query.offset === undefined, {
    message: 'give either cursor or offset, not both',
    path: ['offset'],
  }),
);
export type UserListQuery = z.input<typeof UserListQuery>;

export const UserPage = pageOf(User, 'UserPage');
export type UserPage = z.infer<typeof UserPage>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const UserExportQuery = z.object({
  ...userFilterShape,
  format: z.enum(EXPORT_FORMATS),
  sort: z._default(UserSort, 'lastName'),
  delimiter: z._default(z.enum([',', ';']), ';'),
});
export type UserExportQuery = z.input<typeof UserExportQuery>;

const Reason = z.optional(z.string().check(z.trim(), z.maxLength(500)));

/** Status changes an admin may ask for; ban needs a reason. */
export const StatusChange = described(
  z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('inactive'), reason: Reason }),
    z.strictObject({
      status: z.literal('active'),
      reason: Reason,
      /** A closed account is final unless it is reopened on purpose: this says so. */
      reopen: z.optional(z.literal(true)),
    }),
    z.strictObject({ status: z.literal('banned'), reason: z.string().check(z.trim(), z.minLength(1, 'a reason is required to ban'), z.maxLength(500)) }),
    z.strictObject({ status: z.literal('closed'), reason: Reason }),
  ]),
  { id: 'StatusChange' },
);
export type StatusChange = z.infer<typeof StatusChange>;

/** A user created to replace another: as UserCreate, but invited at once, so the email is required. */
export const ReplaceNewcomer = described(
  z.strictObject({ ...userCreateShape, email: z.email().check(z.maxLength(254)) }).check(userCrossFieldRules),
  { id: 'ReplaceNewcomer' },
);
export type ReplaceNewcomer = z.input<typeof ReplaceNewcomer>;

/** The leaver is deactivated and the newcomer takes the seat, in one transaction. */
export const ReplaceUser = described(z.union([z.strictObject({ newcomerId: Id }), z.strictObject({ newcomer: ReplaceNewcomer })]), { id: 'ReplaceUser' });
export type ReplaceUser = z.input<typeof ReplaceUser>;

export const ReplaceResult = described(z.object({ leaver: User, newcomer: User }), { id: 'ReplaceResult' });
export type ReplaceResult = z.infer<typeof ReplaceResult>;

export const PasswordResetResult = described(z.object({ userId: Id, mustChangePassword: z.literal(true) }), { id: 'PasswordResetResult' });
export type PasswordResetResult = z.infer<typeof PasswordResetResult>;

export const PERMISSION_SOURCES = ['role', 'agency', 'capability', 'override'] as const;
export const UserPermissions = described(
  z.object({
    userId: Id,
    permissions: z.array(z.object({ key: z.string(), granted: z.boolean(), source: z.enum(PERMISSION_SOURCES) })),
  }),
  { id: 'UserPermissions' },
);
export type UserPermissions = z.infer<typeof UserPermissions>;
