import * as z from 'zod/mini';
import type { FieldError } from '../../api/schemas/problem.js';
import {
  userCrossFieldRules,
  UserUpdate,
  type ACCOUNT_TYPES,
  type EXPIRATION_MODES,
  type MailLanguage,
  type TWO_FACTOR_MODES,
  type User,
  type UserRole,
  type VISIBILITIES,
} from '../../api/schemas/user.js';

/** The units a quota is typed in; the contract's `StorageQuota` pattern accepts these. */
export const QUOTA_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;
export type QuotaUnit = (typeof QUOTA_UNITS)[number];

/**
 * What the edit form holds: text inputs as typed (empty means "none"), quotas
 * split into an amount and a unit, the suspension date as a `datetime-local`
 * value. Kept apart from `User` so a half-typed value is never lost to a
 * conversion, and turned into a `UserUpdate` only when saving.
 */
export interface UserDraft {
  firstName: string;
  lastName: string;
  email: string;
  login: string;
  role: UserRole;
  mailLanguage: MailLanguage;
  jobTitle: string;
  company: string;
  department: string;
  phone: string;
  mobile: string;
  street: string;
  zip: string;
  city: string;
  country: string;
  biography: string;
  agencyIds: string[];
  licencePoolIds: string[];
  accountType: (typeof ACCOUNT_TYPES)[number];
  ownerLogin: string;
  visibility: (typeof VISIBILITIES)[number];
  modificationPrevention: boolean;
  twoFactor: (typeof TWO_FACTOR_MODES)[number];
  suspensionDate: string;
  expirationMode: (typeof EXPIRATION_MODES)[number];
  creationNotification: boolean;
  storageQuotaAmount: string;
  storageQuotaUnit: QuotaUnit;
  backupQuotaAmount: string;
  backupQuotaUnit: QuotaUnit;
}

/** A field of the form as the contract names it (`address.zip`), which is also how the server names it in `problem.errors[]`. */
export type FormField = Exclude<keyof UserUpdate, 'address' | 'capabilities'> | 'address.street' | 'address.zip' | 'address.city' | 'address.country';

/** One complaint about one field, before it is put into words. */
export interface FieldIssue {
  /** The contract's or the server's code: `too_small`, `invalid_format`, `email_taken`, `seat_limit`... */
  code: string;
  /** The server's (English) message, used only when the code has no translation. */
  message: string;
  maximum?: number;
  /** For `seat_limit`: the pools without a seat, by name. */
  pools?: string;
}

export type FieldIssues = Partial<Record<FormField, FieldIssue>>;

const QUOTA = /^(\d+(?:\.\d+)?)\s?(KB|MB|GB|TB)$/i;

function splitQuota(quota: string | null): { amount: string; unit: QuotaUnit } {
  if (!quota) return { amount: '', unit: 'GB' };
  const match = QUOTA.exec(quota.trim());
  // A value the pattern does not read (an older backend's) stays visible as typed, to be corrected.
  if (!match) return { amount: quota, unit: 'GB' };
  return { amount: match[1]!, unit: match[2]!.toUpperCase() as QuotaUnit };
}

