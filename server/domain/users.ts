import type * as z from 'zod/mini';
import { PERMISSIONS } from '../../src/api/schemas/me.js';
import type { Me, Permission } from '../../src/api/schemas/me.js';
import type { Capability, User, UserExportQuery, UserFilter, UserListQuery, UserPermissions, UserSort, UserStatus } from '../../src/api/schemas/user.js';
import type { Queryable } from '../db/database.js';
import type { SupervisionScope } from '../http/env.js';
import { HttpProblem, invalid, superAdminRoleRefusal } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { userInReachSql } from '../scope.js';
import type { UserRow } from './user-records.js';
import { USER_ROW_COLUMNS, rowToUser, suspensionDueSql, userPoolsSql } from './user-records.js';

type Filter = z.output<typeof UserFilter>;
type SortField = UserSort extends `-${infer F}` ? F : never;

/** One column of a sort, as SQL; `type` casts the cursor's text value back. */
interface SortKey {
  sql: string;
  type: 'text' | 'smallint' | 'timestamptz';
}

const lastNameKey: SortKey = { sql: 'u.last_name_key', type: 'text' };
const firstNameKey: SortKey = { sql: 'u.first_name_key', type: 'text' };

/**
 * Each sort's keys, then `u.id` as the tiebreak (stable pages). The expressions
 * are exactly those of the `users_sort_*` indexes (migration 010), so a page is
 * read straight off an index. Names sort folded (`Éric` with the E's); missing
 * emails and invitation dates come first ascending (`''`, `-infinity`), which
 * keeps the keyset comparison free of NULLs.
 */
const SORTS: Record<SortField, readonly SortKey[]> = {
  lastName: [lastNameKey, firstNameKey],
  firstName: [firstNameKey, lastNameKey],
  email: [{ sql: "coalesce(lower(u.email), '')", type: 'text' }],
  login: [{ sql: 'lower(u.login)', type: 'text' }],
  status: [{ sql: 'u.status_rank', type: 'smallint' }, lastNameKey, firstNameKey],
  role: [{ sql: 'u.role_rank', type: 'smallint' }, lastNameKey, firstNameKey],
  createdAt: [{ sql: 'u.created_at', type: 'timestamptz' }],
  invitedAt: [{ sql: "coalesce(u.invited_at, '-infinity'::timestamptz)", type: 'timestamptz' }],
  userCode: [{ sql: 'u.user_code', type: 'text' }],
};

function parseSort(sort: UserSort): { keys: readonly SortKey[]; descending: boolean } {
  const descending = sort.startsWith('-');
  return { keys: SORTS[(descending ? sort.slice(1) : sort) as SortField], descending };
}

/** The boolean column of each capability filter value. */
const CAPABILITY_COLUMNS: Record<Capability, string> = { remoteManagement: 'u.remote_management', supportManagement: 'u.support_management' };

/** Collects positional parameters while a query is written. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `q` split into words; each must appear somewhere (names, email, login, code), folded like the column (migration 010). */
const searchTerms = (q: string | undefined) => (q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
const likeLiteral = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * WHERE clause for the users an admin may see that match the filters: the
 * client, the admin's reach (agency-scoped admins: users all of whose agencies
 * are theirs), the supervised user only while supervising, then each filter
 * (OR within a filter, AND across filters).
 */
export function filterSql(params: Params, reach: ClientReach, filter: Filter, supervision: SupervisionScope | null): string {
  const clauses = [`u.client_id = ${params.add(reach.clientId)}`];
  params.add(reach.agencyIds);
  clauses.push(userInReachSql('u', params.values.length));
  if (supervision) clauses.push(`u.id = ${params.add(supervision.userId)}`);
  for (const term of searchTerms(filter.q)) {
    // Trigrams find the candidates through the GIN index (words of 3+ letters); LIKE confirms each one.
    if ([...term].length >= 3) clauses.push(`suite_trigrams(u.search_text) @> suite_trigrams(suite_fold(${params.add(term)}))`);
    clauses.push(`u.search_text like suite_fold(${params.add(likeLiteral(term))})`);
  }
  // One value is written `=`: the planner then reads the page straight off users_filter_status_name
  // (client, status, name...), which it does not do for `= any(array)`.
  const oneOf = (column: string, values: readonly string[]) =>
    values.length === 1 ? `${column} = ${params.add(values[0])}` : `${column} = any(${params.add(values)}::text[])`;
  if (filter.status?.length) clauses.push(oneOf('u.status', filter.status));
  if (filter.role?.length) clauses.push(oneOf('u.role', filter.role));
  if (filter.accountType?.length) clauses.push(oneOf('u.account_type', filter.accountType));
  if (filter.agency?.length) clauses.push(`u.agency_ids && ${params.add(filter.agency)}::text[]`);
  if (filter.ids?.length) clauses.push(`u.id = any(${params.add([...new Set(filter.ids)])}::text[])`);
  if (filter.capability?.length) {
    // Enum values only (the schema refused anything else): the columns are named, not bound.
    const columns = [...new Set(filter.capability)].map((capability) => CAPABILITY_COLUMNS[capability]);
    clauses.push(`(${columns.join(' or ')})`);
  }
  if (filter.pool?.length) {
    clauses.push(`exists (select 1 from user_licence_pools fp where fp.user_id = u.id and fp.pool_id = any(${params.add(filter.pool)}::text[]))`);
  }
  return clauses.join(' and ');
}

