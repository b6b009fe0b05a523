import type { ImportRow } from '../api/schemas/import.js';
import type { CsvDelimiter } from './csv-records.js';
import { type CsvEncoding, splitHere } from './csv-split.js';
import { ImportSheet } from './import-sheet.js';
import { type PackedRows, packRows, unpackRows } from './protocol.js';
import type { ImportContext } from './types.js';
import type { FirstRowConflict, HalfFirsts, HalfTotals } from './validate-rows.js';

/**
 * A large CSV checked in two halves at once: the import worker checks the
 * file from its start while a second thread (in the browser, a second copy
 * of the worker) checks it from a record boundary near the middle of what is
 * left when it is ready. Checking the rows is most of an import's work, so
 * with a core free for each the file takes about the time of its larger half
 * and the merge (bench/README.md, "Import", for what 2 busy cores give).
 *
 * The halves are then settled as one check of the whole file would have
 * checked them: the second half's rows numbered after the first's, its
 * emails and logins that the first half had become "duplicate of row N"
 * (and so do its later rows that named them), the seats of the rows that
 * fail then given back, a required column empty in both halves one error.
 * Whatever goes wrong on the second thread (it fails, dies, or finds the
 * boundary was not one) only means the first thread checks the rest itself.
 *
 * The first thread:                    The second thread:
 *   check-half, position...          ->  reads the header, picks the boundary from the last position
 *                                    <-  boundary, progress... and rows..., checked (first emails and logins)
 *   merge (offset, conflicts)        ->  settles its errors
 *                                    <-  merged (totals, rows failed at the merge)
 */

/** What the import worker tells the thread that checks the second half. */
export type HalfRequest =
  | { type: 'check-half'; file: Blob; encoding: CsvEncoding; context: ImportContext }
  /** Where the first thread has read to: the second half is chosen from the last one. */
  | { type: 'position'; done: number }
  /** The first half is checked: the records before the second (`offset`), and the second's first emails and logins it had already. */
  | { type: 'merge'; offset: number; conflicts: FirstRowConflict[] }
  /** The first thread checks the rest itself. */
  | { type: 'stop' };

/** What that thread answers. */
export type HalfAnswer =
  /** Where the second half starts, or null: none (too little left, UTF-16, no header or line end found). */
  | { type: 'boundary'; at: number | null }
  /** Bytes of the second half read so far. */
  | { type: 'progress'; done: number }
  | { type: 'checked'; firsts: HalfFirsts; rowCount: number }
  /** Its valid rows as they are checked, numbered in the second half (the first thread numbers them in the file once merged). */
  | { type: 'rows'; batch: PackedRows }
  /** Settled: what it adds to the first half, and those of its rows that failed at the merge (numbered in the second half). */
  | { type: 'merged'; totals: HalfTotals; failed: number[] }
  /** Anything that went wrong, not UTF-8 included: the first thread meets it too when it reads on. */
  | { type: 'failed'; message: string };

/** What the import uses of that thread: in the browser, a port to the import worker's second copy (`portThread`). */
export interface HalfThread {
  postMessage(message: HalfRequest): void;
  onmessage: ((event: MessageEvent<HalfAnswer>) => void) | null;
  /** Called when the thread died. */
  onerror: (() => void) | null;
  terminate(): void;
}

/**
 * The part of what is left that the second thread takes when it starts: less
 * than half, as its first rows run cold (and the first thread's had) and the
 * merge is the first thread's (bench/README.md, "Import").
 */
const SECOND_HALF_SHARE = 0.42;

/** Where the second thread looks for the header: the file's start, the header's line in it. */
const HEADER_SCAN_BYTES = 64 * 1024;

/** Less than this left for the second thread, and the first checks the file alone: a split would save less than it costs. */
const MIN_SECOND_HALF_BYTES = 1024 * 1024;

/** How far past its target the second thread looks for a line end outside quotes. */
const BOUNDARY_SCAN_BYTES = 64 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * The first record boundary from `target` on: just past a line feed outside
 * quotes, counting the quotes from the file's start. A quote inside an
 * unquoted field (`O"Brien`) makes the count wrong, and the first thread,
 * splitting up to there itself, then finds no record ending there and checks
 * the rest of the file alone. UTF-8 and Windows-1252 only: their quote and
 * line feed are these bytes, in no other character.
 */
async function recordBoundary(file: Blob, target: number): Promise<number | null> {
  const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, target + BOUNDARY_SCAN_BYTES)).arrayBuffer());
  let quoted = false;
  for (let at = bytes.indexOf(QUOTE); at !== -1 && at < target; at = bytes.indexOf(QUOTE, at + 1)) quoted = !quoted;
  for (let at = target; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === LF && !quoted) return at + 1 < file.size ? at + 1 : null;
  }
  return null;
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