function joinQuota(amount: string, unit: QuotaUnit): string | null {
  const trimmed = amount.trim();
  return trimmed === '' ? null : `${trimmed}${unit}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An RFC 3339 instant as a `datetime-local` value in the browser's time zone (minutes). */
export function toLocalInput(timestamp: string | null): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value back to an RFC 3339 instant; text that is no date is returned as is so validation names it. */
function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

export function draftFromUser(user: User): UserDraft {
  const storage = splitQuota(user.storageQuota);
  const backup = splitQuota(user.backupQuota);
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email ?? '',
    login: user.login,
    role: user.role,
    mailLanguage: user.mailLanguage,
    jobTitle: user.jobTitle ?? '',
    company: user.company ?? '',
    department: user.department ?? '',
    phone: user.phone ?? '',
    mobile: user.mobile ?? '',
    street: user.address.street ?? '',
    zip: user.address.zip ?? '',
    city: user.address.city ?? '',
    country: user.address.country ?? '',
    biography: user.biography ?? '',
    agencyIds: [...user.agencyIds],
    licencePoolIds: [...user.licencePoolIds],
    accountType: user.accountType,
    ownerLogin: user.ownerLogin ?? '',
    visibility: user.visibility,
    modificationPrevention: user.modificationPrevention,
    twoFactor: user.twoFactor,
    suspensionDate: toLocalInput(user.suspensionDate),
    expirationMode: user.expirationMode,
    creationNotification: user.creationNotification,
    storageQuotaAmount: storage.amount,
    storageQuotaUnit: storage.unit,
    backupQuotaAmount: backup.amount,
    backupQuotaUnit: backup.unit,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The PATCH body: only the fields whose value differs from the user as loaded,
 * so a save never overwrites what another admin changed in a field this one
 * did not touch.
 */
export function changesFrom(user: User, draft: UserDraft): UserUpdate {
  const original = draftFromUser(user);
  const changes: UserUpdate = {};
  const text = <K extends 'firstName' | 'lastName' | 'login'>(key: K) => {
    if (draft[key] !== original[key]) changes[key] = draft[key];
  };
  const nullable = <K extends 'email' | 'jobTitle' | 'company' | 'department' | 'phone' | 'mobile' | 'biography' | 'ownerLogin'>(key: K) => {
    if (draft[key] !== original[key]) changes[key] = orNull(draft[key]);
  };
  const choice = <K extends 'role' | 'mailLanguage' | 'accountType' | 'visibility' | 'modificationPrevention' | 'twoFactor' | 'expirationMode' | 'creationNotification'>(
    key: K,
  ) => {
    if (draft[key] !== original[key]) (changes as Record<K, UserDraft[K]>)[key] = draft[key];
  };
  text('firstName');
  text('lastName');
  text('login');
  for (const key of ['email', 'jobTitle', 'company', 'department', 'phone', 'mobile', 'biography', 'ownerLogin'] as const) nullable(key);
  for (const key of ['role', 'mailLanguage', 'accountType', 'visibility', 'modificationPrevention', 'twoFactor', 'expirationMode', 'creationNotification'] as const) {
    choice(key);
  }
  if (draft.street !== original.street || draft.zip !== original.zip || draft.city !== original.city || draft.country !== original.country) {
    // The address travels whole: the server replaces it as one value.
    changes.address = { street: orNull(draft.street), zip: orNull(draft.zip), city: orNull(draft.city), country: orNull(draft.country.trim()) };
  }
  if (!sameSet(draft.agencyIds, original.agencyIds)) changes.agencyIds = [...draft.agencyIds];
  if (!sameSet(draft.licencePoolIds, original.licencePoolIds)) changes.licencePoolIds = [...draft.licencePoolIds];
  if (draft.suspensionDate !== original.suspensionDate) changes.suspensionDate = fromLocalInput(draft.suspensionDate);
  const storage = joinQuota(draft.storageQuotaAmount, draft.storageQuotaUnit);
  if (storage !== joinQuota(original.storageQuotaAmount, original.storageQuotaUnit)) changes.storageQuota = storage;
  const backup = joinQuota(draft.backupQuotaAmount, draft.backupQuotaUnit);
  if (backup !== joinQuota(original.backupQuotaAmount, original.backupQuotaUnit)) changes.backupQuota = backup;
  return changes;
}

/** The contract's cross-field rules (contact owner, SMS mobile) over the user as it would be after the save. */
const MergedUser = z.custom<User>().check(userCrossFieldRules);

/** `address.zip.0` -> `address.zip`, `agencyIds.3` -> `agencyIds`: the form field an issue path belongs to. */
export function fieldOf(path: string): FormField | undefined {
  const [head, sub] = path.split('.');
  if (head === 'address') return sub ? (`address.${sub}` as FormField) : 'address.street';
  if (head === 'capabilities' || !head) return undefined;
  return head as FormField;
}

/**
 * Checks the changes with the contract's own schemas (`UserUpdate`, then the
 * cross-field rules on the merged record), as the server will: one issue per
 * field, the first one found.
 */
export function validateChanges(user: User, changes: UserUpdate): FieldIssues {
  const issues: FieldIssues = {};
  const record = (path: readonly PropertyKey[], issue: FieldIssue) => {
    const field = fieldOf(path.map(String).join('.'));
    if (field && !issues[field]) issues[field] = issue;
  };
  const own = z.safeParse(UserUpdate, changes);
  if (!own.success) {
    for (const issue of own.error.issues) {
      record(issue.path, { code: issue.code, message: issue.message, ...('maximum' in issue ? { maximum: Number(issue.maximum) } : {}) });
    }
  }
  const merged = z.safeParse(MergedUser, { ...user, ...changes });
  if (!merged.success) {
    for (const issue of merged.error.issues) record(issue.path, { code: issue.path[0] === 'mobile' ? 'mobile_required' : 'owner_required', message: issue.message });
  }
  return issues;
}

/** The server's per-field complaints (`problem.errors[]`), keyed by form field; paths outside the form come back apart. */
export function issuesFromServer(errors: readonly FieldError[]): { fields: FieldIssues; rest: FieldError[] } {
  const fields: FieldIssues = {};
  const rest: FieldError[] = [];
  for (const error of errors) {
    const field = fieldOf(error.path);
    if (field && field in FIELD_SET) {
      fields[field] ??= { code: error.code, message: error.message };
    } else {
      rest.push(error);
    }
  }
  return { fields, rest };
}

const FIELD_SET: Record<FormField, true> = {
  firstName: true,
  lastName: true,
  email: true,
  login: true,
  role: true,
  mailLanguage: true,
  jobTitle: true,
  company: true,
  department: true,
  phone: true,
  mobile: true,
  biography: true,
  agencyIds: true,
  licencePoolIds: true,
  accountType: true,
  ownerLogin: true,
  visibility: true,
  modificationPrevention: true,
  twoFactor: true,
  suspensionDate: true,
  expirationMode: true,
  creationNotification: true,
  storageQuota: true,
  backupQuota: true,
  'address.street': true,
  'address.zip': true,
  'address.city': true,
  'address.country': true,
};

export const FORM_FIELDS = Object.keys(FIELD_SET) as FormField[];
