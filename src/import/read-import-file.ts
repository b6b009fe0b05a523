import { type ImportControlMessage, type ImportRequestMessage, type ImportWorkerMessage, unpackRows } from './protocol.js';
import { TrustedScriptWorker } from './trusted-worker.js';
import { checkFileSize, ImportFileError, namedAsWorkbook, type ParsedImport, type ReadImportOptions } from './types.js';

/**
 * From this size, a second copy of the worker checks the second half of a
 * CSV while the first checks the first half: below it, the second would take
 * longer to start than it saves (4 MB: about 20,000 rows). The page starts
 * both, so that only the page creates workers (its policy allows the kit's;
 * a worker's own policy, from its script's response, may not) and both start
 * at once.
 */
export const HALF_THREAD_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Logical cores the second copy needs: one each for it, the first copy and
 * the page, which takes in the rows as they come. On fewer, the three share
 * them and the import takes longer than with one worker (measured on two
 * cores: about 1,000 ms with both copies against 890 ms with one, for
 * 100,000 rows; bench/README.md).
 */
export const HALF_THREAD_MIN_CORES = 3;

/** Whether a second copy of the worker would check the second half of this file (a large CSV, on a device with a core for it). */
export function checksInHalves(file: Blob & { name: string }): boolean {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  return file.size >= HALF_THREAD_MIN_BYTES && !namedAsWorkbook(file.name) && cores >= HALF_THREAD_MIN_CORES;
}

/**
 * How long a worker is kept for the next import once unused: the admin who
 * fixes the file and picks it again gets one that has read a file already.
 */
export const IDLE_WORKER_MS = 60_000;

type Role = 'reader' | 'half';
const WORKER_NAMES: Record<Role, string> = { reader: 'suite-import', half: 'suite-import-half' };

/**
 * Workers ready for the next import, one per role at most: started ahead
 * when the import view opens (`prepareImportReader`), or kept from an import
 * that ended. A worker that is already running starts reading the file at
 * once, and one that has read a file runs its code compiled instead of
 * cold: in a fresh worker the module, the contract's schemas and the first
 * thousands of rows cost about 200 ms of each import in Chromium, and the
 * second half of a large CSV checked by a fresh thread takes longer than
 * by one that has checked a file before (bench/README.md, "Import").
 */
const ready = new Map<Role, { worker: Worker; idle: ReturnType<typeof setTimeout>; died: (event: Event) => void }>();

function startWorker(role: Role): Worker {
  // Named `Worker` so that bundlers still find the form they look for, `new Worker(new URL('…', import.meta.url))`:
  // Vite bundles the worker from it, webpack copies the published (self-contained) worker file.
  const Worker = TrustedScriptWorker;
  // `.js`: what the published build and the bundlers see; the dev servers map it to the `.ts` source.
  return new Worker(new URL('./import.worker.js', import.meta.url), { type: 'module', name: WORKER_NAMES[role] });
}

/** Takes the ready worker of `role` out of `ready`, its idle timer and its watch stopped; undefined when there is none. */
function unready(role: Role): Worker | undefined {
  const kept = ready.get(role);
  if (!kept) return undefined;
  ready.delete(role);
  clearTimeout(kept.idle);
  kept.worker.removeEventListener('error', kept.died);
  return kept.worker;
}

/** The ready worker of `role`, or a new one. */
const takeWorker = (role: Role): Worker => unready(role) ?? startWorker(role);

/** Keeps `worker` for the next import of its role (a minute at most), or ends it if one is kept already. */
function keepWorker(role: Role, worker: Worker): void {
  if (ready.has(role)) {
    worker.terminate();
    return;
  }
  // Both stop when the worker leaves `ready` (`unready`): when they run, it is still this one.
  const idle = setTimeout(() => unready(role)?.terminate(), IDLE_WORKER_MS);
  // A worker that failed while waiting (its script did not load, say) is not handed to an import that would wait for it forever;
  // the next import starts its own, and reports the failure if it fails again.
  const died = (event: Event) => {
    event.preventDefault();
    unready(role)?.terminate();
  };
  worker.addEventListener('error', died);
  ready.set(role, { worker, idle, died });
}

