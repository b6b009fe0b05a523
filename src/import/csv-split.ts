import { type CsvChunk, type CsvDelimiter, CsvSplitter, detectDelimiter } from './csv-records.js';
import type { ParsedImport } from './types.js';

/**
 * A CSV file as chunks of records (csv-records.ts), split on this thread or
 * on a thread of its own. Splitting (reading, decoding, finding the fields)
 * is about a fifth of an import's work and checking the rows the rest: with
 * a second thread, the import worker checks one chunk while the next is
 * being split, so a CSV takes about the time of its check alone
 * (bench/README.md, "Import").
 */

export type CsvEncoding = NonNullable<ParsedImport['encoding']>;

/** Bytes decoded and split at a time: big enough to amortise the calls, small enough to keep memory flat. */
const CHUNK_BYTES = 1024 * 1024;

/** Chunks the splitting thread may send before the checking one has taken them: enough to never wait, few enough to hold a few MB. */
const CHUNKS_AHEAD = 2;

/** One chunk's records, with the file's delimiter and how many of its bytes are read so far. */
export interface SplitChunk extends CsvChunk {
  /** 0 for the file's first chunk, then 1, 2... */
  index: number;
  delimiter: CsvDelimiter;
  done: number;
}

/** Not UTF-8 after all: the file is read again as Windows-1252. */
export class NotUtf8 extends Error {}

/** The file's chunks, split on this thread. */
export async function* splitHere(file: Blob, encoding: CsvEncoding): AsyncGenerator<SplitChunk> {
  // Fatal only where another encoding is possible: without a BOM, UTF-8 that does not decode is Windows-1252.
  const fatal = encoding === 'utf-8';
  // The decoder consumes the BOM: it never reaches the first header.
  const decoder = new TextDecoder(encoding, { fatal });
  let splitter: CsvSplitter | null = null;
  let delimiter: CsvDelimiter = ',';
  const total = file.size;
  const chunkAt = (offset: number) => {
    const read = file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
    // A read still under way when a chunk before it fails (not UTF-8) is dropped: its own failure must not surface as unhandled.
    read.catch(() => undefined);
    return read;
  };
  let reading = chunkAt(0);
  for (let offset = 0; offset < total || splitter === null; offset += CHUNK_BYTES) {
    const final = offset + CHUNK_BYTES >= total;
    const bytes = new Uint8Array(await reading);
    // The next chunk is read (off the thread, in the browser as in Node) while this one is split and checked:
    // the wait for it then overlaps the work instead of adding to it, which a busy machine made long.
    if (!final) reading = chunkAt(offset + CHUNK_BYTES);
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
    yield { ...splitter.push(text, final), index: offset / CHUNK_BYTES, delimiter, done: Math.min(offset + CHUNK_BYTES, total) };
    if (final) break;
  }
}

/**
 * What the import worker sends the thread that splits for it: the file, then
 * the index of the chunk it needs next (the thread sends none before it, and
 * at most `CHUNKS_AHEAD` from it on).
 */
export type CsvSplitRequest = { type: 'split-csv'; file: Blob; encoding: CsvEncoding } | { type: 'next'; index: number };

/** What that thread answers. */
export type CsvSplitAnswer = { type: 'chunk'; chunk: SplitChunk } | { type: 'not-utf8' } | { type: 'failed'; message: string };

/** What the import uses of the splitting thread: in the browser, a port to the import worker's second copy (`portThread`). */
export interface CsvSplitThread {
  postMessage(message: CsvSplitRequest): void;
  onmessage: ((event: MessageEvent<CsvSplitAnswer>) => void) | null;
  /** Called when the thread died: before it caught up, the file is split here; after, the import fails. */
  onerror: (() => void) | null;
  terminate(): void;
}

/** The checking side of a MessageChannel whose other end the splitting thread serves (`serveCsvSplitOn`). */
export function portThread(port: MessagePort): CsvSplitThread {
  const thread: CsvSplitThread = {
    postMessage: (message) => port.postMessage(message),
    onmessage: null,
    onerror: null,
    terminate: () => port.close(),
  };
  port.onmessage = (event: MessageEvent<CsvSplitAnswer>) => thread.onmessage?.(event);
  return thread;
}