/** The cursor: the sort it belongs to and the last row's keys, as text (exact, microseconds included). */
interface CursorState {
  s: UserSort;
  k: string[];
  id: string;
}

const encodeCursor = (state: CursorState) => Buffer.from(JSON.stringify(state)).toString('base64url');

function decodeCursor(cursor: string, sort: UserSort, keyCount: number): CursorState {
  const refuse = (message: string) => invalid([{ path: 'cursor', code: 'invalid_cursor', message }], 'The cursor is not valid for this list.');
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('not a cursor from this list');
  }
  const candidate = state as Partial<CursorState> | null;
  if (
    !candidate ||
    typeof candidate.id !== 'string' ||
    !Array.isArray(candidate.k) ||
    candidate.k.length !== keyCount ||
    !candidate.k.every((key) => typeof key === 'string')
  ) {
    throw refuse('not a cursor from this list');
  }
  if (candidate.s !== sort) throw refuse('the cursor belongs to another sort order; start again without it');
  return candidate as CursorState;
}

type PageRow = UserRow & Record<`k${number}`, string>;

export interface UserPageResult {
  items: User[];
  rows: UserRow[];
  nextCursor: string | null;
  /** A suspension date of the client had passed without being applied when the page was read (applyDueSuspensions). */
  suspensionDue: boolean;
}

/**
 * One page in keyset order: rows after the cursor's (keys, id), read off the
 * sort's index, so page 2,000 costs what page 1 does. The inner query finds the
 * page; the outer one adds only its rows' pools (a subquery per row).
 */
export async function selectUserPage(
  db: Queryable,
  reach: ClientReach,
  query: { sort: UserSort; cursor?: string | undefined; offset?: number | undefined; limit: number } & Filter,
  supervision: SupervisionScope | null,
): Promise<UserPageResult> {
  const { keys, descending } = parseSort(query.sort);
  const params = new Params();
  const where = [filterSql(params, reach, query, supervision)];
  const direction = descending ? 'desc' : 'asc';
  const columns = [...keys.map((k) => k.sql), 'u.id'];
  if (query.cursor) {
    const state = decodeCursor(query.cursor, query.sort, keys.length);
    const values = [...keys.map((key, i) => `${params.add(state.k[i])}::${key.type}`), `${params.add(state.id)}::text`];
    where.push(`(${columns.join(', ')}) ${descending ? '<' : '>'} (${values.join(', ')})`);
  }
  const keyList = keys.map((key, i) => `${key.sql} as k${i}`).join(', ');
  const pageOrder = columns.map((c) => `${c} ${direction}`).join(', ');
  const outerOrder = [...keys.map((_, i) => `page.k${i}`), 'page.id'].map((c) => `${c} ${direction}`).join(', ');
  // Key values leave as text so the cursor keeps full precision (timestamps to the microsecond).
  const keyText = keys.map((_, i) => `page.k${i}::text as k${i}`).join(', ');
  // `offset` (a grid jumping to row 60,000) skips matches in this order; the cursor it hands back continues by keyset.
  const limit = `${params.add(query.limit + 1)}${query.offset ? ` offset ${params.add(query.offset)}` : ''}`;
  // The pools are looked up outside the inner query, so only for the page's rows. Without a search the inner
  // query reads the page's whole rows straight off the sort's index; a search sorts every candidate the trigrams
  // found, so there the inner query sorts only ids and keys and the page's rows are joined back afterwards.
  // The due-suspension flag rides along (one probe of a partial index, evaluated once): see listUsers.
  const sorted = searchTerms(query.q).length > 0;
  const rowSource = sorted ? 'u' : 'page';
  const rows = await db.query<PageRow & { suspension_due: boolean }>(
    `select ${USER_ROW_COLUMNS.map((column) => `${rowSource}.${column}`).join(', ')}, ${userPoolsSql(rowSource)} as licence_pool_ids, ${keyText},
            ${suspensionDueSql('$1')} as suspension_due
       from (select ${sorted ? 'u.id' : USER_ROW_COLUMNS.map((column) => `u.${column}`).join(', ')}, ${keyList}
               from users u where ${where.join(' and ')} order by ${pageOrder} limit ${limit}) page
       ${sorted ? 'join users u on u.id = page.id' : ''}
      order by ${outerOrder}`,
    params.values,
  );
  const more = rows.length > query.limit;
  const pageRows = more ? rows.slice(0, query.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(rowToUser),
    rows: pageRows,
    nextCursor: more && last ? encodeCursor({ s: query.sort, k: keys.map((_, i) => last[`k${i}`]!), id: last.id }) : null,
    suspensionDue: rows.some((row) => row.suspension_due),
  };
}

