import { randomInt, randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import type { User, UserCreate } from '../../src/api/schemas/user.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem, notFound } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { userInReachSql } from '../scope.js';

/** One `users` row as the drivers return it. */
export interface UserRow {
  id: string;
  client_id: string;
  user_code: string;
  first_name: string;
  last_name: string;
  email: string | null;
  login: string;
  role: User['role'];
  mail_language: User['mailLanguage'];
  job_title: string | null;
  company: string | null;
  department: string | null;
  phone: string | null;
  mobile: string | null;
  street: string | null;
  zip: string | null;
  city: string | null;
  country: string | null;
  biography: string | null;
  agency_ids: string[];
  licence_pool_ids: string[];
  account_type: User['accountType'];
  owner_login: string | null;
  visibility: User['visibility'];
  modification_prevention: boolean;
  two_factor: User['twoFactor'];
  suspension_date: Date | string | null;
  expiration_mode: User['expirationMode'];
  creation_notification: boolean;
  storage_quota: string | null;
  backup_quota: string | null;
  remote_management: boolean;
  support_management: boolean;
  status: User['status'];
  status_reason: string | null;
  invited_at: Date | string | null;
  activated_at: Date | string | null;
  last_sign_in_at: Date | string | null;
  must_change_password: boolean;
  api_key_sha256: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Every column of a user plus its pools, for `from users u`. */
export const USER_SELECT = `u.id, u.client_id, u.user_code, u.first_name, u.last_name, u.email, u.login, u.role, u.mail_language,
  u.job_title, u.company, u.department, u.phone, u.mobile, u.street, u.zip, u.city, u.country, u.biography, u.agency_ids,
  coalesce((select array_agg(up.pool_id order by up.pool_id) from user_licence_pools up where up.user_id = u.id), '{}') as licence_pool_ids,
  u.account_type, u.owner_login, u.visibility, u.modification_prevention, u.two_factor, u.suspension_date, u.expiration_mode,
  u.creation_notification, u.storage_quota, u.backup_quota, u.remote_management, u.support_management, u.status, u.status_reason,
  u.invited_at, u.activated_at, u.last_sign_in_at, u.must_change_password, u.api_key_sha256, u.created_at, u.updated_at`;

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function rowToUser(row: UserRow): User {
  return {
    id: row.id,
    clientId: row.client_id,
    userCode: row.user_code,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    login: row.login,
    role: row.role,
    mailLanguage: row.mail_language,
    jobTitle: row.job_title,
    company: row.company,
    department: row.department,
    phone: row.phone,
    mobile: row.mobile,
    address: { street: row.street, zip: row.zip, city: row.city, country: row.country },
    biography: row.biography,
    agencyIds: row.agency_ids,
    licencePoolIds: row.licence_pool_ids,
    accountType: row.account_type,
    ownerLogin: row.owner_login,
    visibility: row.visibility,
    modificationPrevention: row.modification_prevention,
    twoFactor: row.two_factor,
    suspensionDate: iso(row.suspension_date),
    expirationMode: row.expiration_mode,
    creationNotification: row.creation_notification,
    storageQuota: row.storage_quota,
    backupQuota: row.backup_quota,
    capabilities: { remoteManagement: row.remote_management, supportManagement: row.support_management },
    status: row.status,
    statusReason: row.status_reason,
    invitedAt: iso(row.invited_at),
    activatedAt: iso(row.activated_at),
    lastSignInAt: iso(row.last_sign_in_at),
    mustChangePassword: row.must_change_password,
    hasApiKey: row.api_key_sha256 !== null,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
  };
}

export const userLabel = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/**
 * Applies the suspension dates that are due: the account turns inactive on its
 * date. Run before reads and writes of users, so every instance agrees without
 * a scheduler.
 */
export async function applyDueSuspensions(db: Queryable, clientId: string): Promise<void> {
  await db.query(
    `update users set status = 'inactive', status_reason = coalesce(status_reason, 'suspension date reached'), updated_at = now()
      where client_id = $1 and suspension_date <= now() and status in ('pending', 'invited', 'active')`,
    [clientId],
  );
}

/** One user within the admin's reach, or 404 (outside reach it does not exist). */
export async function loadUser(db: Queryable, reach: ClientReach, userId: string, options: { forUpdate?: boolean } = {}): Promise<User> {
  const [row] = await db.query<UserRow>(
    `select ${USER_SELECT} from users u where u.client_id = $1 and u.id = $2 and ${userInReachSql('u', 3)}${options.forUpdate ? ' for update of u' : ''}`,
    [reach.clientId, userId, reach.agencyIds],
  );
  if (!row) throw notFound('The user');
  return rowToUser(row);
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud on support calls

export function newUserCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** 409 naming the field when an email or login is already taken in the client (compared case-insensitively). */
export async function assertUnique(db: Queryable, clientId: string, fields: { email?: string | null; login?: string }, exceptUserId?: string): Promise<void> {
  if (fields.email) {
    const [taken] = await db.query('select 1 from users where client_id = $1 and lower(email) = lower($2) and id is distinct from $3', [clientId, fields.email, exceptUserId ?? null]);
    if (taken) throw new HttpProblem(409, 'email_taken', 'Email already used', 'Another user of this client has this email.', [{ path: 'email', code: 'email_taken', message: 'already used by another user of this client' }]);
  }
  if (fields.login) {
    const [taken] = await db.query('select 1 from users where client_id = $1 and lower(login) = lower($2) and id is distinct from $3', [clientId, fields.login, exceptUserId ?? null]);
    if (taken) throw new HttpProblem(409, 'login_taken', 'Login already used', 'Another user of this client has this login.', [{ path: 'login', code: 'login_taken', message: 'already used by another user of this client' }]);
  }
}

/** Agencies and pools named in a write must belong to the client. */
export async function assertClientRefs(db: Queryable, clientId: string, refs: { agencyIds?: readonly string[]; licencePoolIds?: readonly string[]; ownerLogin?: string | null }): Promise<void> {
  if (refs.agencyIds?.length) {
    const found = await db.query<{ id: string }>('select id from agencies where client_id = $1 and id = any($2::text[])', [clientId, refs.agencyIds]);
    const missing = refs.agencyIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw new HttpProblem(400, 'validation_failed', 'Invalid request', 'Unknown agency.', missing.map((id) => ({ path: 'agencyIds', code: 'unknown_agency', message: `no agency ${id} in this client` })));
  }
  if (refs.licencePoolIds?.length) {
    const found = await db.query<{ id: string }>('select id from licence_pools where client_id = $1 and id = any($2::text[])', [clientId, refs.licencePoolIds]);
    const missing = refs.licencePoolIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw new HttpProblem(400, 'validation_failed', 'Invalid request', 'Unknown licence pool.', missing.map((id) => ({ path: 'licencePoolIds', code: 'unknown_pool', message: `no licence pool ${id} in this client` })));
  }
  if (refs.ownerLogin) {
    const [owner] = await db.query("select 1 from users where client_id = $1 and lower(login) = lower($2) and account_type = 'user'", [clientId, refs.ownerLogin]);
    if (!owner) throw new HttpProblem(400, 'validation_failed', 'Invalid request', 'Unknown owner.', [{ path: 'ownerLogin', code: 'owner_unknown', message: 'no user with this login in this client' }]);
  }
}

export type NewUser = z.output<typeof UserCreate>;

/**
 * Inserts users as `pending` (invitations are a separate step that takes the
 * seats). Checks uniqueness and references first for clear errors; the unique
 * indexes still guard against a concurrent insert. Returns the new ids in order.
 */
export async function insertUsers(tx: Queryable, clientId: string, users: readonly NewUser[]): Promise<string[]> {
  const ids: string[] = [];
  for (const user of users) {
    await assertUnique(tx, clientId, { email: user.email, login: user.login });
    await assertClientRefs(tx, clientId, user);
    const id = randomUUID();
    // A collision in 32^8 codes is rare; retrying a few times makes it impossible in practice.
    for (let attempt = 0; ; attempt++) {
      const code = newUserCode();
      const [clash] = await tx.query('select 1 from users where user_code = $1', [code]);
      if (clash && attempt < 5) continue;
      await tx.query(
        `insert into users (id, client_id, user_code, first_name, last_name, email, login, role, mail_language, job_title, company,
           department, phone, mobile, street, zip, city, country, biography, agency_ids, account_type, owner_login, visibility,
           modification_prevention, two_factor, suspension_date, expiration_mode, creation_notification, storage_quota, backup_quota,
           remote_management, support_management, status)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,
           $26, $27, $28, $29, $30, $31, $32, 'pending')`,
        [
          id, clientId, code, user.firstName, user.lastName, user.email, user.login, user.role, user.mailLanguage, user.jobTitle,
          user.company, user.department, user.phone, user.mobile, user.address.street, user.address.zip, user.address.city,
          user.address.country, user.biography, user.agencyIds, user.accountType, user.ownerLogin, user.visibility,
          user.modificationPrevention, user.twoFactor, user.suspensionDate, user.expirationMode, user.creationNotification,
          user.storageQuota, user.backupQuota, user.capabilities.remoteManagement, user.capabilities.supportManagement,
        ],
      );
      break;
    }
    for (const poolId of user.licencePoolIds) {
      await tx.query('insert into user_licence_pools (user_id, pool_id) values ($1, $2)', [id, poolId]);
    }
    ids.push(id);
  }
  return ids;
}
