import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { CellError, CellErrorCode, ImportJob } from '../../src/api/schemas/import.js';
import { recordAudit } from '../audit.js';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { ImportKind, PackedRow, ValidatedRow } from '../domain/import-rows.js';
import {
  MAX_RETURNED_ERRORS,
  findCommitCollisions,
  findMissingOwners,
  loadImportReferences,
  packRow,
  uniqueViolation,
  unpackRow,
  validateImportRows,
} from '../domain/import-rows.js';
import { insertPendingUsers } from '../domain/user-records.js';
import { bindRoute } from '../http/contract-router.js';
import type { AppEnv } from '../http/env.js';
import { HttpProblem, notFound } from '../problems.js';
import type { ClientReach } from '../scope.js';
import { reachClient, requirePermission } from '../scope.js';

interface ImportJobRow {
  id: string;
  client_id: string;
  kind: ImportKind;
  file_name: string;
  status: ImportJob['status'];
  row_count: number;
  valid_rows: number;
  error_rows: number;
  errors_by_code: Partial<Record<CellErrorCode, number>>;
  errors: CellError[];
  created_by: string;
  created_at: Date | string;
  committed_at: Date | string | null;
  created_user_ids: string[];
}

/** Everything but the stored rows, which can weigh tens of megabytes and only the commit reads. */
const JOB_SELECT = `id, client_id, kind, file_name, status, row_count, valid_rows, error_rows, errors_by_code, errors, created_by, created_at,
  committed_at, created_user_ids`;

const toJob = (row: ImportJobRow): ImportJob => ({
  id: row.id,
  clientId: row.client_id,
  kind: row.kind,
  fileName: row.file_name,
  status: row.status,
  rowCount: row.row_count,
  validRows: row.valid_rows,
  errorRows: row.error_rows,
  errorsByCode: row.errors_by_code,
  errors: row.errors,
  createdAt: new Date(row.created_at).toISOString(),
  committedAt: row.committed_at === null ? null : new Date(row.committed_at).toISOString(),
  createdUserIds: row.created_user_ids,
});

/** Agencies the imported users belong to, so agency-scoped admins see the audit event when it concerns them. */
const agenciesOf = (rows: readonly ValidatedRow[]) => [...new Set(rows.flatMap(({ user }) => user.agencyIds))].sort();

/**
 * An agency-scoped admin reaches only its own jobs, and only while their rows
 * stay within its agencies (its scope may have shrunk since): any other job
 * does not exist for it.
 */
function assertJobInReach(reach: ClientReach, adminId: string, job: { created_by: string; rows: readonly ValidatedRow[] }): void {
  if (reach.agencyIds === null) return;
  const own = new Set(reach.agencyIds);
  if (job.created_by !== adminId || job.rows.some(({ user }) => user.agencyIds.length === 0 || user.agencyIds.some((id) => !own.has(id)))) {
    throw notFound('The import');
  }
}

/**
 * Bulk import (DOMAIN.md, "Migration and bulk import"): validate every row
 * again on the server, then create all valid rows as `pending` in one
 * transaction or none. Invitations are a separate, later step.
 */
export function registerImportsRoutes(app: Hono<AppEnv>, db: Database, _config: ServerConfig): void {
  bindRoute(app, db, 'validateImport', async ({ admin, params, body }) => {
    requirePermission(admin, 'users.import');
    const reach = await reachClient(db, admin, params.clientId);
    const refs = await loadImportReferences(db, reach);
    const result = validateImportRows(body.kind, body.rows, refs);
    const status = result.errors.length === 0 ? 'validated' : 'invalid';
    const id = randomUUID();
    const errors = result.errors.slice(0, MAX_RETURNED_ERRORS);

    const job = await db.transaction(async (tx) => {
      const [row] = await tx.query<ImportJobRow>(
        `insert into import_jobs (id, client_id, kind, file_name, status, row_count, valid_rows, error_rows, errors_by_code, errors, rows, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         returning ${JOB_SELECT}`,
        [
          id, reach.clientId, body.kind, body.fileName, status, body.rows.length, result.validRows.length, result.errorRows,
          JSON.stringify(result.errorsByCode), JSON.stringify(errors),
          // An invalid job can never be committed: its rows are not kept (the admin fixes the file and validates again).
          JSON.stringify(status === 'validated' ? result.validRows.map(packRow) : []),
          admin.id,
        ],
      );
      await recordAudit(tx, {
        action: 'import.validated',
        actor: admin,
        clientId: reach.clientId,
        subject: { type: 'import', id, label: body.fileName, agencyIds: agenciesOf(result.validRows) },
        details: { kind: body.kind, status, rowCount: body.rows.length, validRows: result.validRows.length, errorRows: result.errorRows, errorsByCode: result.errorsByCode },
      });
      return row!;
    });
    return { status: 201, body: toJob(job) };
  });

  bindRoute(app, db, 'commitImport', async ({ admin, params }) => {
    requirePermission(admin, 'users.import');
    const reach = await reachClient(db, admin, params.clientId);
    try {
      const committedJob = await db.transaction(async (tx) => {
        // The lock makes a second commit of the same job wait, then see it committed.
        const [stored] = await tx.query<ImportJobRow & { rows: PackedRow[] }>(
          `select ${JOB_SELECT}, rows from import_jobs where id = $1 and client_id = $2 for update`,
          [params.importId, reach.clientId],
        );
        if (!stored) throw notFound('The import');
        const job = { ...stored, rows: stored.rows.map(unpackRow) };
        assertJobInReach(reach, admin.id, job);
        if (job.status === 'invalid') {
          throw new HttpProblem(409, 'conflict', 'The import has errors', `${job.error_rows} row(s) have errors: fix the file and import it again.`);
        }
        if (job.status === 'committed') {
          throw new HttpProblem(409, 'conflict', 'Already committed', `This import was already committed at ${new Date(job.committed_at!).toISOString()}; its users already exist.`);
        }

        // Someone may have created a user with one of these emails or logins, or removed an owner, since validation.
        const collisions = [...(await findCommitCollisions(tx, reach.clientId, job.rows)), ...(await findMissingOwners(tx, reach.clientId, job.rows))];
        if (collisions.length > 0) {
          const code = collisions.every((c) => c.path.endsWith('.LOGIN')) ? 'login_taken' : collisions.every((c) => c.path.endsWith('.EMAIL')) ? 'email_taken' : 'conflict';
          throw new HttpProblem(
            409,
            code,
            'The file no longer matches the client',
            `${collisions.length} cell(s) conflict with changes made since validation, e.g. ${collisions[0]!.message}. Nothing was imported: validate the file again.`,
            collisions.slice(0, MAX_RETURNED_ERRORS),
          );
        }

        const userIds = await insertPendingUsers(tx, reach.clientId, job.rows.map((r) => r.user));
        const [committed] = await tx.query<ImportJobRow>(
          `update import_jobs set status = 'committed', committed_at = now(), created_user_ids = $2, rows = '[]'::jsonb
            where id = $1 returning ${JOB_SELECT}`,
          [job.id, userIds],
        );
        await recordAudit(tx, {
          action: 'import.committed',
          actor: admin,
          clientId: reach.clientId,
          subject: { type: 'import', id: job.id, label: job.file_name, agencyIds: agenciesOf(job.rows) },
          details: { kind: job.kind, created: userIds.length },
        });
        return committed!;
      });
      return { body: toJob(committedJob) };
    } catch (error) {
      throw uniqueViolation(error) ?? error;
    }
  });
}
