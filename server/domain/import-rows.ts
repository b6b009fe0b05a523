import * as z from 'zod/mini';
import type { CellError, CellErrorCode, ImportColumn, ImportRow } from '../../src/api/schemas/import.js';
import { IMPORT_COLUMNS } from '../../src/api/schemas/import.js';
import type { FieldError } from '../../src/api/schemas/problem.js';
import { EXPIRATION_MODES, MAIL_LANGUAGES, TWO_FACTOR_MODES, UserCreate, VISIBILITIES } from '../../src/api/schemas/user.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from '../problems.js';
import type { ClientReach } from '../scope.js';
import type { NewUser } from './user-records.js';

/**
 * Server-side validation of import rows. The browser validates the same file
 * with the same contract schemas first, but that is a courtesy: this is the
 * check that counts. It runs in memory against references loaded once per
 * request (no SQL per row), so 100,000 rows take a few seconds.
 */

export type ImportKind = 'users' | 'contacts';

/** The job answers at most this many cell errors; the counts stay exact (a file this broken needs fixing, not reading). */
export const MAX_RETURNED_ERRORS = 10_000;
/** An echoed cell is cut here, so 10,000 errors on 4,000-character cells stay a readable answer. */
const MAX_ECHOED_VALUE = 200;

/** What the rows are checked against, loaded once per request. */
export interface ImportReferences {
  /** Lower-cased emails and logins of every user of the client: uniqueness is client-wide, whatever the admin's scope. */
  emails: ReadonlySet<string>;
  logins: ReadonlySet<string>;
  /** Lower-cased logins of the client's users (not contacts): who may own a contact. */
  ownerLogins: ReadonlySet<string>;
  /** Lower-cased agency name or id -> id; for an agency-scoped admin only its own agencies (the others do not exist for it). */
  agencies: ReadonlyMap<string, string>;
  /** Lower-cased pool key, name or id -> id. */
  pools: ReadonlyMap<string, string>;
  agencyScoped: boolean;
}

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
  return { emails, logins, ownerLogins, agencies: agencyMap, pools: poolMap, agencyScoped: reach.agencyIds !== null };
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

export interface ImportValidation {
  validRows: ValidatedRow[];
  /** Every error, sorted by row then column (in `IMPORT_COLUMNS` order). */
  errors: CellError[];
  errorRows: number;
  errorsByCode: Partial<Record<CellErrorCode, number>>;
}

const COLUMN_ORDER = new Map<string, number>(IMPORT_COLUMNS.map((column, index) => [column, index]));

/** Where a `UserCreate` field comes from, to name the cell of a schema issue. */
const FIELD_COLUMNS: Record<string, ImportColumn> = {
  firstName: 'FIRSTNAME',
  lastName: 'LASTNAME',
  email: 'EMAIL',
  login: 'LOGIN',
  mailLanguage: 'MAIL_LANGUAGE',
  role: 'ROLE',
  jobTitle: 'FUNCTION',
  company: 'COMPANY',
  department: 'DEPARTMENT',
  phone: 'PHONE',
  mobile: 'MOBILE',
  'address.street': 'ADDRESS',
  'address.zip': 'ZIP',
  'address.city': 'CITY',
  'address.country': 'COUNTRY',
  biography: 'BIOGRAPHY',
  agencyIds: 'AGENCIES',
  licencePoolIds: 'LICENCE_POOL',
  accountType: 'ACCOUNT_TYPE',
  ownerLogin: 'OWNER_LOGIN',
  visibility: 'VISIBILITY_SCOPE',
  modificationPrevention: 'MODIFICATION_PREVENTION',
  twoFactor: 'TFA',
  suspensionDate: 'SUSPENSION_DATE',
  expirationMode: 'EXPIRATION_MODE',
  creationNotification: 'CREATION_NOTIFICATION',
  storageQuota: 'STORAGE_QUOTA',
  backupQuota: 'BACKUP_QUOTA',
};

/** The code of a schema issue the explicit checks did not already catch. */
function issueCode(column: ImportColumn, issue: z.core.$ZodIssue): CellErrorCode {
  if (column === 'COUNTRY') return 'invalid_enum';
  if (issue.code === 'too_big') return 'too_long';
  switch (column) {
    case 'FIRSTNAME':
    case 'LASTNAME':
      return 'required'; // a name of spaces only: the schema trims it to nothing
    case 'EMAIL':
      return 'invalid_email';
    case 'LOGIN':
    case 'OWNER_LOGIN':
      return issue.code === 'custom' ? 'owner_required' : 'invalid_login';
    case 'PHONE':
      return 'invalid_phone';
    case 'MOBILE':
      return issue.code === 'custom' ? 'mobile_required_for_sms' : 'invalid_phone';
    case 'STORAGE_QUOTA':
    case 'BACKUP_QUOTA':
      return 'invalid_quota';
    case 'SUSPENSION_DATE':
      return 'invalid_date';
    default:
      return 'invalid_enum';
  }
}

