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

/** The columns of `users` a UserRow reads (its pools come from user_licence_pools). */
export const USER_ROW_COLUMNS = [
  'id', 'client_id', 'user_code', 'first_name', 'last_name', 'email', 'login', 'role', 'mail_language', 'job_title', 'company', 'department',
  'phone', 'mobile', 'street', 'zip', 'city', 'country', 'biography', 'agency_ids', 'account_type', 'owner_login', 'visibility',
  'modification_prevention', 'two_factor', 'suspension_date', 'expiration_mode', 'creation_notification', 'storage_quota', 'backup_quota',
  'remote_management', 'support_management', 'status', 'status_reason', 'invited_at', 'activated_at', 'last_sign_in_at', 'must_change_password',
  'api_key_sha256', 'created_at', 'updated_at',
] as const;

/** SQL: the pools of the user row `alias`, in id order (`{}` for none). */
export const userPoolsSql = (alias: string) => `array(select up.pool_id from user_licence_pools up where up.user_id = ${alias}.id order by up.pool_id)`;

/** Every column of a user plus its pools, for `from users u`. */
export const USER_SELECT = `${USER_ROW_COLUMNS.map((column) => `u.${column}`).join(', ')}, ${userPoolsSql('u')} as licence_pool_ids`;

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

/** Statuses a suspension date ends; the same predicate as the partial index users_suspension_due_all (migration 010). */
const SUSPENDABLE = "('pending', 'invited', 'active')";

/**
 * SQL: a suspension date of the client `clientParam` (e.g. `$1`) has passed
 * while its user is still pending, invited or active. One probe of the partial
 * index users_suspension_due_all; uncorrelated, so evaluated once per statement.
 */
export const suspensionDueSql = (clientParam: string) =>
  `exists (select 1 from users due where due.client_id = ${clientParam} and due.suspension_date <= now() and due.status in ${SUSPENDABLE})`;

/**
 * Applies the suspension dates that are due: the account turns inactive on its
 * date. Run before reads and writes of users, so every instance agrees without
 * a scheduler. The list does not run it first: its page and count statements
 * report a due suspension themselves (suspensionDueSql, in their own snapshot)
 * and the list applies it and reads again only then, so the common case costs
 * no extra round trip and no user past its date is ever listed as active.
 */
