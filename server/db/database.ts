import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';

/**
 * The one query interface the backend uses. Every driver speaks the same
 * PostgreSQL dialect, so the SQL is written once: PGlite embedded by default,
 * a real PostgreSQL server through `DATABASE_URL` (the pg driver joins with the
 * Reference backend issue).
 */
export interface Queryable {
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly description: string;
}

/** Embedded PostgreSQL; `dataDir` keeps data across restarts, `undefined` is in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  // PGlite creates the data folder itself but not its parents (a fresh clone has no .data/).
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const queryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(sql, params as unknown[])).rows;
    },
  });
  return {
    ...queryable(pg),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
    description: dataDir ? `embedded PostgreSQL (PGlite) in ${dataDir}` : 'embedded PostgreSQL (PGlite) in memory',
  };
}