/** The splitting thread's side: where it answers, and how it hands the fields' buffer over (transferred, not copied). */
export interface CsvSplitPort {
  postMessage(message: CsvSplitAnswer, transfer: Transferable[]): void;
}

/**
 * The splitting thread: splits the file of a `split-csv` request from its
 * start, and sends the chunks from the one the import worker needs next, at
 * most `CHUNKS_AHEAD` of them beyond it. The chunks before it are split for
 * their state (a record may run on), not sent: the worker split them itself.
 */
export function serveCsvSplit(port: CsvSplitPort): (request: CsvSplitRequest) => void {
  let needed = 0;
  let wake: (() => void) | null = null;
  return (request) => {
    if (request.type === 'next') {
      needed = Math.max(needed, request.index);
      wake?.();
      return;
    }
    void (async () => {
      try {
        for await (const chunk of splitHere(request.file, request.encoding)) {
          if (chunk.index < needed) continue;
          while (chunk.index >= needed + CHUNKS_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          port.postMessage({ type: 'chunk', chunk }, [chunk.fields.buffer]);
        }
      } catch (error) {
        port.postMessage(error instanceof NotUtf8 ? { type: 'not-utf8' } : { type: 'failed', message: error instanceof Error ? error.message : String(error) }, []);
      }
    })();
  };
}

/** The splitting side of that MessageChannel. */
export function serveCsvSplitOn(port: MessagePort): void {
  const serve = serveCsvSplit({ postMessage: (message, transfer) => port.postMessage(message, transfer) });
  port.onmessage = ({ data }: MessageEvent<CsvSplitRequest>) => serve(data);
}

/** Lets the messages already queued for this thread run (a promise that is already settled would not). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/**
 * The file's chunks, split here until `thread` has caught up, then by it.
 * Both split the same file from its start, so the thread's chunk n follows
 * this thread's chunk n - 1 exactly: the import starts at once instead of
 * waiting for the thread to start (tens of milliseconds, and its code runs
 * cold at first), and a thread that never answers (a script that did not
 * load) only means the file is split here throughout.
 */
export async function* splitWithThread(thread: CsvSplitThread, file: Blob, encoding: CsvEncoding): AsyncGenerator<SplitChunk> {
  const arrived: CsvSplitAnswer[] = [];
  let wake: (() => void) | null = null;
  /** The thread failed or ended: nothing more will come. */
  let silent = false;
  thread.onmessage = ({ data }) => {
    arrived.push(data);
    wake?.();
  };
  thread.onerror = () => {
    silent = true;
    wake?.();
  };
  const here = splitHere(file, encoding);
  let next = 0;
  try {
    thread.postMessage({ type: 'split-csv', file, encoding });
    // Split here while the thread has not caught up.
    for (;;) {
      // Chunks this thread split already are dropped; not UTF-8, or failed: this thread meets the same when it gets there.
      for (let first = arrived[0]; first !== undefined && (first.type !== 'chunk' || first.chunk.index < next); first = arrived[0]) {
        if (first.type !== 'chunk') silent = true;
        arrived.shift();
      }
      if (!silent && arrived.length > 0) break;
      const own = await here.next();
      if (own.done) return;
      next++;
      if (!silent) thread.postMessage({ type: 'next', index: next });
      yield own.value;
      if (!silent) await nextTask();
    }
    await here.return(undefined);
    // From here on the thread's chunks, in order.
    for (;;) {
      while (arrived.length === 0 && !silent) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const answer = arrived.shift();
      if (answer === undefined) throw new Error('The CSV splitting thread stopped');
      if (answer.type === 'not-utf8') throw new NotUtf8();
      if (answer.type === 'failed') throw new Error(answer.message);
      // Told before this chunk is checked: the ones after it are split meanwhile.
      thread.postMessage({ type: 'next', index: answer.chunk.index + 1 });
      yield answer.chunk;
      if (answer.chunk.done >= file.size) return;
    }
  } finally {
    thread.terminate();
    await here.return(undefined);
  }
}
