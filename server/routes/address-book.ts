import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { Me } from '../../src/api/schemas/me.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv, SupervisionScope } from '../http/env.js';
import { recordAudit } from '../audit.js';
import type { ShareView } from '../domain/address-book.js';
import { assertGroupNameFree, groupNameTaken, isUniqueViolation, loadGroup, loadGroups, loadShareTarget } from '../domain/address-book.js';
import { bindRoute } from '../http/contract-router.js';
import { HttpProblem, notFound } from '../problems.js';
import { reachClient, requirePermission } from '../scope.js';

/** The caller's view of a client's shares; while supervising, only the supervised user exists (as in the users routes). */
async function shareView(db: Database, admin: Me, supervision: SupervisionScope | null, clientId: string): Promise<ShareView> {
  return { reach: await reachClient(db, admin, clientId), onlyUserId: supervision?.userId ?? null };
}

/** Address-book groups of a client, shared with users with a permission (DOMAIN.md "Teams and sharing"). */
export function registerAddressBookRoutes(app: Hono<AppEnv>, db: Database): void {
  bindRoute(app, db, 'listAddressBookGroups', async ({ admin, supervision, params }) => {
    requirePermission(admin, 'users.read');
    return { body: { items: await loadGroups(db, await shareView(db, admin, supervision, params.clientId)) } };
  });

  bindRoute(app, db, 'createAddressBookGroup', async ({ admin, supervision, params, body }) => {
    requirePermission(admin, 'users.write');
    // A supervision shows one user their selfcare; a new client-wide group is administration.
    if (supervision) {
      throw new HttpProblem(403, 'supervision_forbidden_action', 'Not allowed while supervising', 'Creating an address-book group is not allowed while supervising a user; end the supervision first.');
    }
    const view = await shareView(db, admin, supervision, params.clientId);
    const clientId = view.reach.clientId;
    const id = randomUUID();
    try {
      await db.transaction(async (tx) => {
        await assertGroupNameFree(tx, clientId, body.name);
        await tx.query('insert into address_book_groups (id, client_id, name) values ($1, $2, $3)', [id, clientId, body.name]);
        await recordAudit(tx, { action: 'address_book.created', actor: admin, clientId, subject: { type: 'address_book_group', id, label: body.name } });
      });
    } catch (error) {
      // Two admins creating the same name at once: the unique index decides, the loser gets the same 409.
      if (isUniqueViolation(error)) throw groupNameTaken();
      throw error;
    }
    return { status: 201, body: await loadGroup(db, view, id) };
  });

  /** The group (locked until the transaction ends, so concurrent shares queue) and the user a share concerns. */
  async function lockShare(tx: Queryable, view: ShareView, groupId: string, userId: string) {
    const [group] = await tx.query<{ name: string }>('select name from address_book_groups where id = $1 and client_id = $2 for update', [groupId, view.reach.clientId]);
    if (!group) throw notFound('The address-book group');
    return { group, user: await loadShareTarget(tx, view, userId) };
  }

  bindRoute(app, db, 'shareAddressBookGroup', async ({ admin, supervision, params, body }) => {
    requirePermission(admin, 'users.write');
    const view = await shareView(db, admin, supervision, params.clientId);
    const clientId = view.reach.clientId;
    await db.transaction(async (tx) => {
      const { group, user } = await lockShare(tx, view, params.groupId, params.userId);
      const [previous] = await tx.query<{ permission: string }>('select permission from address_book_shares where group_id = $1 and user_id = $2', [params.groupId, user.id]);
      if (previous?.permission === body.permission) return; // already shared so: nothing changes, nothing to record
      // An upsert: sharing again with another permission changes it, and keeps the date it was first shared.
      await tx.query(
        `insert into address_book_shares (group_id, user_id, permission) values ($1, $2, $3)
         on conflict (group_id, user_id) do update set permission = excluded.permission`,
        [params.groupId, user.id, body.permission],
      );
      await recordAudit(tx, {
        action: 'address_book.shared',
        actor: admin,
        clientId,
        // The subject is the user, so agency-scoped admins and the per-user filter find it.
        subject: { type: 'user', id: user.id, label: user.label, agencyIds: user.agencyIds },
        details: { groupId: params.groupId, groupName: group.name, permission: body.permission, previousPermission: previous?.permission ?? null },
      });
    });
    return { body: await loadGroup(db, view, params.groupId) };
  });

  bindRoute(app, db, 'unshareAddressBookGroup', async ({ admin, supervision, params }) => {
    requirePermission(admin, 'users.write');
    const view = await shareView(db, admin, supervision, params.clientId);
    const clientId = view.reach.clientId;
    await db.transaction(async (tx) => {
      const { group, user } = await lockShare(tx, view, params.groupId, params.userId);
      const removed = await tx.query<{ permission: string }>('delete from address_book_shares where group_id = $1 and user_id = $2 returning permission', [params.groupId, user.id]);
      if (removed.length === 0) return; // not shared: the wanted state already holds
      await recordAudit(tx, {
        action: 'address_book.unshared',
        actor: admin,
        clientId,
        subject: { type: 'user', id: user.id, label: user.label, agencyIds: user.agencyIds },
        details: { groupId: params.groupId, groupName: group.name, previousPermission: removed[0]!.permission },
      });
    });
    return { body: await loadGroup(db, view, params.groupId) };
  });
}
