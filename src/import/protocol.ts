import type { ImportColumn, ImportRow } from '../api/schemas/import.js';
import type { RowTable, SheetResult } from './import-sheet.js';
import type { ImportContext, ImportFileErrorCode, ImportProgress, ParsedImport } from './types.js';

/**
 * Messages between `readImportFile` (the page) and the import worker. The
 * result travels in many small messages (`rows` as soon as a batch is
 * checked, `errors`, then `done`), each a task of a few milliseconds on the
 * page: one structured clone of 100,000 rows would freeze it for a second.
 */

export interface ImportRequestMessage {
  type: 'import';
  file: Blob;
  fileName: string;
  context: ImportContext;
  /** For a large file: a port to a second copy of the worker that checks the second half of a CSV while this one checks the first (csv-halves.ts). */
  halfPort?: MessagePort;
}

/**
 * What else the page tells its workers: the second copy is given its port
 * (`half-port`), and the first is told when the second died (`half-failed`).
 */
export type ImportControlMessage = { type: 'half-port'; port: MessagePort } | { type: 'half-failed' };

/**
 * Rows as a table: each distinct value of a column once (a file repeats its
 * companies, cities and languages thousands of times), cells as indexes into
 * it. The page rebuilds the rows from it sharing those strings, so 100,000
 * rows cost a fraction of the heap and of the time a clone of the row objects
 * would.
 */
export interface PackedRows {
  columns: ImportColumn[];
  rows: Int32Array;
  values: string[];
  /** `rows.length x columns.length`, row by row: 1 + the value's index, 0 for no cell. */
  cells: Uint32Array;
}

/**
 * Values a column must have looked up before the packing judges it: when
 * they all differ (emails, logins), the column's values go in as they come,
 * without a lookup that would hash each one to find nothing.
 */
const DISTINCT_SAMPLE = 128;

/** A batch of the worker's valid rows, each distinct value of a column once. */
export function packRows({ columns, rows, cells }: RowTable): PackedRows {
  const width = columns.length;
  const values: string[] = [];
  const packed = new Uint32Array(cells.length);
  // Column by column: each lookup table holds one column's values, small and cache-friendly.
  for (let column = 0; column < width; column++) {
    let index: Map<string, number> | null = new Map();
    let looked = 0;
    for (let i = column; i < cells.length; i += width) {
      const value = cells[i];
      if (value === undefined) continue;
      if (index === null) {
        packed[i] = values.push(value);
        continue;
      }
      let at = index.get(value);
      if (at === undefined) index.set(value, (at = values.push(value)));
      packed[i] = at;
      if (++looked === DISTINCT_SAMPLE && index.size === DISTINCT_SAMPLE) index = null;
    }
  }
  return { columns, rows: Int32Array.from(rows), values, cells: packed };
}

/** A packed batch as a table again (the file's second half checked on another thread, taken in without a sink for packed rows). */
export function packedTable({ columns, rows, values, cells }: PackedRows): RowTable {
  return { columns, rows: Array.from(rows), cells: Array.from(cells, (at) => (at === 0 ? undefined : values[at - 1])) };
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
  | { type: 'rows'; validRows: PackedRows }
  | { type: 'errors'; errors: ParsedImport['errors'] }
  /** The rows sent so far are void: the file is read again (it was not UTF-8 after all). */
  | { type: 'restart' }
  | { type: 'done'; result: Omit<ParsedImport, 'validRows' | 'errors'> }
  | { type: 'failed'; error: { code: ImportFileErrorCode; message: string; params: Record<string, number | string> } };

/** Rows and errors per `rows` message, sent as soon as they are checked: a few milliseconds of work for the page each. */
export const RESULT_CHUNK = 1_000;

/**
 * The end of a read, once the sink has had every valid row: the errors in
 * chunks, last (the file's end may turn a column's per-row errors into one,
 * a column empty in every row), then `done`.
 */
export function closingMessages({ validTable: _sent, errors, ...result }: SheetResult): ImportWorkerMessage[] {
  const messages: ImportWorkerMessage[] = [];
  for (let i = 0; i < errors.length; i += RESULT_CHUNK) messages.push({ type: 'errors', errors: errors.slice(i, i + RESULT_CHUNK) });
  messages.push({ type: 'done', result });
  return messages;
}