/**
 * Starts the workers the next import will use, so that the file is read by
 * a running worker as soon as it is picked: the import view calls it when it
 * opens. The second copy only on a device with a core for it (the file's
 * size is not known yet). A page whose policy refuses the worker learns it
 * from the import itself, with its message.
 */
export function prepareImportReader(): void {
  try {
    if (!ready.has('reader')) keepWorker('reader', startWorker('reader'));
    const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
    if (cores >= HALF_THREAD_MIN_CORES && !ready.has('half')) keepWorker('half', startWorker('half'));
  } catch {
    // Blocked by the page's policy: `readImportFile` reports it.
  }
}

/** Ends the workers kept for the next import: the import view closed. */
export function releaseImportReaders(): void {
  for (const role of [...ready.keys()]) unready(role)?.terminate();
}

const abortError = () => new DOMException('The import was cancelled', 'AbortError');

/**
 * Reads and checks an import file (CSV or XLSX) in a module Web Worker, so the
 * page stays responsive on 200,000 rows. Progress is relayed to
 * `options.onProgress`; aborting `options.signal` terminates the worker (the
 * work really stops) and rejects with an AbortError DOMException. A file
 * refused as a whole rejects with an `ImportFileError`. The workers of an
 * import that ended are kept for the next one; those of a cancelled or
 * failed one are terminated.
 */
export function readImportFile(file: Blob & { name: string }, options: ReadImportOptions): Promise<ParsedImport> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  // Refused before a worker is even started.
  try {
    checkFileSize(file.size);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return new Promise<ParsedImport>((resolve, reject) => {
    const worker = takeWorker('reader');
    // A workbook is one zip read as a stream: no halves (a CSV named .xlsx is read whole, all the same).
    const halfChecker = checksInHalves(file) ? takeWorker('half') : null;
    const validRows: ParsedImport['validRows'][] = [];
    const errors: ParsedImport['errors'][] = [];
    // This import's listeners, removed at its end: a kept worker serves the next import with that one's.
    const listening = new AbortController();
    const listen = { signal: listening.signal };
    /** The second copy failed during the import: it is not kept. */
    let halfFailed = false;
    /** `keep`: the import ended and its workers are idle, ready for the next. */
    const settle = (keep = false) => {
      listening.abort();
      signal?.removeEventListener('abort', onAbort);
      if (keep) keepWorker('reader', worker);
      else worker.terminate();
      if (keep && halfChecker && !halfFailed) keepWorker('half', halfChecker);
      else halfChecker?.terminate();
    };
    const onAbort = () => {
      settle();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', ({ data }: MessageEvent<ImportWorkerMessage>) => {
      switch (data.type) {
        case 'progress':
          onProgress?.(data.progress);
          break;
        case 'rows':
          validRows.push(unpackRows(data.validRows));
          break;
        case 'errors':
          errors.push(data.errors);
          break;
        case 'restart':
          validRows.length = 0;
          errors.length = 0;
          break;
        case 'done':
          settle(true);
          resolve({ ...data.result, validRows: validRows.flat(), errors: errors.flat() });
          break;
        case 'failed':
          settle();
          reject(new ImportFileError(data.error.code, data.error.message, data.error.params));
          break;
      }
    }, listen);
    // The worker script failed to load or threw outside the reader's own error handling.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle();
      reject(new ImportFileError('unreadable', `The import reader failed: ${event.message || 'the worker could not start'}`));
    }, listen);
    worker.addEventListener('messageerror', () => {
      settle();
      reject(new ImportFileError('unreadable', 'The import reader answered something the page could not read'));
    }, listen);
    const request: ImportRequestMessage = { type: 'import', file, fileName: file.name, context: options.context };
    if (halfChecker) {
      const { port1, port2 } = new MessageChannel();
      halfChecker.postMessage({ type: 'half-port', port: port1 } satisfies ImportControlMessage, [port1]);
      // The second copy failing is no failure of the import: the first checks the whole file itself.
      halfChecker.addEventListener('error', (event) => {
        event.preventDefault();
        halfFailed = true;
        worker.postMessage({ type: 'half-failed' } satisfies ImportControlMessage);
      }, listen);
      request.halfPort = port2;
      worker.postMessage(request, [port2]);
    } else {
      worker.postMessage(request);
    }
  });
}
