import type { FieldError } from '../../src/api/schemas/problem.js';
import type { ImportReferences } from '../../src/import/validate-rows.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';
import type { ClientReach } from '../scope.js';
import type { NewUser } from './user-records.js';

/**
 * Server side of the import: what the shared validation (src/import/validate-rows.ts)
 * is checked against, loaded once per request (no SQL per row), and what the
 * commit re-checks. The browser runs the same validation first, but that is a
 * courtesy: this is the check that counts.
 */

export type { ImportKind } from '../../src/import/types.js';
export { validateImportRows } from '../../src/import/validate-rows.js';

/** The job answers at most this many cell errors; the counts stay exact (a file this broken needs fixing, not reading). */
export const MAX_RETURNED_ERRORS = 10_000;
export async function loadImportReferences(db: Queryable, reach: ClientReach): Promise<ImportReferences> {
  const users = await db.query<{ email: string | null; login: string; account_type: string }>(
    'select lower(email) as email, lower(login) as login, account_type from users where client_id = $1',
    [reach.clientId],
  );
  const agencies = await db.query<{ id: string; name: string }>(
    'select id, name from agencies where client_id = $1 and ($2::text[] is null or id = any($2::text[])) order by id',
    [reach.clientId, reach.agencyIds],
  );
  const pools = await db.query<{ id: string; key: string; name: string }>('select id, key, name from licence_pools where client_id = $1 order by id', [
    reach.clientId,
  ]);
  const emails = new Set<string>();
  const logins = new Set<string>();
  const ownerLogins = new Set<string>();
  for (const user of users) {
    if (user.email !== null) emails.add(user.email);
    logins.add(user.login);
    if (user.account_type === 'user') ownerLogins.add(user.login);
  }
  const agencyMap = new Map<string, string>();
  for (const agency of agencies) {
    agencyMap.set(agency.id.toLowerCase(), agency.id);
    // Two agencies with one name: the first (by id) wins, and its id still reaches the other.
    if (!agencyMap.has(agency.name.toLowerCase())) agencyMap.set(agency.name.toLowerCase(), agency.id);
  }
  const poolMap = new Map<string, string>();
  for (const pool of pools) {
    for (const alias of [pool.id, pool.key, pool.name]) if (!poolMap.has(alias.toLowerCase())) poolMap.set(alias.toLowerCase(), pool.id);
  }
  // Uniqueness is client-wide, whatever the admin's scope: every user of the client counts.
  return { existing: { emails, logins, ownerLogins }, agencies: agencyMap, pools: poolMap, agencyScoped: reach.agencyIds !== null };
}

/** A row that passed every check, with its spreadsheet number for messages at commit time. */
export interface ValidatedRow {
  row: number;
  user: NewUser;
}

/**
 * A validated row as stored in `import_jobs.rows` until the commit: one array
 * of values in a fixed order instead of an object repeating 30 keys, which
 * halves what PostgreSQL parses and stores for a 100,000-row file.
 */
export type PackedRow = [
  row: number, firstName: string, lastName: string, email: string | null, login: string, mailLanguage: NewUser['mailLanguage'], role: NewUser['role'],
  jobTitle: string | null, company: string | null, department: string | null, phone: string | null, mobile: string | null,
  street: string | null, zip: string | null, city: string | null, country: string | null, biography: string | null, agencyIds: string[],
  licencePoolIds: string[], accountType: NewUser['accountType'], ownerLogin: string | null, visibility: NewUser['visibility'],
  modificationPrevention: boolean, twoFactor: NewUser['twoFactor'], suspensionDate: string | null, expirationMode: NewUser['expirationMode'],
  creationNotification: boolean, storageQuota: string | null, backupQuota: string | null, remoteManagement: boolean, supportManagement: boolean,
];

export const packRow = ({ row, user: u }: ValidatedRow): PackedRow => [
  row, u.firstName, u.lastName, u.email, u.login, u.mailLanguage, u.role, u.jobTitle, u.company, u.department, u.phone, u.mobile,
  u.address.street, u.address.zip, u.address.city, u.address.country, u.biography, u.agencyIds, u.licencePoolIds, u.accountType, u.ownerLogin,
  u.visibility, u.modificationPrevention, u.twoFactor, u.suspensionDate, u.expirationMode, u.creationNotification, u.storageQuota, u.backupQuota,
  u.capabilities.remoteManagement, u.capabilities.supportManagement,
];

