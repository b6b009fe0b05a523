import * as z from 'zod/mini';
import { Id, Timestamp, described } from './common.js';

/** Canonical column keys of the import file (English header keys of DOMAIN.md). */
export const IMPORT_COLUMNS = [
  'LASTNAME',
  'FIRSTNAME',
  'EMAIL',
  'LOGIN',
  'STATUS',
  'ROLE',
  'MAIL_LANGUAGE',
  'FUNCTION',
  'COMPANY',
  'DEPARTMENT',
  'PHONE',
  'MOBILE',
  'ADDRESS',
  'ZIP',
  'CITY',
  'COUNTRY',
  'BIOGRAPHY',
  'AGENCIES',
  'LICENCE_POOL',
  'ACCOUNT_TYPE',
  'OWNER_LOGIN',
  'VISIBILITY_SCOPE',
  'MODIFICATION_PREVENTION',
  'TFA',
  'SUSPENSION_DATE',
  'EXPIRATION_MODE',
  'CREATION_NOTIFICATION',
  'STORAGE_QUOTA',
  'BACKUP_QUOTA',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const IMPORT_KINDS = ['users', 'contacts'] as const;

/** One spreadsheet row as text cells, keyed by canonical column; `row` is the spreadsheet's own number (header = 1). */
export const ImportRow = described(
  z.strictObject({
    row: z.int().check(z.minimum(2)),
    cells: z.partialRecord(z.enum(IMPORT_COLUMNS), z.string().check(z.maxLength(4000))),
  }),
  { id: 'ImportRow' },
);
export type ImportRow = z.infer<typeof ImportRow>;

/** Data rows one import may carry (DOMAIN.md). */
export const IMPORT_MAX_ROWS = 200_000;

/** Rows are re-validated on the server: the client's checks are a courtesy, not a guarantee. */
export const ImportRequest = described(
  z.strictObject({
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string().check(z.maxLength(255)),
    rows: z.array(ImportRow).check(z.minLength(1), z.maxLength(IMPORT_MAX_ROWS)),
  }),
  { id: 'ImportRequest' },
);
export type ImportRequest = z.infer<typeof ImportRequest>;

export const CELL_ERROR_CODES = [
  'required',
  'invalid_email',
  'invalid_enum',
  'invalid_date',
  'invalid_login',
  'invalid_phone',
  'invalid_quota',
  'too_long',
  'duplicate_in_file',
  'duplicate_existing',
  'mobile_required_for_sms',
  'owner_required',
  'owner_unknown',
  'unknown_agency',
  'unknown_pool',
  'seat_limit',
  'missing_column',
] as const;
export type CellErrorCode = (typeof CELL_ERROR_CODES)[number];

/** One faulty cell, so the admin can fix the file and import again. */
export const CellError = described(
  z.object({
    row: z.int().check(z.minimum(1)),
    column: z.string(),
    value: z.nullable(z.string()),
    code: z.enum(CELL_ERROR_CODES),
    /** In English; a client localises by `code` and `params` instead. */
    message: z.string(),
    /**
     * What a localised message needs beyond the code, e.g. `{ firstRow: 3 }` for
     * duplicate_in_file, `{ allowed: 'user, operator, admin' }` for invalid_enum,
     * `{ unknown: 'Lyon' }` for unknown_agency and unknown_pool, `{ max: 200 }` for too_long.
     */
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  }),
  { id: 'CellError' },
);
export type CellError = z.infer<typeof CellError>;

export const IMPORT_STATUSES = ['validated', 'invalid', 'committed'] as const;

const Count = z.int().check(z.minimum(0));

export const ImportJob = described(
  z.object({
    id: Id,
    clientId: Id,
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    rowCount: Count,
    validRows: Count,
    errorRows: Count,
    /** Error counts by code, for the summary. */
    errorsByCode: z.partialRecord(z.enum(CELL_ERROR_CODES), z.int().check(z.minimum(1))),
    errors: z.array(CellError),
    createdAt: Timestamp,
    committedAt: z.nullable(Timestamp),
    /** Users created by the commit (all `pending`), for "review and send invitations". */
    createdUserIds: z.array(Id),
  }),
  { id: 'ImportJob' },
);
export type ImportJob = z.infer<typeof ImportJob>;
