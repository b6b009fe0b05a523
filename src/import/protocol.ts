import { IMPORT_COLUMNS, type ImportColumn, type ImportRow } from '../api/schemas/import.js';
import type { ImportContext, ImportFileErrorCode, ImportProgress, ParsedImport } from './types.js';

/**
 * Messages between `readImportFile` (the page) and the import worker. The
 * result travels in many small messages (`rows`, then `done`), each a task of
 * a few milliseconds on the page: one structured clone of 100,000 rows would
 * freeze it for a second.
 */

export interface ImportRequestMessage {
  file: Blob;
  fileName: string;
  context: ImportContext;
}

/**
 * Rows as a table: each distinct value once (a file repeats its companies,
 * cities and languages thousands of times), cells as indexes into it. The
 * page rebuilds the rows from it sharing those strings, so 100,000 rows cost
 * a fraction of the heap and of the time a clone of the row objects would.
 */
export interface PackedRows {
  columns: ImportColumn[];
  rows: Int32Array;
  values: string[];
  /** `rows.length x columns.length`, row by row: 1 + the value's index, 0 for no cell. */
  cells: Uint32Array;
}

export function packRows(rows: readonly ImportRow[]): PackedRows {
  const present = new Set<string>();
  for (const { cells } of rows) for (const column in cells) present.add(column);
  const columns = IMPORT_COLUMNS.filter((column) => present.has(column));
  const index = new Map<string, number>();
  const values: string[] = [];
  const cells = new Uint32Array(rows.length * columns.length);
  rows.forEach(({ cells: row }, r) => {
    columns.forEach((column, c) => {
      const value = row[column];
      if (value === undefined) return;
      let at = index.get(value);
      if (at === undefined) index.set(value, (at = values.push(value) - 1));
      cells[r * columns.length + c] = at + 1;
    });
  });
  return { columns, rows: Int32Array.from(rows, ({ row }) => row), values, cells };
}

export function unpackRows({ columns, rows, values, cells }: PackedRows): ImportRow[] {
  const unpacked: ImportRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: ImportRow['cells'] = {};
    for (let c = 0; c < columns.length; c++) {
      const at = cells[r * columns.length + c]!;
      if (at !== 0) row[columns[c]!] = values[at - 1]!;
    }
    unpacked.push({ row: rows[r]!, cells: row });
  }
  return unpacked;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'rows'; validRows: PackedRows; errors: ParsedImport['errors'] }
  | { type: 'done'; result: Omit<ParsedImport, 'validRows' | 'errors'> }
  | { type: 'failed'; error: { code: ImportFileErrorCode; message: string; params: Record<string, number | string> } };

/** Rows and errors per `rows` message: a few milliseconds of work for the page each. */
export const RESULT_CHUNK = 1_000;
