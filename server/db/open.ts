import { openPglite } from './database.js';
import type { Database } from './database.js';
import { openPostgres } from './postgres.js';

export interface OpenOptions {
  /** PGlite only: a throwaway in-memory database instead of `dataDir`. */
  memory?: boolean;
  /** PGlite only: where the data lives across restarts. */
  dataDir?: string;
}

/**
 * The one place that picks the driver, so start, seed, tests and the benchmark
 * agree: a real PostgreSQL server when `DATABASE_URL` is set, else PGlite.
 */
export function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  return openPglite(options.memory ? undefined : options.dataDir);
}