function issueMessage(column: ImportColumn, issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') return `at most ${String(issue.maximum)} ${column === 'AGENCIES' || column === 'LICENCE_POOL' ? 'entries' : 'characters'}`;
  if (column === 'COUNTRY') return 'must be a two-letter country code (ISO 3166-1), e.g. FR';
  return issue.message;
}

/** Case-insensitive lookup of a closed list, answering the contract's spelling. */
const spellings = <T extends string>(values: readonly T[]) => new Map<string, T>(values.map((v) => [v.toLowerCase(), v]));

/** The import creates staff (`user`, `operator`, `admin`); super administrators are appointed, not imported. */
const ROLES = spellings(['user', 'operator', 'admin'] as const);
const LANGUAGES = spellings(MAIL_LANGUAGES);
const VISIBILITY = spellings(VISIBILITIES);
const TWO_FACTOR = spellings(TWO_FACTOR_MODES);
const EXPIRATION = spellings(EXPIRATION_MODES);
const ACCOUNT_TYPE = new Map<string, 'user' | 'contact'>([
  ['user', 'user'],
  ['contact', 'contact'],
]);
/** Yes/no cells as English, French, spreadsheet booleans or digits. */
const YES_NO = new Map<string, boolean>([
  ['yes', true], ['oui', true], ['true', true], ['vrai', true], ['1', true],
  ['no', false], ['non', false], ['false', false], ['faux', false], ['0', false],
]);

/**
 * `dd/mm/yyyy` with an optional `/hh:mm` or ` hh:mm` (DOMAIN.md): `01/04/2018` is
 * 1 April. Read as UTC: the file carries no zone and the contract stores an
 * instant; a Paris admin's midnight is then 01:00 or 02:00 local, which for
 * a suspension (a day, not a minute) is what they meant.
 */
const DATE_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[/ ](\d{1,2}):(\d{2}))?$/;

export function parseImportDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const hours = Number(match[4] ?? 0);
  const minutes = Number(match[5] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  // Date.UTC rolls 31/02 over to March: a round trip tells real dates from impossible ones.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

/** `a, b; c` -> [a, b, c]: several agencies or pools in one cell. */
const splitList = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);

const echo = (value: string | undefined): string | null => {
  if (value === undefined || value === '') return null;
  return value.length > MAX_ECHOED_VALUE ? `${value.slice(0, MAX_ECHOED_VALUE)}…` : value;
};

/** Columns that must be in the file; EMAIL for user files, OWNER_LOGIN for contact files, AGENCIES for agency-scoped admins. */
function requiredColumns(kind: ImportKind, refs: ImportReferences): ImportColumn[] {
  const columns: ImportColumn[] = ['LASTNAME', 'FIRSTNAME', 'LOGIN', 'MAIL_LANGUAGE'];
  if (kind === 'users') columns.push('EMAIL');
  if (kind === 'contacts') columns.push('OWNER_LOGIN');
  if (refs.agencyScoped) columns.push('AGENCIES');
  return columns;
}

/** One row's cells and the columns already reported (a bit per column: no allocation per cell). */
class RowCells {
  #failed: number;

  constructor(
    readonly row: number,
    readonly cells: ImportRow['cells'],
    readonly missing: ReadonlySet<ImportColumn>,
    readonly add: (error: CellError) => void,
  ) {
    // A column missing from the file counts as reported: its one missing_column error says it all.
    this.#failed = 0;
    for (const column of missing) this.#failed |= 1 << COLUMN_ORDER.get(column)!;
  }

  get anyFailed(): boolean {
    return this.#failed !== 0;
  }

