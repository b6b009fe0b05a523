import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { userCrossFieldRules } from '../../src/api/schemas/user.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { User, UserUpdate } from '../../src/api/schemas/user.js';
import { recordAudit } from '../audit.js';
import type { Database, Queryable } from '../db/database.js';
import {
  assertModifiable,
  assertRoleChange,
  assertSupervisedUser,
  assertTransition,
  countUsers,
  deriveUserPermissions,
  exportBatches,
  selectUserPage,
  supervisionRefusal,
} from '../domain/users.js';
import { streamOf, userCells, usersCsvChunks, usersXlsxChunks } from '../domain/export.js';
import { XLSX_MIME } from '../../src/spreadsheet/xlsx.js';
import { reserveSeats } from '../domain/seats.js';
import { applyDueSuspensions, assertClientRefs, assertUnique, loadUser, operatorPoolOf, ownerSpellings, userLabel } from '../domain/user-records.js';
import { bindRoute, checkedBody, withJson } from '../http/contract-router.js';
import type { AppEnv } from '../http/env.js';
import type { ServerConfig } from '../config.js';
import { HttpProblem, invalid } from '../problems.js';
import { assertAgenciesInReach, reachClient, requirePermission } from '../scope.js';
import type { ClientReach } from '../scope.js';

type Changes = z.output<typeof UserUpdate>;
type Field = keyof Changes;

/** Where each PATCH field is stored (address and capabilities span several columns; pools are a table). */
const COLUMNS: Partial<Record<Field, string>> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  login: 'login',
  role: 'role',
  mailLanguage: 'mail_language',
  jobTitle: 'job_title',
  company: 'company',
  department: 'department',
  phone: 'phone',
  mobile: 'mobile',
  biography: 'biography',
  agencyIds: 'agency_ids',
  accountType: 'account_type',
  ownerLogin: 'owner_login',
  visibility: 'visibility',
  modificationPrevention: 'modification_prevention',
  twoFactor: 'two_factor',
  suspensionDate: 'suspension_date',
  expirationMode: 'expiration_mode',
  creationNotification: 'creation_notification',
  storageQuota: 'storage_quota',
  backupQuota: 'backup_quota',
};

/** The contract's cross-field rules (contact owner, SMS mobile), run on the record as it would be after the PATCH. */
const MergedUser = z.custom<User>().check(userCrossFieldRules);

const SEAT_USING = new Set<User['status']>(['invited', 'active']);

const sameValue = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  // Dates arrive in any offset; the record holds them in UTC.
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d\d-\d\dT/.test(a) && /^\d{4}-\d\d-\d\dT/.test(b)) return Date.parse(a) === Date.parse(b);
  return a === b;
};

/** The fields of a PATCH that really change the record. */
function changedFields(current: User, changes: Changes): Field[] {
  return (Object.keys(changes) as Field[]).filter((field) => changes[field] !== undefined && !sameValue(changes[field], current[field as keyof User]));
}

/** Contacts of the client whose owner is the user with this login. */
async function contactsOwnedBy(tx: Queryable, clientId: string, login: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>('select count(*)::int as n from users where client_id = $1 and owner_login = $2', [clientId, login]);
  return row?.n ?? 0;
}

/** 409 `conflict`: the user owns contacts, which cannot be left without an owner. */
const ownerOfContacts = (contacts: number, path: string, action: string) =>
  new HttpProblem(409, 'conflict', 'The user owns contacts', `This user owns ${contacts} contact(s) and cannot ${action}: give them another owner or delete them first.`, [
    { path, code: 'owner_has_contacts', message: `owns ${contacts} contact(s)` },
  ]);

const subjectOf = (user: User) => ({ type: 'user', id: user.id, label: userLabel(user), agencyIds: user.agencyIds });

