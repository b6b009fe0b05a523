import { type HalfThread, SecondHalf } from './csv-halves.js';
import type { CsvDelimiter } from './csv-records.js';
import { type CsvEncoding, NotUtf8, splitHere } from './csv-split.js';
import { ImportSheet, type RowSink, type SheetResult } from './import-sheet.js';
import type { ImportContext, ImportProgress } from './types.js';

/** The encoding a BOM announces, or null when the file starts without one. */
export function encodingFromBom(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Gives the thread that checks the second half of a CSV, or null where there
 * is none (a small file, a second read of the file): the file is then
 * checked whole on the calling thread, with the same result.
 */
export type StartHalfThread = () => HalfThread | null;

async function readAs(
  file: Blob,
  encoding: CsvEncoding,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink: RowSink | undefined,
  thread: HalfThread | null,
): Promise<{ sheet: ImportSheet; delimiter: CsvDelimiter }> {
  const sheet = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
  const half = thread && new SecondHalf(thread, file, encoding, context);
  let row = 0;
  let delimiter: CsvDelimiter = ',';
  // The first half stops where the second starts, while the second thread has it.
  const chunks = splitHere(file, encoding, { stopAt: () => (half?.active ? half.boundary : null) });
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value;
      delimiter = chunk.delimiter;
      row = sheet.addCsv(chunk, row);
      onProgress({ phase: 'parsing', done: chunk.done + (half?.progress ?? 0), total: file.size });
      if (!half?.active) continue;
      if (chunk.done !== half.boundary) {
        await half.tell(chunk.done);
        continue;
      }
      // The boundary the second thread picked must end a record here too; otherwise, or if that thread failed, the rest is checked here.
      if (!chunk.midRecord && (await half.merge(sheet, row, sink?.packed && ((batch) => sink.packed!(batch))))) break;
      half.abandon();
    }
  } finally {
    half?.abandon();
    await chunks.return(undefined);
  }
  return { sheet, delimiter };
}

/** Reads and checks a CSV file: encoding and delimiter detected, rows checked as they are read (the second half on `startHalfThread`'s thread if it gives one). */
export async function readCsv(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink?: RowSink,
  startHalfThread: StartHalfThread = () => null,
): Promise<SheetResult> {
  const bom = encodingFromBom(new Uint8Array(await file.slice(0, 3).arrayBuffer()));
  let encoding: CsvEncoding = bom ?? 'utf-8';
  const read = () => readAs(file, encoding, context, onProgress, sink, startHalfThread());
  let result: { sheet: ImportSheet; delimiter: CsvDelimiter };
  try {
    result = await read();
  } catch (error) {
    if (!(error instanceof NotUtf8) || bom !== null) throw error;
    encoding = 'windows-1252';
    sink?.restart();
    result = await read();
  }
  return { ...result.sheet.result(fileName, 'csv'), encoding, delimiter: result.delimiter };
}
