/// <reference lib="webworker" />
import { checkImportFile } from './check-import-file.js';
import { type ImportRequestMessage, type ImportWorkerMessage, RESULT_CHUNK, packRows } from './protocol.js';
import { ImportFileError, type ImportProgress } from './types.js';

/**
 * The import worker: reads and checks one file, posts its progress and its
 * result, and is terminated by the page when done (or cancelled).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

/** Progress at most every 50 ms: each message is a task on the page's main thread. */
const PROGRESS_INTERVAL_MS = 50;

scope.addEventListener('message', ({ data }: MessageEvent<ImportRequestMessage>) => {
  let last = 0;
  const onProgress = (progress: ImportProgress) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
    last = now;
    post({ type: 'progress', progress });
  };
  checkImportFile(data.file, data.fileName, data.context, onProgress).then(
    ({ validRows, errors, ...result }) => {
      post({ type: 'progress', progress: { phase: 'validating', done: result.rowCount, total: result.rowCount } });
      for (let i = 0; i < Math.max(validRows.length, errors.length); i += RESULT_CHUNK) {
        post({ type: 'rows', validRows: packRows(validRows.slice(i, i + RESULT_CHUNK)), errors: errors.slice(i, i + RESULT_CHUNK) });
      }
      post({ type: 'done', result });
    },
    (error: unknown) => {
      const refusal =
        error instanceof ImportFileError
          ? error
          : new ImportFileError('unreadable', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
      post({ type: 'failed', error: { code: refusal.code, message: refusal.message, params: { ...refusal.params } } });
    },
  );
});
