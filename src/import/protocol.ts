import type { ImportFileErrorCode, ImportContext, ImportProgress, ParsedImport } from './types.js';

/**
 * Messages between `readImportFile` (the page) and the import worker. The
 * result travels in several messages (`rows`, then `done`): one structured
 * clone of 100,000 rows would be deserialised in a single main-thread task
 * long enough to freeze the page.
 */

export interface ImportRequestMessage {
  file: Blob;
  fileName: string;
  context: ImportContext;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'rows'; validRows: ParsedImport['validRows']; errors: ParsedImport['errors'] }
  | { type: 'done'; result: Omit<ParsedImport, 'validRows' | 'errors'> }
  | { type: 'failed'; error: { code: ImportFileErrorCode; message: string; params: Record<string, number | string> } };

/** Rows and errors per `rows` message: small enough that the page deserialises each in a few milliseconds. */
export const RESULT_CHUNK = 2_000;