/** Every user within reach matching the filters (the list's `total`), and whether a suspension was due when it was counted. */
export async function countUsers(
  db: Queryable,
  reach: ClientReach,
  filter: Filter,
  supervision: SupervisionScope | null,
): Promise<{ total: number; suspensionDue: boolean }> {
  const params = new Params();
  const where = filterSql(params, reach, filter, supervision);
  const [row] = await db.query<{ total: number; suspension_due: boolean }>(
    `select count(*)::int as total, ${suspensionDueSql('$1')} as suspension_due from users u where ${where}`,
    params.values,
  );
  return { total: row?.total ?? 0, suspensionDue: row?.suspension_due ?? false };
}

export type ListQuery = z.output<typeof UserListQuery>;
export type ExportQuery = z.output<typeof UserExportQuery>;

/**
 * The export's rows, a batch at a time through the same keyset as the list:
 * memory stays flat whatever the number of users.
 */
export async function* exportBatches(db: Queryable, reach: ClientReach, query: ExportQuery, batchSize = 1000): AsyncGenerator<User[]> {
  let cursor: string | undefined;
  do {
    const page = await selectUserPage(db, reach, { ...query, cursor, limit: batchSize }, null);
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

// ---------------------------------------------------------------------------
// Status transitions (DOMAIN.md, "Statuses and actions")

export type TargetStatus = 'inactive' | 'active' | 'banned' | 'closed';

/**
 * Which current statuses each action accepts. Closed is final unless reopened
 * explicitly (`reopen: true`, to active); reactivation is only from inactive
 * (pending/invited users are invited, not reactivated); a ban or a close may
 * come from anywhere else.
 */
const ALLOWED_FROM: Record<TargetStatus, readonly UserStatus[]> = {
  inactive: ['pending', 'invited', 'active'],
  active: ['inactive'],
  banned: ['pending', 'invited', 'active', 'inactive'],
  closed: ['pending', 'invited', 'active', 'inactive', 'banned'],
};

const ACTION_NAMES: Record<TargetStatus, string> = { inactive: 'deactivated', active: 'reactivated', banned: 'banned', closed: 'closed' };

/** 409 `invalid_transition` naming the current status, or nothing when the change is allowed. */
export function assertTransition(from: UserStatus, to: TargetStatus, reopen = false): void {
  if (ALLOWED_FROM[to].includes(from)) return;
  if (from === 'closed' && to === 'active' && reopen) return;
  const why =
    from === 'closed'
      ? to === 'active'
        ? 'The user is closed: reopening a closed account must be asked for explicitly (reopen: true).'
        : 'The user is closed: a closed account is final unless reopened.'
      : from === to
        ? `The user is already ${from}.`
        : `A ${from} user cannot be ${ACTION_NAMES[to]}.`;
  throw new HttpProblem(409, 'invalid_transition', 'Status change not allowed', why, [
    { path: 'status', code: 'invalid_transition', message: `not allowed from ${from}` },
  ]);
}

// ---------------------------------------------------------------------------
// Supervision and modification prevention

/** 403 `supervision_forbidden_action`: the sensitive actions DOMAIN.md keeps away from a supervising admin. */
export function supervisionRefusal(action: string, field?: string): HttpProblem {
  return new HttpProblem(
    403,
    'supervision_forbidden_action',
    'Not allowed while supervising',
    `${action} is not allowed while supervising a user; end the supervision first.`,
    field ? [{ path: field, code: 'supervision_forbidden_action', message: `${field} cannot be changed while supervising` }] : undefined,
  );
}

/** While supervising, only the supervised user exists (404 for every other id, as outside reach). */
export function assertSupervisedUser(supervision: SupervisionScope | null, userId: string): void {
  if (supervision && supervision.userId !== userId) throw new HttpProblem(404, 'not_found', 'Not found', 'The user was not found');
}

/**
 * Modification prevention (YES): the record is locked against everyday edits;
 * only the client's super admin or the partner admin may change it (or unlock it).
 */
export function assertModifiable(admin: Me, user: User, fields: readonly string[] = []): void {
  if (user.modificationPrevention && admin.role !== 'super_admin' && admin.role !== 'partner_admin') {
    throw new HttpProblem(
      403,
      'forbidden',
      'Forbidden',
      'This user is protected by modification prevention: only a super administrator or the partner can change it.',
      fields.length ? fields.map((path) => ({ path, code: 'modification_prevented', message: `${path} cannot be changed: the user is protected` })) : undefined,
    );
  }
}

/**
 * Only the client's super admin (or the partner) makes or unmakes a super
 * admin: 403 naming the field when `to` (the role asked for) or `from` (the
 * user's current role; null for a user being created) is super_admin and
 * differs from the other. The same rule on every route that sets a role.
 */
export function assertRoleChange(admin: Me, from: User['role'] | null, to: User['role'] | undefined, path = 'role'): void {
  if (to === undefined || to === from) return;
  if ((to === 'super_admin' || from === 'super_admin') && admin.role !== 'super_admin' && admin.role !== 'partner_admin') throw superAdminRoleRefusal(path);
}

// ---------------------------------------------------------------------------
// Permissions of a user

type PermissionEntry = UserPermissions['permissions'][number];

/** What each user role may do in the admin space; the same split as the admin tokens' roles (server/auth.ts). */
const ADMIN_SPACE: Record<User['role'], readonly Permission[]> = {
  super_admin: PERMISSIONS.filter((p) => p !== 'clients.read'),
  admin: PERMISSIONS.filter((p) => p !== 'clients.read' && p !== 'users.bulk_invite'),
  operator: ['users.read', 'licences.read'],
  user: [],
};

/**
 * A user's permissions, each with where it comes from. Derivation:
 * - `account.sign_in`: only an active account signs in (source `role`; every
 *   other status denies it).
 * - `selfcare.*` from the account type (source `role`): a full user has its
 *   dashboard, profile and modules; a contact (a light external account) only
 *   its profile, and appears in the directory only when PUBLIC (`directory.listed`,
 *   source `override`).
 * - `selfcare.profile.edit` is denied by modification prevention (source `override`).
 * - Admin-space permissions (`admin.users.read`, ...) from the role (source `role`);
 *   an admin's reach is its agencies: one `agency.<id>.manage` entry per agency
 *   (source `agency`). A super admin reaches the whole client (`agency.*.manage`).
 * - Every user is a member of its agencies: `agency.<id>.member` (source `agency`).
 * - Capabilities (source `capability`): remote management grants
 *   `remote.manage`; support management makes the user an operator, with the
 *   operator's abilities (`support.sessions`, `admin.users.read`,
 *   `admin.licences.read`) unless the role already grants them.
 * - The role `operator` grants the same support abilities (source `role`).
 */
export function deriveUserPermissions(user: User): PermissionEntry[] {
  const entries: PermissionEntry[] = [];
  const seen = new Set<string>();
  const add = (key: string, granted: boolean, source: PermissionEntry['source']) => {
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ key, granted, source });
  };
  add('account.sign_in', user.status === 'active', 'role');
  const contact = user.accountType === 'contact';
  add('selfcare.dashboard', !contact, 'role');
  add('selfcare.modules', !contact, 'role');
  add('selfcare.profile.read', true, 'role');
  add('selfcare.profile.edit', !user.modificationPrevention, user.modificationPrevention ? 'override' : 'role');
  add('directory.listed', user.visibility === 'PUBLIC', 'override');
  add('security.two_factor', user.twoFactor !== 'NONE', 'role');
  for (const permission of ADMIN_SPACE[user.role]) add(`admin.${permission}`, true, 'role');
  if (user.role === 'operator') add('support.sessions', true, 'role');
  if (user.role === 'super_admin') add('agency.*.manage', true, 'role');
  if (user.role === 'admin') for (const agencyId of user.agencyIds) add(`agency.${agencyId}.manage`, true, 'agency');
  for (const agencyId of user.agencyIds) add(`agency.${agencyId}.member`, true, 'agency');
  add('remote.manage', user.capabilities.remoteManagement, 'capability');
  if (user.capabilities.supportManagement) {
    add('support.sessions', true, 'capability');
    add('admin.users.read', true, 'capability');
    add('admin.licences.read', true, 'capability');
  } else {
    add('support.sessions', false, 'capability');
  }
  return entries;
}