export async function applyDueSuspensions(db: Queryable, clientId: string): Promise<void> {
  await db.query(
    `update users set status = 'inactive', status_reason = coalesce(status_reason, 'suspension date reached'), updated_at = now()
      where client_id = $1 and suspension_date <= now() and status in ${SUSPENDABLE}`,
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
 * The owners' logins as the owners spell them, by lower-cased login (logins
 * compare case-insensitively; the foreign key on the owner compares them as
 * written). Logins with no user in the client are left out.
 */
export async function ownerSpellings(db: Queryable, clientId: string, logins: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(logins.map((login) => login.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db.query<{ login: string }>("select login from users where client_id = $1 and lower(login) = any($2::text[]) and account_type = 'user'", [
    clientId,
    wanted,
  ]);
  return new Map(rows.map((row) => [row.login.toLowerCase(), row.login]));
}

/**
 * Only contacts have an owner, named as the owner writes its login (a user of
 * the same batch, else one already in the client); the foreign key then keeps
 * the reference right when the owner's login changes.
 */
async function withOwnerSpelling(tx: Queryable, clientId: string, users: readonly NewUser[]): Promise<NewUser[]> {
  const inBatch = new Map(users.filter((u) => u.accountType !== 'contact').map((u) => [u.login.toLowerCase(), u.login]));
  const contacts = users.filter((u) => u.accountType === 'contact' && u.ownerLogin);
  const existing = await ownerSpellings(tx, clientId, contacts.map((u) => u.ownerLogin!).filter((login) => !inBatch.has(login.toLowerCase())));
  return users.map((user) => {
    if (user.accountType !== 'contact') return user.ownerLogin === null ? user : { ...user, ownerLogin: null };
    const owner = user.ownerLogin && (inBatch.get(user.ownerLogin.toLowerCase()) ?? existing.get(user.ownerLogin.toLowerCase()));
    return owner && owner !== user.ownerLogin ? { ...user, ownerLogin: owner } : user;
  });
}

/** The client's operator pool (the first of kind `operator`), which caps users with support management; null when it has none. */
export async function operatorPoolOf(db: Queryable, clientId: string): Promise<string | null> {
  const [pool] = await db.query<{ id: string }>("select id from licence_pools where client_id = $1 and kind = 'operator' order by id limit 1", [clientId]);
  return pool?.id ?? null;
}

/**
 * DOMAIN.md: support management makes the user an operator, capped by the
 * operator pool. A user created with it is assigned that pool (the seat is
 * taken when the user is invited, like every pool) and gets the operator role
 * if it was a plain user.
 */
async function withOperatorPools(tx: Queryable, clientId: string, users: readonly NewUser[]): Promise<NewUser[]> {
  if (!users.some((u) => u.capabilities.supportManagement)) return [...users];
  const pool = await operatorPoolOf(tx, clientId);
  return users.map((user) =>
    user.capabilities.supportManagement
      ? {
          ...user,
          role: user.role === 'user' ? 'operator' : user.role,
          licencePoolIds: pool && !user.licencePoolIds.includes(pool) ? [...user.licencePoolIds, pool] : user.licencePoolIds,
        }
      : user,
  );
}

/**
 * Creates users as `pending` (invitations are a separate step that takes the
 * seats), after the checks that give clear errors: uniqueness (409 naming the
 * field) and references. Returns the new ids in order.
 */
export async function insertUsers(tx: Queryable, clientId: string, users: readonly NewUser[]): Promise<string[]> {
  for (const user of users) {
    await assertUnique(tx, clientId, { email: user.email, login: user.login });
    await assertClientRefs(tx, clientId, user);
  }
  return insertPendingUsers(tx, clientId, users);
}

/** Columns written, with their SQL types for `jsonb_to_recordset`. */
const USER_COLUMNS = {
  id: 'text', client_id: 'text', user_code: 'text', first_name: 'text', last_name: 'text', email: 'text', login: 'text', role: 'text',
  mail_language: 'text', job_title: 'text', company: 'text', department: 'text', phone: 'text', mobile: 'text', street: 'text', zip: 'text',
  city: 'text', country: 'text', biography: 'text', agency_ids: 'text[]', account_type: 'text', owner_login: 'text', visibility: 'text',
  modification_prevention: 'boolean', two_factor: 'text', suspension_date: 'timestamptz', expiration_mode: 'text', creation_notification: 'boolean',
  storage_quota: 'text', backup_quota: 'text', remote_management: 'boolean', support_management: 'boolean',
} as const;
type UserRecord = Record<keyof typeof USER_COLUMNS, unknown>;
const COLUMN_NAMES = Object.keys(USER_COLUMNS).join(', ');
const RECORD_TYPE = Object.entries(USER_COLUMNS)
  .map(([column, type]) => `${column} ${type}`)
  .join(', ');

/** Rows per statement: bounds the JSON text of one statement (about 5 MB). */
const USERS_PER_STATEMENT = 5_000;
const SEATS_PER_STATEMENT = 20_000;

const toRecord = (clientId: string, id: string, code: string, user: NewUser): UserRecord => ({
  id, client_id: clientId, user_code: code, first_name: user.firstName, last_name: user.lastName, email: user.email, login: user.login,
  role: user.role, mail_language: user.mailLanguage, job_title: user.jobTitle, company: user.company, department: user.department,
  phone: user.phone, mobile: user.mobile, street: user.address.street, zip: user.address.zip, city: user.address.city,
  country: user.address.country, biography: user.biography, agency_ids: user.agencyIds, account_type: user.accountType,
  owner_login: user.ownerLogin, visibility: user.visibility, modification_prevention: user.modificationPrevention,
  two_factor: user.twoFactor, suspension_date: user.suspensionDate, expiration_mode: user.expirationMode,
  creation_notification: user.creationNotification, storage_quota: user.storageQuota, backup_quota: user.backupQuota,
  remote_management: user.capabilities.remoteManagement, support_management: user.capabilities.supportManagement,
});

/**
 * Inserts users as `pending`, thousands per statement: the rows travel as one
 * JSON parameter unpacked by `jsonb_to_recordset` (a multi-row VALUES with
 * 33 parameters per row spends seconds binding them; insertUsers goes row by
 * row with checks, for single creations). The unique indexes still refuse an
 * email or login taken concurrently, which rolls the caller's transaction
 * back. Returns the ids in row order.
 */
export async function insertPendingUsers(tx: Queryable, clientId: string, given: readonly NewUser[]): Promise<string[]> {
  const users = await withOperatorPools(tx, clientId, await withOwnerSpelling(tx, clientId, given));
  const ids = users.map(() => randomUUID());
  // Owners before contacts: a contact's owner must exist when its row is checked (users_owner_login_fkey).
  let pending = users.map((_, index) => index).sort((a, b) => Number(users[a]!.accountType === 'contact') - Number(users[b]!.accountType === 'contact'));
  // A code may clash with an existing one (about 1 in 10^12 per pair): those rows are skipped by the insert and retried with new codes.
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === 5) throw new Error('could not draw unique user codes');
    const inserted = new Set<string>();
    const codes = new Set<string>();
    for (let start = 0; start < pending.length; start += USERS_PER_STATEMENT) {
      const records = pending.slice(start, start + USERS_PER_STATEMENT).map((index) => {
        let code = newUserCode();
        while (codes.has(code)) code = newUserCode();
        codes.add(code);
        return toRecord(clientId, ids[index]!, code, users[index]!);
      });
      const rows = await tx.query<{ id: string }>(
        `insert into users (${COLUMN_NAMES}, status)
         select ${COLUMN_NAMES}, 'pending' from jsonb_to_recordset($1::jsonb) as r(${RECORD_TYPE})
         on conflict (user_code) do nothing returning id`,
        [JSON.stringify(records)],
      );
      for (const { id } of rows) inserted.add(id);
    }
    pending = pending.filter((index) => !inserted.has(ids[index]!));
  }

  const seats = users.flatMap((user, index) => user.licencePoolIds.map((pool_id) => ({ user_id: ids[index]!, pool_id })));
  for (let start = 0; start < seats.length; start += SEATS_PER_STATEMENT) {
    await tx.query(
      'insert into user_licence_pools (user_id, pool_id) select user_id, pool_id from jsonb_to_recordset($1::jsonb) as r(user_id text, pool_id text)',
      [JSON.stringify(seats.slice(start, start + SEATS_PER_STATEMENT))],
    );
  }
  return ids;
}
