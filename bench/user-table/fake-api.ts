/**
 * An in-memory `SuiteApi` over the generated users, for the `<suite-user-table>`
 * page. It answers at once (a resolved promise: one microtask, no network, no
 * JSON), so the benchmark measures the element, not a backend; the peer's data
 * provider answers the same way. Sorting and filtering follow the contract
 * (`UserListQuery`), and so do `offset` paging and the opaque cursor (`o:<offset>`).
 * Calls outside getMe and the list/agency/pool methods reject and are counted in
 * `unexpectedCalls` (the page reports them).
 */
import type { SuiteApi, RequestOptions } from '../../src/api/suite-api.js';
import type { Me } from '../../src/api/schemas/me.js';
import type { AgencyList } from '../../src/api/schemas/tenancy.js';
import type { LicencePoolList } from '../../src/api/schemas/licence-pool.js';
import type { User, UserListQuery, UserPage } from '../../src/api/schemas/user.js';
import { type BenchData, CLIENT_ID, sortKey } from './data.js';

/** The signed-in admin of the benchmark: super admin of the client, every permission. */
export const BENCH_ADMIN: Me = {
  id: 'u-admin',
  displayName: 'Camille Martin',
  email: 'camille.martin@exemple.fr',
  role: 'super_admin',
  scope: { kind: 'client', partnerId: 'p-nordlys', clientId: CLIENT_ID },
  permissions: ['users.read', 'users.write', 'users.invite', 'users.bulk_invite', 'users.import', 'users.export', 'users.supervise', 'licences.read'],
  supervisionSessionId: null,
};

export interface FakeApiStats {
  listUsers: number;
  rowsServed: number;
  unexpectedCalls: string[];
  queries: UserListQuery[];
}

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
const asArray = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

type Field = keyof User;
const keyOf = (field: string): ((u: User) => string) => {
  if (field === 'lastName') return (u) => `${sortKey(u.lastName)}\u0000${sortKey(u.firstName)}`;
  if (field === 'firstName') return (u) => `${sortKey(u.firstName)}\u0000${sortKey(u.lastName)}`;
  return (u) => String(u[field as Field] ?? '').toLowerCase();
};

export function createFakeApi(data: BenchData): { api: SuiteApi; stats: FakeApiStats } {
  const stats: FakeApiStats = { listUsers: 0, rowsServed: 0, unexpectedCalls: [], queries: [] };
  // Sorted (and filtered) lists by query key. The default sort is the generated order, and its reverse is read
  // backwards page by page (as a server walks its index either way), so attaching the element costs the api
  // nothing; other sorts and filters are computed on first use and cached.
  const lists = new Map<string, User[]>([['lastName|', data.users]]);

  const filterKeyOf = (query: UserListQuery) => {
    const key = JSON.stringify([query.q ?? '', query.status, query.role, query.agency, query.pool, query.accountType]);
    return key === '["",null,null,null,null,null]' ? '' : key;
  };
  const listFor = (query: UserListQuery): User[] => {
    const sort = query.sort ?? 'lastName';
    const cacheKey = `${sort}|${filterKeyOf(query)}`;
    const cached = lists.get(cacheKey);
    if (cached) return cached;
    let users = data.users;
    const q = query.q?.trim() ? sortKey(query.q.trim()) : '';
    const status = asArray(query.status);
    const role = asArray(query.role);
    const agency = asArray(query.agency);
    const pool = asArray(query.pool);
    const accountType = asArray(query.accountType);
    if (q || status || role || agency || pool || accountType) {
      users = users.filter(
        (u) =>
          (!q || [u.firstName, u.lastName, u.email ?? '', u.login, u.userCode].some((t) => sortKey(t).includes(q))) &&
          (!status || status.includes(u.status)) &&
          (!role || role.includes(u.role)) &&
          (!agency || u.agencyIds.some((a) => agency.includes(a))) &&
          (!pool || u.licencePoolIds.some((p) => pool.includes(p))) &&
          (!accountType || accountType.includes(u.accountType)),
      );
    }
    const descending = sort.startsWith('-');
    const field = descending ? sort.slice(1) : sort;
    const base = lists.get(`${sort}|`);
    if (sort === '-lastName') {
      users = [...users].reverse();
    } else if (sort === 'lastName') {
      // the generated order; a filter keeps it
    } else if (base) {
      const kept = new Set(users);
      users = users === data.users ? base : base.filter((u) => kept.has(u));
    } else {
      const key = keyOf(field);
      const keyed = users.map((u) => ({ u, k: key(u) }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.u.id < b.u.id ? -1 : 1));
      if (descending) keyed.reverse();
      users = keyed.map((x) => x.u);
    }
    lists.set(cacheKey, users);
    return users;
  };

  const implemented: Partial<SuiteApi> = {
    getMe(): Promise<Me> {
      return Promise.resolve(BENCH_ADMIN);
    },
    listUsers(_clientId: string, query: UserListQuery = {}, options?: RequestOptions): Promise<UserPage> {
      if (options?.signal?.aborted) return Promise.reject(abortError());
      stats.listUsers++;
      if (stats.queries.length < 50) stats.queries.push(query);
      const backwards = query.sort === '-lastName' && filterKeyOf(query) === '';
      const users = backwards ? data.users : listFor(query);
      const offset = query.cursor ? Number(/^o:(\d+)$/.exec(query.cursor)?.[1] ?? Number.NaN) : Number(query.offset ?? 0);
      if (!Number.isSafeInteger(offset)) return Promise.reject(new Error(`fake api: cursor "${query.cursor}" was not made by this api`));
      const limit = Math.min(500, Math.max(1, Number(query.limit ?? 50)));
      const items = backwards
        ? users.slice(Math.max(0, users.length - offset - limit), Math.max(0, users.length - offset)).reverse()
        : users.slice(offset, offset + limit);
      stats.rowsServed += items.length;
      const next = offset + items.length;
      return Promise.resolve({ items, total: users.length, nextCursor: next < users.length ? `o:${next}` : null });
    },
    listAgencies(): Promise<AgencyList> {
      return Promise.resolve({ items: data.agencies });
    },
    listLicencePools(): Promise<LicencePoolList> {
      return Promise.resolve({ items: data.pools });
    },
  };

  const api = new Proxy(implemented, {
    get(target, name) {
      if (typeof name !== 'string' || name in target || name === 'then') return target[name as keyof SuiteApi];
      return () => {
        stats.unexpectedCalls.push(name);
        return Promise.reject(new Error(`fake api: ${name} is not part of the benchmark`));
      };
    },
  }) as SuiteApi;
  return { api, stats };
}