/** Users routes: list/search/export, read, edit, status, password reset, API key, permissions. */
export function registerUsersRoutes(app: Hono<AppEnv>, db: Database, _config: ServerConfig): void {
  /** The client within reach, with due suspensions applied so every read sees today's statuses. */
  async function reachUsers(admin: Me, clientId: string): Promise<ClientReach> {
    const reach = await reachClient(db, admin, clientId);
    await applyDueSuspensions(db, reach.clientId);
    return reach;
  }

  bindRoute(app, db, 'listUsers', async ({ c, admin, params, query, supervision }) => {
    requirePermission(admin, 'users.read');
    const reach = await reachClient(db, admin, params.clientId);
    // The page and its total, concurrently. Each statement also says whether a suspension date had passed unapplied
    // in its snapshot; only then are the due suspensions applied and both read again (applyDueSuspensions).
    for (let attempt = 1; ; attempt++) {
      const [{ page, checked, itemsJson }, count] = await Promise.all([
        // The page is checked against the contract, and serialised, while the total is still being counted (the
        // longer query on a big client), with a placeholder total; the real total is checked on its own below.
        // Same schema, same check, same JSON as the router would make.
        selectUserPage(db, reach, query, supervision).then((page) => {
          const pageChecked = checkedBody(c, 'listUsers', { items: page.items, total: 0, nextCursor: page.nextCursor });
          return { page, checked: pageChecked, itemsJson: JSON.stringify(pageChecked.data.items) };
        }),
        countUsers(db, reach, query, supervision),
      ]);
      if ((!page.suspensionDue && !count.suspensionDue) || attempt === 3) {
        const total = checkedBody(c, 'listUsers', { items: [], total: count.total, nextCursor: page.nextCursor });
        return { checked: withJson({ ...total, data: { ...total.data, items: checked.data.items } }, 'items', itemsJson) };
      }
      await applyDueSuspensions(db, reach.clientId);
    }
  });

  // Registered before getUser: `/users/export` must not be read as the user `export`.
  bindRoute(app, db, 'exportUsers', async ({ admin, params, query }) => {
    requirePermission(admin, 'users.export');
    const reach = await reachUsers(admin, params.clientId);
    const pools = await db.query<{ id: string; key: string }>('select id, key from licence_pools where client_id = $1', [reach.clientId]);
    const poolKeys = new Map(pools.map((p) => [p.id, p.key]));
    const rows = (async function* () {
      for await (const users of exportBatches(db, reach, query)) yield users.map((user) => userCells(user, poolKeys));
    })();
    const csv = query.format === 'csv';
    const body = streamOf(csv ? usersCsvChunks(rows, query.delimiter) : usersXlsxChunks(rows));
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : XLSX_MIME,
        // Client ids are opaque but may hold any character: keep the name to a safe set.
        'content-disposition': `attachment; filename="users-${reach.clientId.replace(/[^A-Za-z0-9._-]/g, '_')}.${csv ? 'csv' : 'xlsx'}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });

  bindRoute(app, db, 'getUser', async ({ admin, params, supervision }) => {
    requirePermission(admin, 'users.read');
    assertSupervisedUser(supervision, params.userId);
    const reach = await reachUsers(admin, params.clientId);
    return { body: await loadUser(db, reach, params.userId) };
  });

  bindRoute(app, db, 'getUserPermissions', async ({ admin, params, supervision }) => {
    requirePermission(admin, 'users.read');
    assertSupervisedUser(supervision, params.userId);
    const reach = await reachUsers(admin, params.clientId);
    const user = await loadUser(db, reach, params.userId);
    return { body: { userId: user.id, permissions: deriveUserPermissions(user) } };
  });

  bindRoute(app, db, 'updateUser', async ({ admin, params, body, supervision }) => {
    requirePermission(admin, 'users.write');
    assertSupervisedUser(supervision, params.userId);
    const reach = await reachUsers(admin, params.clientId);
    const user = await db.transaction(async (tx) => {
      const current = await loadUser(tx, reach, params.userId, { forUpdate: true });
      const fields = changedFields(current, body);
      if (fields.length === 0) return current;
      if (supervision) {
        // DOMAIN.md: no email or two-factor change while supervising (a takeover would start there).
        for (const field of ['email', 'twoFactor'] as const) if (fields.includes(field)) throw supervisionRefusal(`Changing ${field}`, field);
      }
      assertModifiable(admin, current);
      const merged = { ...current, ...Object.fromEntries(fields.map((f) => [f, body[f]])) } as User;
      await deriveTeamAndOwner(tx, reach, current, merged, fields);
      await checkUpdate(tx, admin, reach, current, merged, fields);

      const sets: string[] = [];
      const values: unknown[] = [];
      const set = (column: string, value: unknown) => {
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      };
      for (const field of fields) {
        const column = COLUMNS[field];
        if (column) set(column, merged[field as keyof User]);
      }
      if (fields.includes('address')) {
        set('street', merged.address.street);
        set('zip', merged.address.zip);
        set('city', merged.address.city);
        set('country', merged.address.country);
      }
      if (fields.includes('capabilities')) {
        set('remote_management', merged.capabilities.remoteManagement);
        set('support_management', merged.capabilities.supportManagement);
      }
      if (sets.length) {
        values.push(current.id);
        await tx.query(`update users set ${sets.join(', ')}, updated_at = now() where id = $${values.length}`, values);
      } else {
        await tx.query('update users set updated_at = now() where id = $1', [current.id]);
      }
      if (fields.includes('licencePoolIds')) {
        await tx.query('delete from user_licence_pools where user_id = $1 and not (pool_id = any($2::text[]))', [current.id, merged.licencePoolIds]);
        await tx.query('insert into user_licence_pools (user_id, pool_id) select $1, unnest($2::text[]) on conflict do nothing', [current.id, merged.licencePoolIds]);
      }
      // A suspension date already past takes effect now, not at the next read.
      if (fields.includes('suspensionDate')) await applyDueSuspensions(tx, reach.clientId);
      await recordAudit(tx, {
        action: 'user.updated',
        actor: admin,
        clientId: reach.clientId,
        subject: subjectOf(merged),
        // Field names only: values may be personal data, and a change list is what the audit reader needs.
        details: { fields },
      });
      return loadUser(tx, reach, current.id);
    });
    return { body: user };
  });

  /**
   * What a PATCH implies beyond its own fields, written into `merged` (and
   * `fields`) before the checks run on it:
   * - support management makes the user an operator (DOMAIN.md, teams): on, the
   *   client's operator pool is assigned (checkUpdate then takes its seat, or
   *   answers 409 seat_limit naming the pool) and a plain user gets the operator
   *   role; off, the pool and the role go (the seat is freed);
   * - a contact's owner is stored as the owner spells its login (the foreign key
   *   compares logins as written); a user that is not a contact has no owner;
   * - a user who owns contacts cannot become a contact itself (409).
   */
  async function deriveTeamAndOwner(tx: Queryable, reach: ClientReach, current: User, merged: User, fields: Field[]) {
    const change = (field: Field & keyof User, value: User[typeof field]) => {
      (merged as Record<string, unknown>)[field] = value;
      if (!fields.includes(field)) fields.push(field);
    };
    const support = merged.capabilities.supportManagement;
    if (fields.includes('capabilities') && support !== current.capabilities.supportManagement) {
      const pool = await operatorPoolOf(tx, reach.clientId);
      if (support) {
        if (pool && !merged.licencePoolIds.includes(pool)) change('licencePoolIds', [...merged.licencePoolIds, pool]);
        if (merged.role === 'user') change('role', 'operator');
      } else {
        if (pool && merged.licencePoolIds.includes(pool)) change('licencePoolIds', merged.licencePoolIds.filter((id) => id !== pool));
        if (merged.role === 'operator') change('role', 'user');
      }
    }
    if (merged.accountType === 'contact' && merged.ownerLogin && (fields.includes('ownerLogin') || fields.includes('accountType'))) {
      const spelling = (await ownerSpellings(tx, reach.clientId, [merged.ownerLogin])).get(merged.ownerLogin.toLowerCase());
      if (spelling && spelling !== merged.ownerLogin) change('ownerLogin', spelling);
    }
    if (merged.accountType !== 'contact' && merged.ownerLogin !== null) change('ownerLogin', null);
    if (merged.accountType === 'contact' && current.accountType !== 'contact') {
      const contacts = await contactsOwnedBy(tx, reach.clientId, current.login);
      if (contacts > 0) throw ownerOfContacts(contacts, 'accountType', 'become a contact');
    }
  }

  /** Cross-field rules on the merged record, then uniqueness, references, reach and seats. */
  async function checkUpdate(tx: Queryable, admin: Me, reach: ClientReach, current: User, merged: User, fields: readonly string[]) {
    const crossField = z.safeParse(MergedUser, merged);
    if (!crossField.success) {
      throw invalid(crossField.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })));
    }
    // Only the client's super admin (or the partner) makes or unmakes a super admin.
    if (fields.includes('role')) assertRoleChange(admin, current.role, merged.role);
    await assertUnique(tx, reach.clientId, { email: fields.includes('email') ? merged.email : null, ...(fields.includes('login') ? { login: merged.login } : {}) }, current.id);
    if (fields.includes('agencyIds')) assertAgenciesInReach(reach, merged.agencyIds);
    await assertClientRefs(tx, reach.clientId, {
      ...(fields.includes('agencyIds') ? { agencyIds: merged.agencyIds } : {}),
      ...(fields.includes('licencePoolIds') ? { licencePoolIds: merged.licencePoolIds } : {}),
      ...(fields.includes('ownerLogin') || fields.includes('accountType') ? { ownerLogin: merged.accountType === 'contact' ? merged.ownerLogin : null } : {}),
    });
    if (merged.accountType === 'contact' && merged.ownerLogin && merged.ownerLogin.toLowerCase() === merged.login.toLowerCase()) {
      throw invalid([{ path: 'ownerLogin', code: 'owner_unknown', message: 'a contact cannot own itself' }]);
    }
    // An invited or active user holds a seat in each of its pools: a new pool takes one now.
    if (fields.includes('licencePoolIds') && SEAT_USING.has(current.status)) {
      const added = merged.licencePoolIds.filter((id) => !current.licencePoolIds.includes(id));
      await reserveSeats(tx, reach.clientId, added.map((poolId) => ({ poolId, seats: 1 })));
    }
  }

  bindRoute(app, db, 'deleteUser', async ({ admin, params, supervision }) => {
    requirePermission(admin, 'users.write');
    if (supervision) throw supervisionRefusal('Deleting a user');
    const reach = await reachUsers(admin, params.clientId);
    await db.transaction(async (tx) => {
      const user = await loadUser(tx, reach, params.userId, { forUpdate: true });
      assertModifiable(admin, user);
      // A contact always has its owner (users_owner_login_fkey restricts the delete): its contacts go, or change owner, first.
      const contacts = await contactsOwnedBy(tx, reach.clientId, user.login);
      if (contacts > 0) throw ownerOfContacts(contacts, 'userId', 'be deleted');
      // Pools, invitations, shares and supervision sessions go with the row (on delete cascade): the seats are freed.
      await tx.query('delete from users where id = $1', [user.id]);
      await recordAudit(tx, {
        action: 'user.deleted',
        actor: admin,
        clientId: reach.clientId,
        subject: subjectOf(user),
        details: { userCode: user.userCode, status: user.status },
      });
    });
    return { status: 204 };
  });

  bindRoute(app, db, 'changeUserStatus', async ({ admin, params, body, supervision }) => {
    requirePermission(admin, 'users.write');
    assertSupervisedUser(supervision, params.userId);
    const reach = await reachUsers(admin, params.clientId);
    const user = await db.transaction(async (tx) => {
      const current = await loadUser(tx, reach, params.userId, { forUpdate: true });
      assertTransition(current.status, body.status, body.status === 'active' && body.reopen === true);
      assertModifiable(admin, current);
      let clearedSuspension = false;
      if (body.status === 'active') {
        // Reactivation takes the seats back; a full (or over-allocated) pool refuses it.
        await reserveSeats(tx, reach.clientId, current.licencePoolIds.map((poolId) => ({ poolId, seats: 1 })));
        // A past suspension date would turn the user inactive again at the next read.
        clearedSuspension = current.suspensionDate !== null && Date.parse(current.suspensionDate) <= Date.now();
      }
      await tx.query(
        `update users set status = $2, status_reason = $3, updated_at = now(),
                          suspension_date = case when $4 then null else suspension_date end
          where id = $1`,
        [current.id, body.status, body.reason || null, clearedSuspension],
      );
      await recordAudit(tx, {
        action: 'user.status_changed',
        actor: admin,
        clientId: reach.clientId,
        subject: subjectOf(current),
        reason: body.reason || null,
        details: { from: current.status, to: body.status, ...(clearedSuspension ? { suspensionDateCleared: true } : {}) },
      });
      return loadUser(tx, reach, current.id);
    });
    return { body: user };
  });

  bindRoute(app, db, 'resetUserPassword', async ({ admin, params, supervision }) => {
    requirePermission(admin, 'users.write');
    if (supervision) throw supervisionRefusal('Resetting the password');
    const reach = await reachUsers(admin, params.clientId);
    await db.transaction(async (tx) => {
      const user = await loadUser(tx, reach, params.userId, { forUpdate: true });
      await tx.query('update users set must_change_password = true, updated_at = now() where id = $1', [user.id]);
      await recordAudit(tx, { action: 'user.password_reset', actor: admin, clientId: reach.clientId, subject: subjectOf(user) });
    });
    return { body: { userId: params.userId, mustChangePassword: true as const } };
  });

  bindRoute(app, db, 'revokeUserApiKey', async ({ admin, params, supervision }) => {
    requirePermission(admin, 'users.write');
    assertSupervisedUser(supervision, params.userId);
    const reach = await reachUsers(admin, params.clientId);
    await db.transaction(async (tx) => {
      const user = await loadUser(tx, reach, params.userId, { forUpdate: true });
      // Revoking twice is not an error (the outcome is the same); only a real revocation is audited.
      if (!user.hasApiKey) return;
      await tx.query('update users set api_key_sha256 = null, updated_at = now() where id = $1', [user.id]);
      await recordAudit(tx, { action: 'user.api_key_revoked', actor: admin, clientId: reach.clientId, subject: subjectOf(user) });
    });
    return { status: 204 };
  });
}
