/**
 * The user endpoints of a mock backend for stories (msw answers the real HTTP
 * client in the browser), over a deterministic directory of users.
 */
import { delay, http, HttpResponse } from 'msw';
import type { Me, Permission } from '../../src/api/schemas/me.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { UserListQuery, UserSort } from '../../src/api/schemas/user.js';
import type { UserDirectory } from '../../test/fixtures/user-directory.js';
import { AGENCIES, POOLS } from '../../test/fixtures/user-directory.js';
import { streamOf, userCells, usersCsvChunks, usersXlsxChunks } from '../../server/domain/export.js';
import { XLSX_MIME } from '../../src/spreadsheet/xlsx.js';

/** The routes the real HTTP client calls; msw answers them in the browser. */
export const USERS = '/api/v1/clients/:clientId/users';
const USER_STATUS = '/api/v1/clients/:clientId/users/:userId/status';
const USER = '/api/v1/clients/:clientId/users/:userId';
const EXPORT = '/api/v1/clients/:clientId/users/export';
const AGENCIES_ROUTE = '/api/v1/clients/:clientId/agencies';
const POOLS_ROUTE = '/api/v1/clients/:clientId/licence-pools';

const EVERYTHING: Permission[] = ['users.read', 'users.write', 'users.invite', 'users.bulk_invite', 'users.export', 'licences.read'];

export function admin(agencyIds?: string[]): Me {
  return {
    id: 'admin-demo',
    displayName: 'Camille Durand',
    email: 'camille.durand@acme.example',
    role: agencyIds ? 'admin' : 'super_admin',
    scope: agencyIds ? { kind: 'agencies', partnerId: 'p-1', clientId: 'acme', agencyIds } : { kind: 'client', partnerId: 'p-1', clientId: 'acme' },
    permissions: EVERYTHING,
    supervisionSessionId: null,
  };
}

function queryOf(url: URL): UserListQuery {
  const list = (key: string) => (url.searchParams.getAll(key).length ? url.searchParams.getAll(key) : undefined);
  return {
    q: url.searchParams.get('q') ?? undefined,
    status: list('status') as UserListQuery['status'],
    role: list('role') as UserListQuery['role'],
    agency: list('agency'),
    pool: list('pool'),
    accountType: list('accountType') as UserListQuery['accountType'],
    sort: (url.searchParams.get('sort') ?? 'lastName') as UserSort,
    cursor: url.searchParams.get('cursor') ?? undefined,
    offset: url.searchParams.has('offset') ? Number(url.searchParams.get('offset')) : undefined,
    limit: Number(url.searchParams.get('limit') ?? 50),
  };
}

/**
 * A client backed by a deterministic directory; an agency-scoped admin's
 * server only ever answers with users of their agencies (as the reference
 * backend does), and only their agencies.
 */
export function backend(directory: UserDirectory, scope?: string[]) {
  const agencies = scope ? AGENCIES.filter((agency) => scope.includes(agency.id)) : AGENCIES;
  return [
    http.get(USERS, async ({ request }) => {
      const query = queryOf(new URL(request.url));
      await delay(120);
      const agency = scope ? (query.agency as string[] | undefined)?.filter((id) => scope.includes(id)) ?? scope : query.agency;
      return HttpResponse.json(directory.list({ ...query, agency }));
    }),
    // Before any `/users/:userId` route. Streamed through the reference backend's own writers, slowly enough to watch the progress.
    http.get(EXPORT, ({ request }) => {
      const url = new URL(request.url);
      const query = queryOf(url);
      const agency = scope ? (query.agency as string[] | undefined)?.filter((id) => scope.includes(id)) ?? scope : query.agency;
      const poolKeys = new Map(POOLS.map((pool) => [pool.id, pool.key]));
      async function* batches() {
        for (let offset = 0; ; offset += 500) {
          const page = directory.list({ ...query, agency, offset, limit: 500 });
          await delay(150);
          yield page.items.map((user) => userCells(user, poolKeys));
          if (offset + 500 >= page.total) return;
        }
      }
      const csv = url.searchParams.get('format') === 'csv';
      const chunks = csv ? usersCsvChunks(batches(), url.searchParams.get('delimiter') === ',' ? ',' : ';') : usersXlsxChunks(batches());
      return new HttpResponse(streamOf(chunks), { headers: { 'Content-Type': csv ? 'text/csv; charset=utf-8' : XLSX_MIME } });
    }),
    http.get(AGENCIES_ROUTE, () => HttpResponse.json({ items: agencies })),
    http.get(POOLS_ROUTE, () => HttpResponse.json({ items: POOLS })),
    http.post(USER_STATUS, async ({ params, request }) => {
      const change = (await request.json()) as { status: 'inactive' | 'active' };
      const user = directory.users.find((u) => u.id === params['userId']);
      if (!user) return HttpResponse.json(NOT_FOUND, { status: 404, headers: PROBLEM });
      if (user.status === 'closed') {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, code: 'invalid_transition', detail: 'A closed account must be reopened on purpose.' },
          { status: 409, headers: PROBLEM },
        );
      }
      const updated = { ...user, status: change.status };
      directory.replace(updated);
      return HttpResponse.json(updated);
    }),
    http.delete(USER, ({ params }) => {
      directory.remove(String(params['userId']));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

export const PROBLEM = { 'Content-Type': 'application/problem+json' };
export const NOT_FOUND: Problem = { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' };

