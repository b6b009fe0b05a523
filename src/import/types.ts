import type { CellError, CellErrorCode, ImportColumn, ImportRow } from '../api/schemas/import.js';
import { IMPORT_MAX_ROWS } from '../api/schemas/import.js';
import type { Agency } from '../api/schemas/tenancy.js';
import type { LicencePool } from '../api/schemas/licence-pool.js';

/**
 * What the browser's import reader takes and gives back. The reading and
 * checking run in a Web Worker (`readImportFile` in read-import-file.ts); the
 * element only sees these shapes, so it does not know CSV from XLSX.
 */

export type ImportKind = 'users' | 'contacts';
export type ImportFormat = 'csv' | 'xlsx';

/** Limits of DOMAIN.md / the Import issue; a file beyond one is refused with an `ImportFileError`. */
export const IMPORT_LIMITS = {
  /** Bytes of the file as picked. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Data rows (the header row not counted). */
  maxRows: IMPORT_MAX_ROWS,
  /** Bytes an XLSX may inflate to, all its parts together: a zip bomb stops here. */
  maxUncompressedBytes: 500 * 1024 * 1024,
  /** Cell errors listed in `ParsedImport.errors`; `errorsByCode` counts them all. A file this broken needs fixing, not reading. */
  maxListedErrors: 100_000,
} as const;

/** What the rows are checked against in the browser: the client's agencies and pools within the admin's scope. */
export interface ImportContext {
  kind: ImportKind;
  agencies: readonly Pick<Agency, 'id' | 'name'>[];
  pools: readonly Pick<LicencePool, 'id' | 'key' | 'name' | 'remaining'>[];
  /** An agency-scoped admin must name one of its agencies on every row. */
  agencyScoped: boolean;
}

export type ImportPhase = 'reading' | 'parsing' | 'validating';

export interface ImportProgress {
  phase: ImportPhase;
  /** Bytes for `reading`/`parsing`, rows for `validating`. */
  done: number;
  total: number;
}

/** A file header as found, and the column it maps to (by alias), or null when unknown. */
export interface ImportHeader {
  /** 0-based position in the file. */
  index: number;
  /** The header text as written in the file (BOM removed). */
  text: string;
  column: ImportColumn | null;
}

/** A pool the valid rows would need more seats of than it has left (a warning: imported users are pending and take seats only when invited). */
export interface ImportSeatShortfall {
  poolId: string;
  key: string;
  name: string;
  needed: number;
  remaining: number;
}

/** The outcome of reading and checking one file in the browser. */
export interface ParsedImport {
  fileName: string;
  format: ImportFormat;
  /** CSV only: the encoding and delimiter detected. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter?: ',' | ';' | '\t';
  headers: ImportHeader[];
  /** Header texts that map to no column: listed, ignored. */
  unknownColumns: string[];
  /** Data rows read (the header and empty rows not counted; empty rows still count in the row numbers). */
  rowCount: number;
  /** Rows that passed every browser check, cells keyed by column: what is sent to the server. */
  validRows: ImportRow[];
  /** Every cell error (the first `IMPORT_LIMITS.maxListedErrors`), sorted by row then column; `row` is the spreadsheet's number (header = 1). */
  errors: CellError[];
  errorRows: number;
  errorsByCode: Partial<Record<CellErrorCode, number>>;
  seatShortfalls: ImportSeatShortfall[];
}

/** Why a whole file was refused before any row was checked. */
export type ImportFileErrorCode =
  | 'file_too_large'
  | 'too_many_rows'
  | 'uncompressed_too_large'
  | 'unreadable'
  | 'empty'
  | 'no_header'
  | 'unsupported_format'
  // The page's Content-Security-Policy (Trusted Types) does not let the kit start its reader: docs/security.md.
  | 'blocked_by_page_policy';

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    /** Numbers for the localised message: the limit, the size found. */
    readonly params: Readonly<Record<string, number | string>> = {},
  ) {
    super(message);
  }
}

/** The one size check, made before any byte is read: in the page (no worker started) and again in the reader (Node, tests). */
export function checkFileSize(size: number): void {
  if (size > IMPORT_LIMITS.maxFileBytes) {
    throw new ImportFileError('file_too_large', `The file is larger than ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB`, { max: IMPORT_LIMITS.maxFileBytes, size });
  }
}

/** Whether a file is named as an Excel workbook (.xls, .xlsx, .xlsm, .xlsb): the page starts no second CSV thread for it, the reader refuses one that is not. */
export const namedAsWorkbook = (name: string) => /\.xls[xmb]?$/i.test(name);

export interface ReadImportOptions {
  context: ImportContext;
  /** Aborting terminates the worker: the work really stops. Rejects with an AbortError DOMException. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}
