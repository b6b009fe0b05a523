import { randomUUID } from 'node:crypto';
import type { Database } from '../../../server/db/database.js';
import { openPostgres } from '../../../server/db/postgres.js';

export interface ScratchSchema {
  /** `databaseUrl` with the schema as its search path: what the test's database opens. */
  url: string;
  /** A connection to the server itself, as `databaseUrl` gives it. */
  admin: Database;
  /** Drops the schema and everything in it, and closes `admin`. */
  drop(): Promise<void>;
}

/**
 * A schema of its own on the PostgreSQL server at `databaseUrl`, for one run
 * of a test file: the tests rerun on a shared database (CI's, a developer's)
 * without meeting an earlier run's rows, and leave nothing behind.
 */
export async function scratchSchema(databaseUrl: string, prefix: string): Promise<ScratchSchema> {
  const schema = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = await openPostgres(databaseUrl);
  await admin.exec(`create schema ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    admin,
    drop: async () => {
      await admin.exec(`drop schema if exists ${schema} cascade`);
      await admin.close();
    },
  };
}
