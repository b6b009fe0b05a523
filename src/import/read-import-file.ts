import { type ImportRequestMessage, type ImportWorkerMessage, unpackRows } from './protocol.js';
import { TrustedScriptWorker } from './trusted-worker.js';
import { checkFileSize, ImportFileError, type ParsedImport, type ReadImportOptions } from './types.js';

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
    const validRows: ParsedImport['validRows'][] = [];
    const errors: ParsedImport['errors'][] = [];
    const settle = () => {
      worker.terminate();
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
    const request: ImportRequestMessage = { file, fileName: file.name, context: options.context };
    worker.postMessage(request);
  });
}
