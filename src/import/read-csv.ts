import { type CsvDelimiter, CsvRecordReader, detectDelimiter } from './csv-records.js';
import { ImportSheet, type RowSink, type SheetResult } from './import-sheet.js';
import type { ImportContext, ImportProgress, ParsedImport } from './types.js';

export type CsvEncoding = NonNullable<ParsedImport['encoding']>;

/** Bytes decoded and parsed at a time: big enough to amortise the calls, small enough to keep memory flat. */
const CHUNK_BYTES = 1024 * 1024;

/** The encoding a BOM announces, or null when the file starts without one. */
export function encodingFromBom(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** Not UTF-8 after all: read again as Windows-1252. */
class NotUtf8 extends Error {}

async function readAs(
  file: Blob,
  encoding: CsvEncoding,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink: RowSink | undefined,
): Promise<{ sheet: ImportSheet; delimiter: CsvDelimiter }> {
  // Fatal only where another encoding is possible: without a BOM, UTF-8 that does not decode is Windows-1252.
  const fatal = encoding === 'utf-8';
  // The decoder consumes the BOM: it never reaches the first header.
  const decoder = new TextDecoder(encoding, { fatal });
  const sheet = new ImportSheet(context, sink && ((batch) => sink.rows(batch)));
  let row = 0;
  let reader: CsvRecordReader | null = null;
  let delimiter: CsvDelimiter = ',';
  const total = file.size;
  const chunkAt = (offset: number) => {
    const read = file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
    // A read still under way when a chunk before it fails (not UTF-8) is dropped: its own failure must not surface as unhandled.
    read.catch(() => undefined);
    return read;
  };
  let reading = chunkAt(0);
  for (let offset = 0; offset < total || reader === null; offset += CHUNK_BYTES) {
    const final = offset + CHUNK_BYTES >= total;
    const bytes = new Uint8Array(await reading);
    // The next chunk is read (off the thread, in the browser as in Node) while this one is parsed and checked:
    // the wait for it then overlaps the work instead of adding to it, which a busy machine made long.
    if (!final) reading = chunkAt(offset + CHUNK_BYTES);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !final });
    } catch (error) {
      if (fatal) throw new NotUtf8();
      throw error;
    }
    if (reader === null) {
      delimiter = detectDelimiter(text);
      reader = new CsvRecordReader(delimiter, (cells) => sheet.add(cells, ++row));
    }
    reader.push(text, final);
    onProgress({ phase: 'parsing', done: Math.min(offset + CHUNK_BYTES, total), total });
    if (final) break;
  }
  return { sheet, delimiter };
}

/** Reads and checks a CSV file: encoding and delimiter detected, rows checked as they are read. */
export async function readCsv(
  file: Blob,
  fileName: string,
  context: ImportContext,
  onProgress: (progress: ImportProgress) => void,
  sink?: RowSink,
): Promise<SheetResult> {
  const bom = encodingFromBom(new Uint8Array(await file.slice(0, 3).arrayBuffer()));
  let encoding: CsvEncoding = bom ?? 'utf-8';
  let read: { sheet: ImportSheet; delimiter: CsvDelimiter };
  try {
    read = await readAs(file, encoding, context, onProgress, sink);
  } catch (error) {
    if (!(error instanceof NotUtf8) || bom !== null) throw error;
    encoding = 'windows-1252';
    sink?.restart();
    read = await readAs(file, encoding, context, onProgress, sink);
  }
  return { ...read.sheet.result(fileName, 'csv'), encoding, delimiter: read.delimiter };
}