/** The file's header (its first record that is not blank) into `sheet`; answers the file's delimiter, or null if the header is not within its first bytes. */
async function readHeader(file: Blob, encoding: CsvEncoding, sheet: ImportSheet): Promise<CsvDelimiter | null> {
  // Its first bytes read as the first thread reads them (BOM consumed, the same delimiter and records).
  const chunks = splitHere(file, encoding, { stopAt: () => HEADER_SCAN_BYTES });
  try {
    const { value: start } = await chunks.next();
    return start && sheet.addHeaderFrom(start) ? start.delimiter : null;
  } finally {
    await chunks.return(undefined);
  }
}

/** The checking side of a MessageChannel whose other end the second thread serves (`serveSecondHalfOn`). */
export function portThread(port: MessagePort): HalfThread {
  const thread: HalfThread = {
    postMessage: (message) => port.postMessage(message),
    onmessage: null,
    onerror: null,
    terminate: () => port.close(),
  };
  port.onmessage = (event: MessageEvent<HalfAnswer>) => thread.onmessage?.(event);
  return thread;
}

/** The second thread's side: where it answers, and how it hands typed arrays over (transferred, not copied). */
export interface HalfPort {
  postMessage(message: HalfAnswer, transfer: Transferable[]): void;
}

/** A settled batch: numbered in the file, without the rows that failed at the merge. */
function settledBatch({ columns, rows, values, cells }: PackedRows, offset: number, failed: ReadonlySet<number>): PackedRows {
  const kept: number[] = [];
  for (let r = 0; r < rows.length; r++) if (!failed.has(rows[r]!)) kept.push(r);
  if (kept.length < rows.length) {
    const width = columns.length;
    const keptCells = new Uint32Array(kept.length * width);
    kept.forEach((r, k) => keptCells.set(cells.subarray(r * width, (r + 1) * width), k * width));
    cells = keptCells;
    rows = Int32Array.from(kept, (r) => rows[r]!);
  }
  const numbered = rows.map((row) => row + offset);
  return { columns, rows: numbered, values, cells };
}

/** The row `row` among the batches (sorted, each in order), as the contract's row, or undefined. */
function heldRow(batches: readonly PackedRows[], row: number): ImportRow | undefined {
  for (const batch of batches) {
    const { rows } = batch;
    if (rows.length === 0 || row > rows[rows.length - 1]!) continue;
    let low = 0;
    let high = rows.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rows[middle]! < row) low = middle + 1;
      else high = middle;
    }
    if (rows[low] !== row) return undefined;
    const width = batch.columns.length;
    return unpackRows({ ...batch, rows: rows.subarray(low, low + 1), cells: batch.cells.subarray(low * width, (low + 1) * width) })[0];
  }
  return undefined;
}

/**
 * The second thread: checks the second half of the file of a `check-half`
 * request, the header read from the file's start, from a boundary it picks
 * from the first thread's last position; then settles it when told the
 * first half's merge.
 */
