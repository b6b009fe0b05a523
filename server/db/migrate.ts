import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/** Applies the numbered SQL files not yet applied, each in its own transaction, in order. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  const applied = new Set((await db.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name));
  const files = (await readdir(MIGRATIONS)).filter((file) => file.endsWith('.sql')).sort();
  const ran: string[] = [];
  for (const file of files.filter((f) => !applied.has(f))) {
    const sql = await readFile(new URL(file, MIGRATIONS), 'utf8');
    await db.transaction(async (tx) => {
      // One statement at a time: the extended protocol (used by both drivers' query) takes one per call.
      for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [file]);
    });
    ran.push(file);
  }
  return ran;
}
