import pg from 'pg';
import type { Database, Queryable } from './database.js';

/**
 * The pg driver answers like the PGlite one, so the SQL and the code reading
 * rows are the same on both: int4 and float come back as numbers, timestamptz
 * as Date, text[] as arrays, jsonb as parsed values, numeric as strings, bytea
 * as bytes (a Buffer, which is a Uint8Array).
 *
 * Parameters: pass jsonb values as JSON text (`JSON.stringify(value)`). An
 * object would work on both drivers, but pg turns a JS array into a PostgreSQL
 * array literal, which is invalid JSON, while PGlite (knowing the column type)
 * sends JSON. Text is the one form both take the same way.
 */

const INT8 = 20;
const INT8_ARRAY = 1016;
const DATE = 1082;

// PGlite turns int8 into a number while it is exact, else a bigint; pg would give a string.
const parseInt8 = (text: string): number | bigint => {
  const value = BigInt(text);
  return value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER ? value : Number(value);
};

// PGlite reads a `date` as UTC midnight; pg would take the process's local midnight.
const parseDate = (text: string): Date | number => (text === 'infinity' ? Infinity : text === '-infinity' ? -Infinity : new Date(text));

/** Parsers for this pool only: other pg users in the process keep pg's defaults. */
function pgliteCompatibleTypes(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8, parseInt8);
  types.setTypeParser(INT8_ARRAY, (text: string): unknown => pg.types.arrayParser(text, (entry: string | null) => (entry === null ? null : parseInt8(entry))));
  types.setTypeParser(DATE, parseDate);
  return types;
}

/** `PostgreSQL at host:port/db`, from pg's own reading of the URL (and PG* variables); never the password. */
function describe(url: string): string {
  const parsed = new pg.Client({ connectionString: url });
  return `PostgreSQL at ${parsed.host}:${parsed.port}/${parsed.database ?? ''}`;
}

const queryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
  async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
    return (await target.query<Row & pg.QueryResultRow>(sql, [...params])).rows;
  },
});

/** A real PostgreSQL server through a connection pool; `url` is a libpq-style `postgres://` URL. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, types: pgliteCompatibleTypes() });
  // The pool drops a client the server cut off and opens a new one on demand;
  // without a listener the 'error' event would crash the process instead.
  pool.on('error', () => {});
  // Fail here, with the server's own message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    ...queryable(pool),
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('rollback');
          client.release();
        } catch (rollbackError) {
          // A connection that cannot even roll back is discarded, not handed to the next caller.
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    exec: async (sql) => {
      // Without parameters pg uses the simple protocol, which runs several statements in one call.
      await pool.query(sql);
    },
    close: () => pool.end(),
    description: describe(url),
  };
}
