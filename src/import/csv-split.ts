import { type CsvChunk, type CsvDelimiter, CsvSplitter, detectDelimiter } from './csv-records.js';
import type { ParsedImport } from './types.js';

/**
 * A CSV file as chunks of records (csv-records.ts): read, decoded and split
 * a chunk at a time, the whole file or, for the thread that checks its second
 * half (csv-halves.ts), from a record boundary on.
 */

export type CsvEncoding = NonNullable<ParsedImport['encoding']>;

/** Bytes decoded and split at a time: big enough to amortise the calls, small enough to keep memory flat. */
const CHUNK_BYTES = 1024 * 1024;

/** One chunk's records, with the file's delimiter and where in the file its bytes end. */
export interface SplitChunk extends CsvChunk {
  delimiter: CsvDelimiter;
  done: number;
  /** The chunk ends inside a record: the next one completes it. */
  midRecord: boolean;
}

export interface SplitOptions {
  /** Where to start: 0, or a record boundary (the file's second half), the delimiter then given. */
  from?: number;
  delimiter?: CsvDelimiter;
  /** Where a chunk must end, asked before and after each read: the first half of a file ends where the second begins. */
  stopAt?: () => number | null;
}

/** Not UTF-8 after all: the file is read again as Windows-1252. */
export class NotUtf8 extends Error {}

/** The file's chunks, from `options.from` to its end. */
export async function* splitHere(file: Blob, encoding: CsvEncoding, { from = 0, delimiter: given, stopAt = () => null }: SplitOptions = {}): AsyncGenerator<SplitChunk> {
  // Fatal only where another encoding is possible: without a BOM, UTF-8 that does not decode is Windows-1252.
  const fatal = encoding === 'utf-8';
  // From the start, the decoder consumes the BOM: it never reaches the first header. Within the file, every character is text.
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: from > 0 });
  let splitter: CsvSplitter | null = given ? new CsvSplitter(given) : null;
  let delimiter: CsvDelimiter = given ?? ',';
  const total = file.size;
  const chunkEnd = (offset: number) => {
    const stop = stopAt();
    return stop !== null && stop > offset && stop < offset + CHUNK_BYTES ? stop : Math.min(offset + CHUNK_BYTES, total);
  };
  const chunkAt = (offset: number) => {
    const read = file.slice(offset, chunkEnd(offset)).arrayBuffer();
    // A read still under way when a chunk before it fails (not UTF-8) is dropped: its own failure must not surface as unhandled.
    read.catch(() => undefined);
    return read;
  };
  let reading = chunkAt(from);
  for (let offset = from; offset < total || splitter === null; ) {
    let bytes = new Uint8Array(await reading);
    // A stop learned while the chunk was read.
    const end = Math.min(offset + bytes.length, chunkEnd(offset));
    if (end < offset + bytes.length) bytes = bytes.subarray(0, end - offset);
    const final = end >= total;
    // The next chunk is read (off the thread, in the browser as in Node) while this one is split and checked:
    // the wait for it then overlaps the work instead of adding to it, which a busy machine made long.
    if (!final) reading = chunkAt(end);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !final });
    } catch (error) {
      if (fatal) throw new NotUtf8();
      throw error;
    }
    if (splitter === null) {
      delimiter = detectDelimiter(text);
      splitter = new CsvSplitter(delimiter);
    }
    yield { ...splitter.push(text, final), delimiter, done: end, midRecord: splitter.midRecord };
    if (final) break;
    offset = end;
  }
}
