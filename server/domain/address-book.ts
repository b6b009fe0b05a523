import type { AddressBookGroup, AddressBookShare } from '../../src/api/schemas/address-book.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem, invalid, notFound } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { userInReachSql } from '../scope.js';

interface GroupRow {
  id: string;
  client_id: string;
  name: string;
  contact_count: number;
}

interface ShareRow {
  group_id: string;
  user_id: string;
  permission: AddressBookShare['permission'];
  shared_at: Date | string;
}

/**
 * Who the caller can see shares to: the users within its reach, and while
 * supervising only the supervised user (as for the users routes).
 */
export interface ShareView {
  reach: ClientReach;
  /** Set while supervising: the only user that exists for the caller. */
  onlyUserId: string | null;
}

/**
 * The client's groups (or the one `groupId`) with their shares. An
 * agency-scoped admin sees only the shares to users within its reach: the
 * others are people it must not know about.
 */
export async function loadGroups(db: Queryable, { reach, onlyUserId }: ShareView, groupId?: string): Promise<AddressBookGroup[]> {
  const groups = await db.query<GroupRow>(
    `select id, client_id, name, contact_count from address_book_groups
      where client_id = $1 and ($2::text is null or id = $2) order by lower(name), id`,
    [reach.clientId, groupId ?? null],
  );
  if (groups.length === 0) return [];
  const shares = await db.query<ShareRow>(
    `select s.group_id, s.user_id, s.permission, s.shared_at
       from address_book_shares s join users u on u.id = s.user_id
      where s.group_id = any($1::text[]) and u.client_id = $2 and ${userInReachSql('u', 3)} and ($4::text is null or u.id = $4)
      order by s.shared_at, s.user_id`,
    [groups.map((g) => g.id), reach.clientId, reach.agencyIds, onlyUserId],
  );
  return groups.map((g) => ({
    id: g.id,
    clientId: g.client_id,
    name: g.name,
    contactCount: g.contact_count,
    shares: shares
      .filter((s) => s.group_id === g.id)
      .map((s) => ({ userId: s.user_id, permission: s.permission, sharedAt: new Date(s.shared_at).toISOString() })),
  }));
}

export async function loadGroup(db: Queryable, view: ShareView, groupId: string): Promise<AddressBookGroup> {
  const [group] = await loadGroups(db, view, groupId);
  if (!group) throw notFound('The address-book group');
  return group;
}

/** 409 naming `name` when the client already has a group of that name (compared case-insensitively). */
export async function assertGroupNameFree(db: Queryable, clientId: string, name: string): Promise<void> {
  const [taken] = await db.query('select 1 from address_book_groups where client_id = $1 and lower(name) = lower($2)', [clientId, name]);
  if (taken) throw groupNameTaken();
}

export const groupNameTaken = () =>
  new HttpProblem(409, 'conflict', 'Name already used', 'This client already has an address-book group with this name.', [
    { path: 'name', code: 'name_taken', message: 'another group of this client has this name' },
  ]);

export interface ShareTarget {
  id: string;
  label: string;
  agencyIds: string[];
}

/**
 * The user a group is shared with: a full user account within the admin's
 * reach (while supervising: the supervised user). Contacts are light external
 * accounts and cannot receive a share. The same 400 answers an unknown user and
 * one outside the reach, so it confirms nothing.
 */
export async function loadShareTarget(db: Queryable, { reach, onlyUserId }: ShareView, userId: string): Promise<ShareTarget> {
  const [user] = await db.query<{ id: string; first_name: string; last_name: string; agency_ids: string[]; account_type: 'user' | 'contact' }>(
    `select u.id, u.first_name, u.last_name, u.agency_ids, u.account_type from users u
      where u.client_id = $1 and u.id = $2 and ${userInReachSql('u', 3)} and ($4::text is null or u.id = $4)`,
    [reach.clientId, userId, reach.agencyIds, onlyUserId],
  );
  if (!user) throw invalid([{ path: 'userId', code: 'unknown_user', message: 'no user with this id in your reach' }], 'Unknown user.');
  if (user.account_type === 'contact') {
    throw invalid([{ path: 'userId', code: 'contact_not_allowed', message: 'a contact cannot receive a shared group; share with a user' }], 'Contacts cannot receive shares.');
  }
  return { id: user.id, label: `${user.first_name} ${user.last_name}`, agencyIds: user.agency_ids };
}

/** True when the database refused a duplicate (a concurrent create that won the race). */
export const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