export function serveSecondHalf(port: HalfPort): (request: HalfRequest) => void {
  let position = 0;
  let stopped = false;
  let merge: Extract<HalfRequest, { type: 'merge' }> | null = null;
  let wake: (() => void) | null = null;
  const post = (message: HalfAnswer, transfer: Transferable[] = []) => {
    if (!stopped) port.postMessage(message, transfer);
  };

  async function check(file: Blob, encoding: CsvEncoding, context: ImportContext) {
    // Its rows are kept here too, until the merge: it gives back the seats of those that fail then.
    const held: PackedRows[] = [];
    const sheet = new ImportSheet(
      context,
      (batch) => {
        const packed = packRows(batch);
        held.push(packed);
        post({ type: 'rows', batch: packed });
      },
      { secondHalf: true },
    );
    const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
    const delimiter = utf16 ? null : await readHeader(file, encoding, sheet);
    // The positions already sent first: the boundary is picked from the latest.
    await nextTask();
    const target = Math.floor(file.size - (file.size - position) * SECOND_HALF_SHARE);
    const at = delimiter === null || file.size - target < MIN_SECOND_HALF_BYTES ? null : await recordBoundary(file, target);
    post({ type: 'boundary', at });
    if (at === null || delimiter === null) return;
    let row = 0;
    for await (const chunk of splitHere(file, encoding, { from: at, delimiter })) {
      if (stopped) return;
      row = sheet.addCsv(chunk, row);
      post({ type: 'progress', done: chunk.done - at });
    }
    const { firsts, rowCount } = sheet.checkedAsSecondHalf();
    const transfer = [firsts.emails, firsts.logins].flatMap(({ chars, ends, rows, hashes }) => [chars.buffer, ends.buffer, rows.buffer, hashes.buffer]);
    post({ type: 'checked', firsts, rowCount }, transfer);
    while (merge === null && !stopped) await new Promise<void>((resolve) => (wake = resolve));
    if (merge === null) return;
    const { totals, failed } = sheet.settleAsSecondHalf(merge.offset, merge.conflicts, (row) => heldRow(held, row));
    post({ type: 'merged', totals, failed: [...failed] });
  }

  return (request) => {
    switch (request.type) {
      case 'position':
        position = request.done;
        return;
      case 'stop':
        stopped = true;
        wake?.();
        return;
      case 'merge':
        merge = request;
        wake?.();
        return;
      case 'check-half':
        check(request.file, request.encoding, request.context).catch((error: unknown) =>
          post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
    }
  };
}

/** The second thread's side of that MessageChannel. */
export function serveSecondHalfOn(port: MessagePort): void {
  const serve = serveSecondHalf({ postMessage: (message, transfer) => port.postMessage(message, transfer) });
  port.onmessage = ({ data }: MessageEvent<HalfRequest>) => serve(data);
}

/**
 * The first thread's side: tells the second where it is, learns where the
 * second half starts (`boundary`, where the first half's chunks stop), and
 * merges the two (`merge`).
 */
export class SecondHalf {
  /** Where the second half starts, once the second thread said; null before, and once the first thread checks the rest itself. */
  boundary: number | null = null;
  /** Bytes of the second half read, while it is the second thread's. */
  progress = 0;
  readonly #thread: HalfThread;
  readonly #answers: HalfAnswer[] = [];
  /** The second half's valid rows, numbered in it. */
  readonly #rows: PackedRows[] = [];
  #wake: (() => void) | null = null;
  /** Nothing more will come: the thread failed, died or was let go. */
  #over = false;

  constructor(thread: HalfThread, file: Blob, encoding: CsvEncoding, context: ImportContext) {
    this.#thread = thread;
    thread.onmessage = ({ data }) => {
      if (this.#over) return;
      if (data.type === 'boundary') {
        this.boundary = data.at;
        if (data.at === null) this.abandon();
      } else if (data.type === 'progress') {
        this.progress = data.done;
      } else if (data.type === 'rows') {
        this.#rows.push(data.batch);
      } else {
        this.#answers.push(data);
      }
      this.#wake?.();
    };
    thread.onerror = () => {
      this.boundary = null;
      this.progress = 0;
      this.#over = true;
      thread.terminate();
      this.#wake?.();
    };
    thread.postMessage({ type: 'check-half', file, encoding, context });
  }

  /** Whether the second half is still the second thread's. */
  get active(): boolean {
    return !this.#over;
  }

  /** Tells the second thread where the first has read to; then lets its answers in. */
  async tell(done: number): Promise<void> {
    if (this.#over) return;
    if (this.boundary !== null && done > this.boundary) {
      // Past the boundary before it was known: the first thread checks on.
      this.abandon();
      return;
    }
    // Once the second thread has picked its boundary, positions tell it nothing.
    if (this.boundary === null) this.#thread.postMessage({ type: 'position', done });
    await nextTask();
  }

  /** The first thread checks the rest of the file itself. */
  abandon(): void {
    if (this.#over) return;
    this.boundary = null;
    // The first thread reads those bytes again.
    this.progress = 0;
    this.#over = true;
    this.#thread.postMessage({ type: 'stop' });
    this.#thread.terminate();
    this.#wake?.();
  }

  async #next(): Promise<HalfAnswer | null> {
    while (this.#answers.length === 0 && !this.#over) await new Promise<void>((resolve) => (this.#wake = resolve));
    this.#wake = null;
    return this.#answers.shift() ?? null;
  }

  /**
   * The first half checked in `sheet`, `offset` records read: waits for the
   * second, settles it and takes it into `sheet` (its valid rows to
   * `packed`, when given). Answers false when the second thread failed: the
   * first then checks the rest itself.
   */
  async merge(sheet: ImportSheet, offset: number, packed?: (batch: PackedRows) => void): Promise<boolean> {
    // Its rows came meanwhile, held until the second half is settled whole: if the thread fails before, the first checks that half itself.
    const checked = await this.#next();
    if (checked?.type !== 'checked') return this.#failed();
    this.#thread.postMessage({ type: 'merge', offset, conflicts: sheet.conflicts(checked.firsts) });
    const merged = await this.#next();
    if (merged?.type !== 'merged') return this.#failed();
    this.#over = true;
    this.#thread.terminate();
    const failed = new Set(merged.failed);
    sheet.absorbSecondHalf(
      merged.totals,
      checked.rowCount,
      this.#rows.map((batch) => settledBatch(batch, offset, failed)),
      packed,
    );
    return true;
  }

  #failed(): false {
    this.abandon();
    return false;
  }
}