export function unpackRow(packed: PackedRow): ValidatedRow {
  const [
    row, firstName, lastName, email, login, mailLanguage, role, jobTitle, company, department, phone, mobile, street, zip, city, country, biography,
    agencyIds, licencePoolIds, accountType, ownerLogin, visibility, modificationPrevention, twoFactor, suspensionDate, expirationMode,
    creationNotification, storageQuota, backupQuota, remoteManagement, supportManagement,
  ] = packed;
  return {
    row,
    user: {
      firstName, lastName, email, login, mailLanguage, role, jobTitle, company, department, phone, mobile, address: { street, zip, city, country },
      biography, agencyIds, licencePoolIds, accountType, ownerLogin, visibility, modificationPrevention, twoFactor, suspensionDate, expirationMode,
      creationNotification, storageQuota, backupQuota, capabilities: { remoteManagement, supportManagement }, invite: false,
    },
  };
}

/**
 * Emails and logins taken since the job was validated (someone created a user
 * meanwhile), as field errors naming the spreadsheet row; empty when none.
 */
export async function findCommitCollisions(tx: Queryable, clientId: string, rows: readonly ValidatedRow[]): Promise<FieldError[]> {
  const emails = rows.flatMap(({ user }) => (user.email ? [user.email.toLowerCase()] : []));
  const logins = rows.map(({ user }) => user.login.toLowerCase());
  const taken = await tx.query<{ email: string | null; login: string }>(
    'select lower(email) as email, lower(login) as login from users where client_id = $1 and (lower(email) = any($2::text[]) or lower(login) = any($3::text[]))',
    [clientId, emails, logins],
  );
  if (taken.length === 0) return [];
  const takenEmails = new Set(taken.flatMap((t) => (t.email === null ? [] : [t.email])));
  const takenLogins = new Set(taken.map((t) => t.login));
  const errors: FieldError[] = [];
  for (const { row, user } of rows) {
    if (user.email && takenEmails.has(user.email.toLowerCase())) {
      errors.push({ path: `rows.${row}.EMAIL`, code: 'duplicate_existing', message: `row ${row}: ${user.email} is now used by another user of this client` });
    }
    if (takenLogins.has(user.login.toLowerCase())) {
      errors.push({ path: `rows.${row}.LOGIN`, code: 'duplicate_existing', message: `row ${row}: ${user.login} is now used by another user of this client` });
    }
  }
  return errors;
}

/** Contacts whose owner left the client since validation (neither an existing user nor a user row of the job). */
export async function findMissingOwners(tx: Queryable, clientId: string, rows: readonly ValidatedRow[]): Promise<FieldError[]> {
  const fileUsers = new Set(rows.filter(({ user }) => user.accountType === 'user').map(({ user }) => user.login.toLowerCase()));
  const wanted = [...new Set(rows.flatMap(({ user }) => (user.ownerLogin && !fileUsers.has(user.ownerLogin.toLowerCase()) ? [user.ownerLogin.toLowerCase()] : [])))];
  if (wanted.length === 0) return [];
  const found = await tx.query<{ login: string }>(
    "select lower(login) as login from users where client_id = $1 and account_type = 'user' and lower(login) = any($2::text[])",
    [clientId, wanted],
  );
  const owners = new Set(found.map((f) => f.login));
  return rows.flatMap(({ row, user }) =>
    user.ownerLogin && !fileUsers.has(user.ownerLogin.toLowerCase()) && !owners.has(user.ownerLogin.toLowerCase())
      ? [{ path: `rows.${row}.OWNER_LOGIN`, code: 'owner_unknown', message: `row ${row}: no user ${user.ownerLogin} in this client any more` }]
      : [],
  );
}


/** A unique index refusing an email or login between our check and our insert: a 409, not a 500. */
export function uniqueViolation(error: unknown): HttpProblem | null {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  if (code !== '23505') return null;
  const field = constraint === 'users_login' ? 'login' : 'email';
  return new HttpProblem(
    409,
    field === 'login' ? 'login_taken' : 'email_taken',
    field === 'login' ? 'Login already used' : 'Email already used',
    `A user with one of these ${field}s was created while the import ran. Nothing was imported: validate the file again.`,
  );
}