  failed(column: ImportColumn): boolean {
    return (this.#failed & (1 << COLUMN_ORDER.get(column)!)) !== 0;
  }

  fail(column: ImportColumn, code: CellErrorCode, message: string): void {
    this.#failed |= 1 << COLUMN_ORDER.get(column)!;
    this.add({ row: this.row, column, value: echo(this.cells[column]), code, message });
  }

  text(column: ImportColumn): string {
    return this.cells[column]?.trim() ?? '';
  }

  optional(column: ImportColumn): string | null {
    return this.text(column) || null;
  }

  required(column: ImportColumn, message = 'required', code: CellErrorCode = 'required'): string {
    const value = this.text(column);
    // With the whole column missing, the missing_column error already says it.
    if (value === '' && !this.missing.has(column)) this.fail(column, code, message);
    return value;
  }

  choice<T>(column: ImportColumn, allowed: ReadonlyMap<string, T>, message: string): T | undefined {
    const value = this.text(column);
    if (value === '') return undefined;
    const found = allowed.get(value.toLowerCase());
    if (found === undefined) this.fail(column, 'invalid_enum', message);
    return found;
  }
}

/**
 * Validates every row: per-cell errors with the spreadsheet's row numbers,
 * duplicates inside the file (naming the first occurrence) and against the
 * client's users, owners, agencies and pools.
 *
 * No seat check: imported users are created `pending`, and pending users use
 * no seat. Seats are taken when the invitations go out, and the bulk
 * invitation preview reports any pool that would run short then.
 */
export function validateImportRows(kind: ImportKind, rows: readonly ImportRow[], refs: ImportReferences): ImportValidation {
  const errors: CellError[] = [];
  const errorsByCode: Partial<Record<CellErrorCode, number>> = {};
  const add = (error: CellError) => {
    errors.push(error);
    errorsByCode[error.code] = (errorsByCode[error.code] ?? 0) + 1;
  };

  // A column absent from the whole file is one error, not one per row (the browser usually stops this first).
  // Scanning stops at the first filled cell, usually in the first row.
  const missing = new Set(requiredColumns(kind, refs).filter((column) => !rows.some(({ cells }) => cells[column]?.trim())));
  for (const column of missing) {
    add({ row: 1, column, value: null, code: 'missing_column', message: `the column ${column} is missing or empty in every row` });
  }

  const firstEmail = new Map<string, number>();
  const firstLogin = new Map<string, number>();
  // Logins of the file's own user rows: a contact may be owned by a user imported alongside it.
  const fileOwnerLogins = new Set<string>();
  const ownerChecks: { index: number; owner: string; raw: string }[] = [];
  const states: { row: number; failed: boolean; user: NewUser | null }[] = [];

  for (const [index, { row, cells }] of rows.entries()) {
    const cell = new RowCells(row, cells, missing, add);
    const accountType = cell.choice('ACCOUNT_TYPE', ACCOUNT_TYPE, 'must be USER or CONTACT') ?? (kind === 'contacts' ? 'contact' : 'user');
    const lastName = cell.required('LASTNAME');
    const firstName = cell.required('FIRSTNAME');
    // DOMAIN.md lists a unique email among a user's fields, so user rows need one.
    // Contacts are address-book entries that never sign in or get invited: many
    // (a supplier's switchboard, a shared mailbox) have none.
    const email = accountType === 'user' ? cell.required('EMAIL') : cell.text('EMAIL');
    const login = cell.required('LOGIN');
    const languageText = cell.required('MAIL_LANGUAGE');
    // `pt_BR` is how many spreadsheets and locales spell `pt-br`.
    const mailLanguage = languageText === '' ? undefined : LANGUAGES.get(languageText.toLowerCase().replace('_', '-'));
    if (languageText !== '' && mailLanguage === undefined) cell.fail('MAIL_LANGUAGE', 'invalid_enum', `must be one of ${MAIL_LANGUAGES.join(', ')}`);

    const status = cell.text('STATUS');
    if (status !== '' && status.toLowerCase() !== 'pending') {
      cell.fail('STATUS', 'invalid_enum', 'the import creates pending users (they are invited afterwards): leave STATUS empty or write pending');
    }
    const roleText = cell.text('ROLE');
    const role = roleText === '' ? undefined : ROLES.get(roleText.toLowerCase());
    if (roleText !== '' && role === undefined) {
      cell.fail('ROLE', 'invalid_enum', roleText.toLowerCase() === 'super_admin' ? 'super administrators cannot be imported: use user, operator or admin' : 'must be user, operator or admin');
    }
    const visibility = cell.choice('VISIBILITY_SCOPE', VISIBILITY, 'must be PUBLIC or PRIVATE');
    const twoFactor = cell.choice('TFA', TWO_FACTOR, 'must be NONE, TOTP, SMS or FIDO2');
    const expirationMode = cell.choice('EXPIRATION_MODE', EXPIRATION, 'must be DEFAULT or DISABLED');
    const modificationPrevention = cell.choice('MODIFICATION_PREVENTION', YES_NO, 'must be YES or NO');
    const creationNotification = cell.choice('CREATION_NOTIFICATION', YES_NO, 'must be YES or NO');

    const mobile = cell.text('MOBILE');
    if (twoFactor === 'SMS' && mobile === '') cell.fail('MOBILE', 'mobile_required_for_sms', 'a mobile phone is required for SMS two-factor');

    const dateText = cell.text('SUSPENSION_DATE');
    const suspensionDate = dateText === '' ? null : parseImportDate(dateText);
    if (dateText !== '' && suspensionDate === null) cell.fail('SUSPENSION_DATE', 'invalid_date', 'must be a real date as dd/mm/yyyy, optionally with /hh:mm');

    const agencyIds: string[] = [];
    const agencyText = refs.agencyScoped ? cell.required('AGENCIES', 'an agency-scoped admin imports only users of its agencies: name at least one') : cell.text('AGENCIES');
    const unknownAgencies: string[] = [];
    for (const name of splitList(agencyText)) {
      const id = refs.agencies.get(name.toLowerCase());
      if (id === undefined) unknownAgencies.push(name);
      else if (!agencyIds.includes(id)) agencyIds.push(id);
    }
    if (unknownAgencies.length > 0) {
      cell.fail('AGENCIES', 'unknown_agency', `${refs.agencyScoped ? 'not one of your agencies' : 'no such agency in this client'}: ${unknownAgencies.join(', ')}`);
    }

    const licencePoolIds: string[] = [];
    const unknownPools: string[] = [];
    for (const name of splitList(cell.text('LICENCE_POOL'))) {
      const id = refs.pools.get(name.toLowerCase());
      if (id === undefined) unknownPools.push(name);
      else if (!licencePoolIds.includes(id)) licencePoolIds.push(id);
    }
    if (unknownPools.length > 0) cell.fail('LICENCE_POOL', 'unknown_pool', `no such licence pool in this client: ${unknownPools.join(', ')}`);

    const owner = accountType === 'contact' ? cell.required('OWNER_LOGIN', 'a contact needs the login of the user who owns it', 'owner_required') : cell.text('OWNER_LOGIN');

    // The contract's own schema has the last word on every field (lengths, formats,
    // cross-field rules), so the server and the browser apply the same rules.
    const input = {
      firstName,
      lastName,
      email: email || null,
      login,
      mailLanguage,
      role,
      jobTitle: cell.optional('FUNCTION'),
      company: cell.optional('COMPANY'),
      department: cell.optional('DEPARTMENT'),
      phone: cell.optional('PHONE'),
      mobile: mobile || null,
      address: { street: cell.optional('ADDRESS'), zip: cell.optional('ZIP'), city: cell.optional('CITY'), country: cell.optional('COUNTRY') },
      biography: cell.optional('BIOGRAPHY'),
      agencyIds,
      licencePoolIds,
      accountType,
      ownerLogin: owner || null,
      visibility,
      modificationPrevention,
      twoFactor,
      suspensionDate,
      expirationMode,
      creationNotification,
      storageQuota: cell.optional('STORAGE_QUOTA'),
      backupQuota: cell.optional('BACKUP_QUOTA'),
    };
    const parsed = z.safeParse(UserCreate, input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = FIELD_COLUMNS[issue.path.slice(0, 2).join('.')] ?? FIELD_COLUMNS[String(issue.path[0])];
        // Cells already reported keep their first, more precise error.
        if (column === undefined || cell.failed(column)) continue;
        cell.fail(column, issueCode(column, issue), issueMessage(column, issue));
      }
    }

    // Emails and logins are unique in the client, compared case-insensitively: against its users, then earlier rows.
    for (const [column, value, existing, firstRow] of [
      ['EMAIL', email, refs.emails, firstEmail],
      ['LOGIN', login, refs.logins, firstLogin],
    ] as const) {
      if (cell.failed(column) || value === '') continue;
      const key = value.toLowerCase();
      const first = firstRow.get(key);
      if (existing.has(key)) cell.fail(column, 'duplicate_existing', 'already used by a user of this client');
      else if (first !== undefined) cell.fail(column, 'duplicate_in_file', `duplicate of row ${first}`);
      else firstRow.set(key, row);
    }
    if (accountType === 'user' && login !== '') fileOwnerLogins.add(login.toLowerCase());
    if (!cell.failed('OWNER_LOGIN') && owner !== '') ownerChecks.push({ index, owner: owner.toLowerCase(), raw: cells.OWNER_LOGIN ?? owner });

    states.push({ row, failed: cell.anyFailed, user: parsed.success ? parsed.data : null });
  }

  // Owners last: a contact may come before the user row that owns it.
  for (const check of ownerChecks) {
    if (refs.ownerLogins.has(check.owner) || fileOwnerLogins.has(check.owner)) continue;
    const state = states[check.index]!;
    state.failed = true;
    add({ row: state.row, column: 'OWNER_LOGIN', value: echo(check.raw), code: 'owner_unknown', message: 'no user with this login in this client or in this file' });
  }

  errors.sort((a, b) => a.row - b.row || COLUMN_ORDER.get(a.column)! - COLUMN_ORDER.get(b.column)!);
  const validRows: ValidatedRow[] = [];
  let errorRows = 0;
  for (const state of states) {
    // A missing required column fails every row (marked in RowCells), though its one error names none.
    if (state.failed || state.user === null) errorRows++;
    else validRows.push({ row: state.row, user: state.user });
  }
  return { validRows, errors, errorRows, errorsByCode };
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
