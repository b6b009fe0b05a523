import { type RowSink, type SheetResult, tableRows } from './import-sheet.js';
import { readCsv, type StartHalfThread } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { checkFileSize, type ImportContext, ImportFileError, type ImportProgress, namedAsWorkbook, type ParsedImport } from './types.js';

const startsWith = (head: Uint8Array, bytes: readonly number[]) => bytes.every((byte, i) => head[i] === byte);

/**
 * Reads and checks one import file, told CSV from XLSX by its first bytes (a
 * renamed file is read for what it is), its valid rows as a table, or handed
 * to `sink` batch by batch. No DOM: the worker runs it, and so do the Node
 * tests and the benchmark. The second half of a large CSV is checked on
 * `startHalfThread`'s thread, when it gives one, while this one checks the first.
 */
export async function readImportTable(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  sink?: RowSink,
  startHalfThread?: StartHalfThread,
): Promise<SheetResult> {
  checkFileSize(file.size);
  if (file.size === 0) throw new ImportFileError('empty', 'The file is empty');
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  // A zip: XLSX (and ODS, which the workbook check then refuses).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(file, fileName, context, onProgress, sink);
  // The binary Excel 97-2003 format (.xls), and other OLE documents.
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportFileError('unsupported_format', 'Excel 97-2003 workbooks (.xls) cannot be read: save the file as .xlsx or .csv', { format: 'xls' });
  }
  if (namedAsWorkbook(fileName)) throw new ImportFileError('unreadable', 'The file is named as a workbook but is not one');
  return readCsv(file, fileName, context, onProgress, sink, startHalfThread);
}

/** `readImportTable` with the valid rows as the contract's `ImportRow`s. */
export async function checkImportFile(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ParsedImport> {
  const { validTable, ...result } = await readImportTable(file, fileName, context, onProgress);
  return { ...result, validRows: tableRows(validTable) };
}
