import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { openPglite } from '../../server/db/database.js';
import type { Database } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrate.js';
import { openPostgres } from '../../server/db/postgres.js';
import { scratchSchema } from './support/scratch-schema.js';
import { BIG_CLIENT_ID, OVER_ALLOCATED_CLIENT_ID, seedDemo, tokenDigest } from '../../server/seed.js';

/**
 * The same checks on both drivers: PGlite always, a real PostgreSQL server when
 * `DATABASE_URL` is set. Migrations, the demo seed and the row types must not
 * depend on which one the backend runs on.
 */
const USERS = 300;
// A fixed "now" so both drivers seed byte-identical data and can be compared.
const NOW = new Date('2026-03-02T00:00:00Z');
const STATUSES = ['pending', 'invited', 'active', 'inactive', 'banned', 'closed'];
const digests = new Map<string, string>();

interface Opened {
  db: Database;
  dispose(): Promise<void>;
}

function driverChecks(driver: string, open: () => Promise<Opened>) {
  let opened: Opened;
  let db: Database;

  before(async () => {
    opened = await open();
    db = opened.db;
  });
  after(() => opened?.dispose());

  test('migrates a fresh schema with every migration, in order, once', async () => {
    const files = (await readdir(new URL('../../server/db/migrations/', import.meta.url))).filter((f) => f.endsWith('.sql')).sort();
    assert.deepEqual(await migrate(db), files);
    assert.deepEqual(await migrate(db), []);
  });

  test('seeds once: true on an empty database, false afterwards', async () => {
    assert.equal(await seedDemo(db, { users: USERS, now: NOW }), true);
    assert.equal(await seedDemo(db, { users: USERS, now: NOW }), false);
    const [counts] = await db.query<{ partners: number; clients: number; big: number }>(
      `select (select count(*) from partners)::int as partners, (select count(*) from clients)::int as clients,
              (select count(*) from users where client_id = $1)::int as big`,
      [BIG_CLIENT_ID],
    );
    assert.deepEqual(counts, { partners: 1, clients: 40, big: USERS });
  });

  test('the big client has users in every status, every role, several agencies and mail languages', async () => {
    const byStatus = await db.query<{ status: string; n: number }>('select status, count(*)::int as n from users where client_id = $1 group by status', [BIG_CLIENT_ID]);
    assert.deepEqual(byStatus.map((r) => r.status).sort(), [...STATUSES].sort());
    const [spread] = await db.query<{ roles: string[]; super_admins: number; languages: number; agencies: number; two_agencies: number; contacts: number; sms: number }>(
      `select array_agg(distinct role order by role) as roles,
              count(*) filter (where role = 'super_admin')::int as super_admins,
              count(distinct mail_language)::int as languages,
              (select count(distinct a) from users, unnest(agency_ids) as a where client_id = $1)::int as agencies,
              count(*) filter (where cardinality(agency_ids) = 2)::int as two_agencies,
              count(*) filter (where account_type = 'contact')::int as contacts,
              count(*) filter (where two_factor = 'SMS')::int as sms
         from users where client_id = $1`,
      [BIG_CLIENT_ID],
    );
    assert.deepEqual(spread?.roles, ['admin', 'operator', 'super_admin', 'user']);
    assert.equal(spread?.super_admins, 1);
    assert.ok((spread?.languages ?? 0) >= 4, `mail languages: ${spread?.languages}`);
    assert.ok((spread?.agencies ?? 0) >= 4, `agencies used: ${spread?.agencies}`);
    assert.ok((spread?.two_agencies ?? 0) > 0, 'some users belong to two agencies');
    assert.ok((spread?.contacts ?? 0) > 0, 'some contacts');
    assert.ok((spread?.sms ?? 0) > 0, 'some users with SMS two-factor');
  });

  test('seats: c-007 over-allocated, every other pool within its total, c-001 core with seats left', async () => {
    const pools = await db.query<{ id: string; client_id: string; key: string; total: number; used: number }>(
      `select p.id, p.client_id, p.key, p.total,
              count(u.id) filter (where u.status in ('invited', 'active'))::int as used
         from licence_pools p
         left join user_licence_pools up on up.pool_id = p.id
         left join users u on u.id = up.user_id
        group by p.id`,
    );
    const over = pools.filter((p) => p.total - p.used < 0).map((p) => p.id);
    assert.deepEqual(over, [`${OVER_ALLOCATED_CLIENT_ID}-core`], 'only c-007 core is over-allocated');
    const core = (client: string) => pools.find((p) => p.client_id === client && p.key === 'core')!;
    assert.ok(core(OVER_ALLOCATED_CLIENT_ID).total - core(OVER_ALLOCATED_CLIENT_ID).used < 0);
    assert.ok(core(BIG_CLIENT_ID).total - core(BIG_CLIENT_ID).used > 0, 'invitations can succeed in c-001');
    assert.equal(new Set(pools.map((p) => p.client_id)).size, 40, 'every client has pools');
    assert.ok(pools.filter((p) => p.key === 'operator').every((p) => p.total >= 3 && p.total <= 10));

    const [holders] = await db.query<{ seatless: number; operators_without_seat: number }>(
      `select count(*) filter (where u.status in ('invited', 'active') and u.account_type = 'user'
                                 and not exists (select 1 from user_licence_pools up join licence_pools p on p.id = up.pool_id
                                                  where up.user_id = u.id and p.key = 'core'))::int as seatless,
              count(*) filter (where u.role = 'operator'
                                 and not exists (select 1 from user_licence_pools up join licence_pools p on p.id = up.pool_id
                                                  where up.user_id = u.id and p.kind = 'operator'))::int as operators_without_seat
         from users u`,
    );
    assert.deepEqual(holders, { seatless: 0, operators_without_seat: 0 }, 'invited and active users hold a core seat, operators an operator seat');
  });

  test('some users of c-001 have no email; they are pending, and the others are unique case-insensitively', async () => {
    const [emails] = await db.query<{ missing: number; missing_not_pending: number; duplicates: number; not_ascii: number }>(
      `select count(*) filter (where email is null and client_id = $1)::int as missing,
              count(*) filter (where email is null and status <> 'pending')::int as missing_not_pending,
              (select count(*) from (select 1 from users where email is not null group by client_id, lower(email) having count(*) > 1) d)::int as duplicates,
              count(*) filter (where email !~ '^[A-Za-z0-9.-]+@[a-z0-9.-]+\\.example$')::int as not_ascii
         from users`,
      [BIG_CLIENT_ID],
    );
    assert.ok((emails?.missing ?? 0) > 0 && (emails?.missing ?? 0) < USERS * 0.1, `users without email: ${emails?.missing}`);
    assert.equal(emails?.missing_not_pending, 0, 'nobody without an email can have been invited');
    assert.equal(emails?.duplicates, 0);
    assert.equal(emails?.not_ascii, 0, 'emails are ASCII');
  });

  test('logins are ASCII first.last, unique case-insensitively per client; user codes are unique', async () => {
    const [logins] = await db.query<{ duplicates: number; malformed: number; codes: number; distinct_codes: number; bad_codes: number }>(
      `select (select count(*) from (select 1 from users group by client_id, lower(login) having count(*) > 1) d)::int as duplicates,
              count(*) filter (where login !~ '^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$')::int as malformed,
              count(*)::int as codes, count(distinct user_code)::int as distinct_codes,
              count(*) filter (where user_code !~ '^[0-9A-Z]{8}$')::int as bad_codes
         from users`,
    );
    assert.equal(logins?.duplicates, 0);
    assert.equal(logins?.malformed, 0);
    assert.equal(logins?.distinct_codes, logins?.codes);
    assert.equal(logins?.bad_codes, 0);
    const accented = await db.query<{ login: string; first_name: string; last_name: string }>(
      `select login, first_name, last_name from users where first_name || last_name ~ '[^ -~]' order by id limit 5`,
    );
    assert.ok(accented.length > 0, 'realistic names carry accents');
    for (const user of accented) {
      assert.match(user.login, /^[a-z0-9.-]+$/, `${user.first_name} ${user.last_name} -> ${user.login}`);
    }
  });

  test('records hold together: dates by status, ban reasons, SMS mobiles, contacts owned by a user', async () => {
    const [broken] = await db.query<Record<string, number>>(
      `select count(*) filter (where status in ('invited', 'active') and invited_at is null)::int as invited_without_date,
              count(*) filter (where status = 'active' and activated_at is null)::int as active_without_date,
              count(*) filter (where status = 'banned' and coalesce(status_reason, '') = '')::int as banned_without_reason,
              count(*) filter (where two_factor = 'SMS' and mobile is null)::int as sms_without_mobile,
              count(*) filter (where account_type = 'contact'
                                 and not exists (select 1 from users o where o.client_id = users.client_id and o.login = users.owner_login
                                                  and o.account_type = 'user'))::int as orphan_contacts,
              count(*) filter (where cardinality(agency_ids) = 0)::int as without_agency,
              count(*) filter (where created_at > $1 or created_at < $1::timestamptz - interval '2 years 1 day')::int as created_out_of_range
         from users`,
      [NOW],
    );
    assert.deepEqual(broken, {
      invited_without_date: 0, active_without_date: 0, banned_without_reason: 0, sms_without_mobile: 0, orphan_contacts: 0, without_agency: 0, created_out_of_range: 0,
    });
  });

  test('the demo admins sign in with hashed tokens only', async () => {
    const admins = await db.query<{ token_sha256: string; id: string; role: string; client_id: string | null; agency_ids: string[] }>(
      'select t.token_sha256, a.id, a.role, a.client_id, a.agency_ids from admin_tokens t join admins a on a.id = t.admin_id order by a.id',
    );
    assert.deepEqual(admins.map((a) => [a.id, a.role, a.client_id, a.agency_ids]), [
      ['adm-agency', 'admin', BIG_CLIENT_ID, [`${BIG_CLIENT_ID}-a1`, `${BIG_CLIENT_ID}-a2`]],
      ['adm-partner', 'partner_admin', null, []],
      ['adm-super', 'super_admin', BIG_CLIENT_ID, []],
    ]);
    assert.deepEqual(admins.map((a) => a.token_sha256), ['demo-agency', 'demo-partner', 'demo-super'].map(tokenDigest));
  });

  test('a failing transaction rolls back, a successful one commits, and connections come back', { timeout: 30_000 }, async () => {
    const id = `p-tx-${randomUUID().slice(0, 8)}`;
    // More failures than a pool has connections: a leaked connection would hang the query after.
    for (let i = 0; i < 12; i++) {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query('insert into partners (id, name) values ($1, $2)', [id, 'Rolled back']);
          await tx.query('select 1 / 0');
        }),
        /division by zero/,
      );
    }
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('insert into partners (id, name) values ($1, $2)', [id, 'Rolled back']);
        throw new Error('the caller changed its mind');
      }),
      /changed its mind/,
    );
    assert.deepEqual(await db.query('select id from partners where id = $1', [id]), []);

    const result = await db.transaction(async (tx) => {
      await tx.query('insert into partners (id, name) values ($1, $2)', [id, 'Committed']);
      // Inside the transaction its own writes are visible.
      return (await tx.query<{ name: string }>('select name from partners where id = $1', [id]))[0]?.name;
    });
    assert.equal(result, 'Committed');
    assert.deepEqual(await db.query('select name from partners where id = $1', [id]), [{ name: 'Committed' }]);
    await db.query('delete from partners where id = $1', [id]);
  });

  test('types round-trip like PGlite: numbers, Date, arrays, jsonb, bytes', async () => {
    const at = new Date('2026-01-15T09:30:12.345Z');
    const [row] = await db.query<Record<string, unknown>>(
      `select 42::int as int, count(*)::int as counted, 7::bigint as big, 1.5::float8 as float, '12.50'::numeric as numeric, true as bool,
              $1::timestamptz as at, now() as now, '2024-05-06'::date as day,
              array['a', 'b']::text[] as texts, $2::text[] as param_texts, '{}'::text[] as empty_texts, array[1, 2]::int[] as ints,
              '{"k": [1, "x", null]}'::jsonb as literal_json, $3::jsonb as param_json, $4::jsonb as param_json_array,
              '\\x0102ff'::bytea as bytes, null::text as nothing
         from partners`,
      [at, ['x', 'y"z', 'é,ü', ''], JSON.stringify({ a: [1, { b: null }], s: 'Lefèvre' }), JSON.stringify(['core', 'contract'])],
    );
    assert.ok(row);
    assert.equal(row.int, 42);
    assert.equal(row.counted, 1);
    assert.equal(row.big, 7, 'int8 is a number while exact, as on PGlite');
    assert.equal(row.float, 1.5);
    assert.equal(row.numeric, '12.50', 'numeric stays a string: no silent rounding');
    assert.equal(row.bool, true);
    assert.ok(row.at instanceof Date && row.at.getTime() === at.getTime(), `timestamptz: ${String(row.at)}`);
    assert.ok(row.now instanceof Date);
    assert.ok(row.day instanceof Date && row.day.toISOString() === '2024-05-06T00:00:00.000Z', `date: ${String(row.day)}`);
    assert.deepEqual(row.texts, ['a', 'b']);
    assert.deepEqual(row.param_texts, ['x', 'y"z', 'é,ü', '']);
    assert.deepEqual(row.empty_texts, []);
    assert.deepEqual(row.ints, [1, 2]);
    assert.deepEqual(row.literal_json, { k: [1, 'x', null] });
    assert.deepEqual(row.param_json, { a: [1, { b: null }], s: 'Lefèvre' });
    assert.deepEqual(row.param_json_array, ['core', 'contract']);
    assert.ok(row.bytes instanceof Uint8Array);
    assert.deepEqual([...row.bytes], [1, 2, 255]);
    assert.equal(row.nothing, null);

    // Through a table too: what the app writes is what it reads back.
    const owner = `c-types-${randomUUID().slice(0, 8)}`;
    const [stored] = await db.query<{ settings: unknown; version: unknown; updated_at: unknown }>(
      `insert into branding_settings (level, owner_id, settings, version, updated_at) values ('client', $1, $2::jsonb, $3, $4)
       returning settings, version, updated_at`,
      [owner, JSON.stringify({ primary: '#0B5FFF', gradient: ['#000000', '#FFFFFF'] }), 3, at],
    );
    assert.deepEqual(stored, { settings: { primary: '#0B5FFF', gradient: ['#000000', '#FFFFFF'] }, version: 3, updated_at: at });
    await db.query('delete from branding_settings where owner_id = $1', [owner]);
    const [user] = await db.query<{ agency_ids: unknown }>('select agency_ids from users where id = $1', [`${BIG_CLIENT_ID}-u1`]);
    assert.ok(Array.isArray(user?.agency_ids) && user.agency_ids.length > 0, 'text[] columns are arrays');
  });

  test('the seed is the same data on every driver', async () => {
    const [row] = await db.query<{ digest: string }>(
      `select md5(string_agg(concat_ws('|', u.id, u.login, u.email, u.status, u.role, u.user_code, u.mail_language, u.two_factor,
                                       array_to_string(u.agency_ids, ','), (extract(epoch from u.created_at) * 1000)::bigint,
                                       (select string_agg(pool_id, ',' order by pool_id) from user_licence_pools where user_id = u.id)),
                             E'\\n' order by u.id)) ||
              (select md5(string_agg(concat_ws('|', id, total), ',' order by id)) from licence_pools) as digest
         from users u`,
    );
    assert.ok(row?.digest);
    digests.set(driver, row.digest);
    const pglite = digests.get('PGlite');
    if (driver !== 'PGlite' && pglite) assert.equal(row.digest, pglite, 'PostgreSQL seeded what PGlite seeded');
  });
}

describe('PGlite driver', () => {
  driverChecks('PGlite', async () => {
    const db = await openPglite();
    return { db, dispose: () => db.close() };
  });
});

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  describe('PostgreSQL driver', () => {
    let admin: Database;

    driverChecks('PostgreSQL', async () => {
      const schema = await scratchSchema(databaseUrl, 'drivers');
      admin = schema.admin;
      const db = await openPostgres(schema.url);
      return {
        db,
        dispose: async () => {
          await db.close();
          await schema.drop();
        },
      };
    });

    test('describes the server by host, port and database, never the password', () => {
      const url = new URL(databaseUrl);
      assert.match(admin.description, /^PostgreSQL at [^ @]+:\d+\/[^ @]*$/);
      if (url.password) assert.ok(!admin.description.includes(`:${decodeURIComponent(url.password)}@`), admin.description);
      // Exactly host:port/database when the URL names them (not a socket given as ?host=).
      if (url.hostname && url.pathname.length > 1) {
        assert.equal(admin.description, `PostgreSQL at ${url.hostname}:${url.port || 5432}/${decodeURIComponent(url.pathname.slice(1))}`);
      }
    });
  });
} else {
  test('PostgreSQL driver', (t) => {
    t.skip('DATABASE_URL not set');
  });
}
