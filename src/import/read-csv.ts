import type { CsvDelimiter } from './csv-records.js';
import { type CsvEncoding, type CsvSplitThread, NotUtf8, type SplitChunk, splitHere, splitWithThread } from './csv-split.js';
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
 * Gives the thread a CSV is split on, or null where there is none (a small
 * file, Node, a second read of the file): the file is then split on the
 * calling thread, with the same result.
 */
export type StartSplitThread = () => CsvSplitThread | null;

async function readAs(
  file: Blob,
  encoding: CsvEncoding,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink: RowSink | undefined,
  thread: CsvSplitThread | null,
): Promise<{ sheet: ImportSheet; delimiter: CsvDelimiter }> {
  const sheet = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
  let row = 0;
  let delimiter: CsvDelimiter = ',';
  const chunks: AsyncGenerator<SplitChunk> = thread ? splitWithThread(thread, file, encoding) : splitHere(file, encoding);
  for await (const chunk of chunks) {
    delimiter = chunk.delimiter;
    row = sheet.addCsv(chunk, row);
    onProgress({ phase: 'parsing', done: chunk.done, total: file.size });
  }
  return { sheet, delimiter };
}

/** Reads and checks a CSV file: encoding and delimiter detected, rows checked as they are read (split on `startSplitThread`'s thread if it gives one). */
export async function readCsv(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink?: RowSink,
  startSplitThread: StartSplitThread = () => null,
): Promise<SheetResult> {
  const bom = encodingFromBom(new Uint8Array(await file.slice(0, 3).arrayBuffer()));
  let encoding: CsvEncoding = bom ?? 'utf-8';
  const read = () => readAs(file, encoding, context, onProgress, sink, startSplitThread());
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
