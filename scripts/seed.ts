/**
 * `npm run seed`: fills the reference backend's database with the demo data
 * (one partner, 40 clients, the big client's users), once.
 *
 *   npm run seed                          5,000 users in the big client, data in .data/pglite (SUITE_DATA_DIR to move it)
 *   npm run seed -- --users 100000        the benchmark's size
 *   npm run seed -- --memory              throwaway in-memory database (timing only)
 *   npm run seed -- --reset               wipe the existing data first
 *   DATABASE_URL=postgres://... npm run seed
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/open.js';
import { migrate } from '../server/db/migrate.js';
import { seedDemo } from '../server/seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    users: { type: 'string', default: '5000' },
    memory: { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
  },
});
const users = Number(args.users.replace(/[_,]/g, ''));
if (!Number.isSafeInteger(users) || users < 0) {
  console.error(`--users must be a whole number, got "${args.users}"`);
  process.exit(2);
}

const started = performance.now();
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const db = await openDatabase({ memory: args.memory, dataDir: process.env.SUITE_DATA_DIR ?? `${root}.data/pglite` });
try {
  console.log(`database: ${db.description}`);
  const migrations = await migrate(db);
  if (migrations.length) console.log(`migrated: ${migrations.join(', ')}`);

  const [existing] = await db.query<{ users: number }>('select (select count(*) from partners)::int + (select count(*) from users)::int as users');
  const hasData = (existing?.users ?? 0) > 0;
  if (hasData && !args.reset) {
    console.log('The database already has data: nothing seeded. Run with --reset to wipe it and seed again.');
  } else {
    if (hasData) await reset();
    await seed();
  }
} finally {
  await db.close();
}

async function reset() {
  // The current schema, `public` unless DATABASE_URL sets a search_path: dropped with everything in it, then migrated afresh.
  const [schema] = await db.query<{ name: string }>('select quote_ident(current_schema()) as name');
  if (!schema) throw new Error('no current schema to reset');
  await db.exec(`drop schema ${schema.name} cascade; create schema ${schema.name};`);
  await migrate(db);
  console.log(`reset: schema ${schema.name} dropped and migrated again`);
}

async function seed() {
  const seeding = performance.now();
  await seedDemo(db, { users });
  const seedTime = elapsed(seeding);

  const [counts] = await db.query<{ clients: number; agencies: number; pools: number; users: number; seats: number; over_allocated: string[] }>(
    `select (select count(*) from clients)::int as clients,
            (select count(*) from agencies)::int as agencies,
            (select count(*) from licence_pools)::int as pools,
            (select count(*) from users)::int as users,
            (select count(*) from user_licence_pools)::int as seats,
            array(select p.id from licence_pools p
                   where p.total < (select count(*) from user_licence_pools up join users u on u.id = up.user_id
                                     where up.pool_id = p.id and u.status in ('invited', 'active'))
                   order by p.id) as over_allocated`,
  );
  const statuses = await db.query<{ status: string; n: number }>(
    `select status, count(*)::int as n from users group by status
      order by array_position(array['pending', 'invited', 'active', 'inactive', 'banned', 'closed'], status)`,
  );
  console.log(`seeded in ${seedTime}: ${counts?.clients} clients, ${counts?.agencies} agencies, ${counts?.pools} licence pools (over-allocated: ${counts?.over_allocated.join(', ') || 'none'}), ${counts?.users} users, ${counts?.seats} pool assignments`);
  console.log(`users by status: ${statuses.map((row) => `${row.status} ${row.n}`).join(', ')}`);
  console.log(`total ${elapsed(started)}`);
}
