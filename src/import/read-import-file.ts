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

const abortError = () => new DOMException('The import was cancelled', 'AbortError');

/**
 * Reads and checks an import file (CSV or XLSX) in a module Web Worker, so the
 * page stays responsive on 200,000 rows. Progress is relayed to
 * `options.onProgress`; aborting `options.signal` terminates the worker (the
 * work really stops) and rejects with an AbortError DOMException. A file
 * refused as a whole rejects with an `ImportFileError`.
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
    // Named `Worker` so that bundlers still find the form they look for, `new Worker(new URL('…', import.meta.url))`:
    // Vite bundles the worker from it, webpack copies the published (self-contained) worker file.
    const Worker = TrustedScriptWorker;
    // `.js`: what the published build and the bundlers see; the dev servers map it to the `.ts` source.
    const worker = new Worker(new URL('./import.worker.js', import.meta.url), { type: 'module', name: 'suite-import' });
    // A workbook is one zip read as a stream: no halves (a CSV named .xlsx is read whole, all the same).
    const halfChecker = checksInHalves(file) ? new Worker(new URL('./import.worker.js', import.meta.url), { type: 'module', name: 'suite-import-half' }) : null;
    const validRows: ParsedImport['validRows'][] = [];
    const errors: ParsedImport['errors'][] = [];
    const settle = () => {
      worker.terminate();
      halfChecker?.terminate();
      signal?.removeEventListener('abort', onAbort);
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
          settle();
          resolve({ ...data.result, validRows: validRows.flat(), errors: errors.flat() });
          break;
        case 'failed':
          settle();
          reject(new ImportFileError(data.error.code, data.error.message, data.error.params));
          break;
      }
    });
    // The worker script failed to load or threw outside the reader's own error handling.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle();
      reject(new ImportFileError('unreadable', `The import reader failed: ${event.message || 'the worker could not start'}`));
    });
    worker.addEventListener('messageerror', () => {
      settle();
      reject(new ImportFileError('unreadable', 'The import reader answered something the page could not read'));
    });
    const request: ImportRequestMessage = { type: 'import', file, fileName: file.name, context: options.context };
    if (halfChecker) {
      const { port1, port2 } = new MessageChannel();
      halfChecker.postMessage({ type: 'half-port', port: port1 } satisfies ImportControlMessage, [port1]);
      // The second copy failing is no failure of the import: the first checks the whole file itself.
      halfChecker.addEventListener('error', (event) => {
        event.preventDefault();
        worker.postMessage({ type: 'half-failed' } satisfies ImportControlMessage);
      });
      request.halfPort = port2;
      worker.postMessage(request, [port2]);
    } else {
      worker.postMessage(request);
    }
  });
}
